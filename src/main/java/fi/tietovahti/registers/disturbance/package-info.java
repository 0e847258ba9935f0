/**
 * The disturbance register (complaints, remarks, warnings). {@code Disturbances} is how the disturbance process keeps
 * its files: the module's named interface.
 */
@NamedInterface("disturbances")
package fi.tietovahti.registers.disturbance;

import org.springframework.modulith.NamedInterface;
