package fi.tietovahti.worklist;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case of a task for Tasklist's task cards (any staff member, for the tasks the engine lets them see; the
 * webapp session is accepted for reading). A task the caller may not see is 404, as in the engine's own API.
 */
@RestController
@RequestMapping("/api/tasks")
@AllowedGroups({StaffGroups.PRIVACY_HANDLERS, StaffGroups.DPO, StaffGroups.COLLECTIONS, StaffGroups.ADMIN})
class TaskCaseController {

    private final TaskCases cases;

    TaskCaseController(TaskCases cases) {
        this.cases = cases;
    }

    @GetMapping("/{taskId}/case")
    TaskCase caseOf(@PathVariable String taskId) {
        return cases.ofTask(taskId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No task " + taskId + " for you"));
    }
}
