package fi.tietovahti.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sets up, at every start and idempotently, the staff groups, what each may do, and the configured users.
 *
 * <ul>
 *   <li>privacy-handlers: Tasklist; start the privacy processes (identity.process-access) and work on the tasks
 *       offered to the group: read, claim, complete through the form; no re-dating, regrouping or variables</li>
 *   <li>collections: Tasklist; the same for the tenancy processes</li>
 *   <li>dpo: Tasklist and Cockpit; reads every process instance, its history, tasks and decisions, may retry
 *       failed jobs; no Admin</li>
 *   <li>camunda-admin: everything, including Admin</li>
 * </ul>
 * Existing users keep their passwords: a password in configuration is used only to create the user.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final IdentityProperties properties;
    private final TasklistFilters filters;

    IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, IdentityProperties properties,
                      TasklistFilters filters) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.properties = properties;
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        group(StaffGroups.PRIVACY_HANDLERS, "Tietosuojapyyntöjen käsittelijät / Privacy case handlers", "WORKFLOW");
        group(StaffGroups.DPO, "Tietosuojavastaava / Data-protection officer", "WORKFLOW");
        group(StaffGroups.COLLECTIONS, "Perintä / Rent collection", "WORKFLOW");
        group(StaffGroups.ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        // partners authenticate to ask for data (POST /api/disclosure-requests); the group has no engine grants
        group(StaffGroups.PARTNERS, "Tietopyyntöjen kumppanit / Disclosure partners (API)", "WORKFLOW");
        // the collection partner reports on the claims handed to it (/api/collection-partner); no engine grants
        group(StaffGroups.COLLECTION_PARTNERS, "Perintäkumppani / Collection partner (API)", "WORKFLOW");

        for (Resource resource : Resources.values()) {
            grant(StaffGroups.ADMIN, resource, ANY, Permissions.ALL);
        }
        grant(StaffGroups.PRIVACY_HANDLERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(StaffGroups.COLLECTIONS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(StaffGroups.DPO, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(StaffGroups.DPO, Resources.APPLICATION, "cockpit", Permissions.ACCESS);

        // Staff start the processes of their area; which tasks they see and work on comes from each task's
        // candidate group (the engine grants READ and TASK_WORK per task, application.yml), never from the
        // process definition: a grant there would open the DPO's tasks of the same process to every handler.
        for (Map.Entry<String, List<String>> access : properties.processAccess().entrySet()) {
            grant(access.getKey(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            for (String processKey : access.getValue()) {
                grant(access.getKey(), Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
                        Permissions.CREATE_INSTANCE);
                revoke(access.getKey(), Resources.PROCESS_DEFINITION, processKey, Permissions.READ_TASK,
                        Permissions.UPDATE_TASK);
            }
        }

        // Tasks created before TASK_WORK was the default gave their groups, and the users they were assigned to,
        // UPDATE: take it down to TASK_WORK, except for the DPO and administrators, who may re-date and reassign.
        for (Authorization task : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list()) {
            boolean staffGroup = StaffGroups.PRIVACY_HANDLERS.equals(task.getGroupId())
                    || StaffGroups.COLLECTIONS.equals(task.getGroupId());
            boolean plainUser = task.getUserId() != null && !Authorization.ANY.equals(task.getUserId())
                    && identity.createUserQuery().userId(task.getUserId())
                    .memberOfGroup(StaffGroups.DPO).count() == 0
                    && identity.createUserQuery().userId(task.getUserId())
                    .memberOfGroup(StaffGroups.ADMIN).count() == 0;
            if (staffGroup || plainUser) {
                task.removePermission(Permissions.UPDATE);
                task.addPermission(TaskPermissions.TASK_WORK);
                authorizations.saveAuthorization(task);
            }
        }

        // The DPO oversees every case: reads all of it in Cockpit and Tasklist, can retry failed jobs
        // (incidents), but cannot change definitions or the identity set-up.
        grant(StaffGroups.DPO, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.UPDATE_TASK,
                Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
        grant(StaffGroups.DPO, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.UPDATE,
                Permissions.CREATE);
        grant(StaffGroups.DPO, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE);
        grant(StaffGroups.DPO, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(StaffGroups.DPO, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(StaffGroups.DPO, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(StaffGroups.DPO, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
        grant(StaffGroups.DPO, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);

        for (IdentityProperties.UserSpec spec : properties.users()) {
            user(spec);
        }
        filters.ensure(this::grant);
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
            log.info("Created group {}", id);
        }
    }

    private void user(IdentityProperties.UserSpec spec) {
        if (identity.createUserQuery().userId(spec.id()).count() == 0) {
            if (spec.password() == null || spec.password().isBlank()) {
                throw new IllegalStateException("user " + spec.id() + " is configured without a password");
            }
            User user = identity.newUser(spec.id());
            user.setFirstName(spec.firstName());
            user.setLastName(spec.lastName());
            user.setEmail(spec.email());
            user.setPassword(spec.password());
            identity.saveUser(user);
            log.info("Created user {}", spec);
        }
        for (String group : spec.groups()) {
            if (!StaffGroups.ALL.contains(group) && !StaffGroups.PARTNERS.equals(group)
                    && !StaffGroups.COLLECTION_PARTNERS.equals(group)) {
                throw new IllegalStateException("user " + spec.id() + " names unknown group " + group
                        + "; known groups: " + StaffGroups.ALL + ", " + StaffGroups.PARTNERS + " and "
                        + StaffGroups.COLLECTION_PARTNERS);
            }
            if (identity.createUserQuery().userId(spec.id()).memberOfGroup(group).count() == 0) {
                identity.createMembership(spec.id(), group);
            }
        }
    }

    /**
     * Takes permissions back that earlier versions granted (installations set up before task permissions were
     * per task keep no way around them).
     */
    private void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing == null || existing.getAuthorizationType() != AUTH_TYPE_GRANT) {
            return;
        }
        boolean changed = false;
        for (Permission p : permissions) {
            if (existing.isPermissionGranted(p)) {
                existing.removePermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(existing);
            log.info("Revoked {} of group {} on {} {}", List.of(permissions), groupId, resource.resourceName(),
                    resourceId);
        }
    }

    /** Grants the permissions to the group on the resource, adding to an existing grant rather than duplicating it. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission p : permissions) {
            if (!auth.isPermissionGranted(p)) {
                auth.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(auth);
        }
    }
}
