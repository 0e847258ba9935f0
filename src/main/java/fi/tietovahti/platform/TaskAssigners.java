package fi.tietovahti.platform;

import java.util.Set;

/** The groups whose members may give a task to someone other than themselves (OwnClaimsOnly; ADR 18). */
public interface TaskAssigners {

    Set<String> groups();
}
