/**
 * The newsletter register. Its consents ({@code NewsletterConsents}) are what consent and objection change: the
 * module's named interface.
 */
@NamedInterface("newsletter")
package fi.tietovahti.registers.newsletter;

import org.springframework.modulith.NamedInterface;
