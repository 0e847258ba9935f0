package fi.tietovahti.identity;

import org.springframework.stereotype.Component;

/** The timer durations of verify-identity, read by the BPMN as ${identityTimers.reminderAfter} etc. */
@Component("identityTimers")
public class IdentityTimers {

    private final EsignProperties properties;

    IdentityTimers(EsignProperties properties) {
        this.properties = properties;
    }

    /** ISO-8601 duration from the invitation to the reminder. */
    public String getReminderAfter() {
        return properties.reminderAfter().toString();
    }

    /** ISO-8601 duration from the reminder to closing the request unverified. */
    public String getExpiryAfterReminder() {
        return properties.expiresAfter().minus(properties.reminderAfter()).toString();
    }
}
