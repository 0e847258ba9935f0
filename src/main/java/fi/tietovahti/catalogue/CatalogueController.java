package fi.tietovahti.catalogue;

import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The processing catalogue as the application runs it, for staff and for tools that render the notice. */
@RestController
@RequestMapping("/api/catalogue")
@AllowedGroups({StaffGroups.PRIVACY_HANDLERS, StaffGroups.DPO, StaffGroups.COLLECTIONS, StaffGroups.ADMIN})
class CatalogueController {

    private final Catalogue catalogue;
    private final ControllerProperties controller;

    CatalogueController(Catalogue catalogue, ControllerProperties controller) {
        this.catalogue = catalogue;
        this.controller = controller;
    }

    record CatalogueView(ControllerProperties controller, Catalogue catalogue) {
    }

    @GetMapping
    CatalogueView catalogue() {
        return new CatalogueView(controller, catalogue);
    }
}
