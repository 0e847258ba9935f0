package fi.tietovahti.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The authenticated staff member of an API request. */
public record StaffPrincipal(String userId, List<String> groups) {

    static final String ATTRIBUTE = StaffPrincipal.class.getName();

    public static StaffPrincipal of(HttpServletRequest request) {
        StaffPrincipal principal = (StaffPrincipal) request.getAttribute(ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("no authenticated staff member on this request");
        }
        return principal;
    }

    public boolean isMemberOfAny(String... candidates) {
        for (String g : candidates) {
            if (groups.contains(g)) {
                return true;
            }
        }
        return false;
    }
}
