package fi.tietovahti.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what, from configuration.
 *
 * @param users          users to create at start-up when missing (the local run's demo users; in production an
 *                       administrator from TIETOVAHTI_ADMIN_USER / TIETOVAHTI_ADMIN_PASSWORD, the rest in Admin or
 *                       from an identity provider)
 * @param processAccess  per group, the process definition keys its members may start and work on
 */
@ConfigurationProperties("tietovahti.identity")
public record IdentityProperties(List<UserSpec> users, Map<String, List<String>> processAccess) {

    public IdentityProperties {
        users = users == null ? List.of() : users.stream().filter(UserSpec::isConfigured).toList();
        processAccess = processAccess == null ? Map.of() : Map.copyOf(processAccess);
    }

    /** A user to create; an entry without id (an unset environment variable) is ignored. */
    public record UserSpec(String id, String password, String firstName, String lastName, String email,
                           List<String> groups) {
        public UserSpec {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        boolean isConfigured() {
            return id != null && !id.isBlank();
        }

        /** A description for the log that carries no password. */
        @Override
        public String toString() {
            return id + " " + groups;
        }
    }
}
