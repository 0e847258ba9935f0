/**
 * Telling the recipients (GDPR Art. 19): when a person's data is erased or rectified, every processor of the
 * catalogue that received the changed categories gets a notice, once per case and categories. Erasure, rectification
 * and objection send theirs through {@link fi.tietovahti.recipients.RecipientNotices}; the notices sent are its own
 * table ({@code erasure_notice}).
 */
package fi.tietovahti.recipients;
