package fi.tietovahti.registers;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who a request is about, as the registers know them: the person rows in the tenancy register that matching
 * found, the tenancies in which that person is a contract party (main tenant or spouse: their ledger, collection
 * and disturbance files are the person's too), and the email addresses under which the stand-alone registers
 * (newsletter, apartment exchange, Ekoekspertti) hold accounts.
 *
 * <p>Building one is the job of subject matching; a source only reads it. An email address is an identifier
 * here, never proof of identity.
 */
public record DataSubject(Set<Long> personIds, Set<Long> contractTenancyIds, Set<String> emails) {

    public DataSubject {
        personIds = Set.copyOf(personIds);
        contractTenancyIds = Set.copyOf(contractTenancyIds);
        emails = emails.stream().map(DataSubject::normaliseEmail).collect(Collectors.toUnmodifiableSet());
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Keys under which restrictions of processing are recorded for this subject, e.g. {@code person:42}. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        personIds.forEach(id -> keys.add("person:" + id));
        emails.forEach(e -> keys.add("email:" + e));
        return keys;
    }

    public boolean isEmpty() {
        return personIds.isEmpty() && contractTenancyIds.isEmpty() && emails.isEmpty();
    }

    /** Ids and counts, not the addresses: a subject that reaches a log line by accident names nobody. */
    @Override
    public String toString() {
        return "DataSubject[personIds=" + personIds + ", contractTenancyIds=" + contractTenancyIds + ", emails="
                + emails.size() + "]";
    }
}
