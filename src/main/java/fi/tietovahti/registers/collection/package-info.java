/**
 * The collection register (claims and their steps). {@code Claims} is how the other modules ask it (an open claim,
 * a tenancy's claim history) and record a step on a claim: the module's named interface.
 */
@NamedInterface("collection")
package fi.tietovahti.registers.collection;

import org.springframework.modulith.NamedInterface;
