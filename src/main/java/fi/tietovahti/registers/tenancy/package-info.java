/**
 * The tenancy register. Its directory of people ({@code ResidentDirectory}, {@code Person}) is what the other
 * modules find a person by (matching, erasure, collection, the DPO's reports): the module's named interface.
 */
@NamedInterface("tenancy")
package fi.tietovahti.registers.tenancy;

import org.springframework.modulith.NamedInterface;
