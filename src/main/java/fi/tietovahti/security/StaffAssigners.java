package fi.tietovahti.security;

import fi.tietovahti.platform.TaskAssigners;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The DPO and administrators assign work to others; everybody else takes a task for themselves (ADR 18). */
@Component
class StaffAssigners implements TaskAssigners {

    @Override
    public Set<String> groups() {
        return Set.of(StaffGroups.DPO, StaffGroups.ADMIN);
    }
}
