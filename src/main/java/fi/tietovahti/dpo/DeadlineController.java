package fi.tietovahti.dpo;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the DPO's Cockpit pages read (cockpit/scripts/dpo-deadlines.js): the open cases by days left, and one case,
 * running or finished. The DPO only; the Cockpit session is accepted for reading.
 */
@RestController
@RequestMapping("/api/dpo")
@AllowedGroups(StaffGroups.DPO)
class DeadlineController {

    private final DeadlineBoard board;
    private final CaseFile caseFile;

    DeadlineController(DeadlineBoard board, CaseFile caseFile) {
        this.board = board;
        this.caseFile = caseFile;
    }

    @GetMapping("/deadlines")
    DeadlineBoard.Board deadlines(@RequestParam(defaultValue = "50") int perColumn) {
        if (perColumn < 0 || perColumn > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "perColumn must be between 0 and 1000");
        }
        return board.board(perColumn);
    }

    @GetMapping("/cases/{caseNumber}")
    CaseFile.View caseFile(@PathVariable String caseNumber) {
        return caseFile.of(caseNumber)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No case " + caseNumber));
    }
}
