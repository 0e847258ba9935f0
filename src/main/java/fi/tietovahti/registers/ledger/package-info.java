/**
 * The rent ledger. {@code RentHistory} is how the other modules ask it: the module's named interface.
 */
@NamedInterface("ledger")
package fi.tietovahti.registers.ledger;

import org.springframework.modulith.NamedInterface;
