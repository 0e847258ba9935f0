package fi.tietovahti.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every staff member has on day one, all sorted by due date (the legal deadline) first:
 * my groups' tasks (where Tasklist opens), my tasks, due within 7 days, overdue. Created once by name; a filter an
 * administrator has changed since is left alone (only an order still as an earlier version set it is updated).
 */
@Component
class TasklistFilters {

    /** A filter as defined here: name, Tasklist order, description and query. */
    record Definition(String name, int priority, String description, TaskQuery query, Integer formerPriority) {
        Definition(String name, int priority, String description, TaskQuery query) {
            this(name, priority, description, query, null);
        }
    }

    @FunctionalInterface
    interface Granter {
        void grant(String groupId, Resource resource, String resourceId, Permission... permissions);
    }

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** Tasklist opens on the filter of the lowest priority: the group's tasks, where new work arrives. */
    List<Definition> definitions() {
        return List.of(
                new Definition("Omat tehtävät / My tasks", -9, "Tasks assigned to me",
                        sorted(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")), -10),
                new Definition("Ryhmäni tehtävät / My group's tasks", -10, "Tasks of my groups, assigned or not",
                        sorted(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks()), -9),
                new Definition("Erääntyy 7 päivässä / Due within 7 days", -8,
                        "Tasks of mine or my groups whose due date is within a week",
                        sorted(taskService.createTaskQuery().or()
                                .taskAssigneeExpression("${currentUser()}")
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .endOr()
                                .dueBeforeExpression("${dateTime().plusDays(7).toDate()}"))),
                new Definition("Myöhässä / Overdue", -7, "Tasks of mine or my groups past their due date",
                        sorted(taskService.createTaskQuery().or()
                                .taskAssigneeExpression("${currentUser()}")
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .endOr()
                                .dueBeforeExpression("${now()}"))));
    }

    private static TaskQuery sorted(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    void ensure(Granter granter) {
        for (Definition d : definitions()) {
            Filter filter = filterService.createFilterQuery().filterName(d.name()).singleResult();
            if (filter == null) {
                filter = filterService.newTaskFilter(d.name());
                filter.setQuery(d.query());
                filter.setProperties(Map.of("priority", d.priority(), "description", d.description(),
                        "refresh", true));
                filterService.saveFilter(filter);
            } else if (d.formerPriority() != null && filter.getProperties() != null
                    && d.formerPriority().equals(filter.getProperties().get("priority"))) {
                // an installation from before the order changed, its order untouched since: the new order
                Map<String, Object> properties = new java.util.HashMap<>(filter.getProperties());
                properties.put("priority", d.priority());
                filter.setProperties(properties);
                filterService.saveFilter(filter);
            }
            for (String group : StaffGroups.ALL) {
                granter.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }
}
