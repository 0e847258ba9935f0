package fi.tietovahti.dpo;

import fi.tietovahti.registers.DataSubject;
import fi.tietovahti.registers.PersonalDataRecord;
import fi.tietovahti.registers.PersonalDataSources;
import fi.tietovahti.registers.tenancy.ResidentDirectory;
import fi.tietovahti.security.AllowedGroups;
import fi.tietovahti.security.StaffGroups;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The DPO's look at everything the registers hold about one resident, through the same SPI the access request
 * uses. Identity codes are masked in the JSON (see PersonalIdentityCodeJson).
 */
@RestController
@RequestMapping("/api/dpo/residents")
@AllowedGroups(StaffGroups.DPO)
class PersonalDataController {

    private final ResidentDirectory residents;
    private final PersonalDataSources sources;

    PersonalDataController(ResidentDirectory residents, PersonalDataSources sources) {
        this.residents = residents;
        this.sources = sources;
    }

    record PersonalDataView(long personId, Map<String, Integer> recordsPerRegister, List<PersonalDataRecord> records) {
    }

    @GetMapping("/{personId}/personal-data")
    PersonalDataView personalData(@PathVariable long personId) {
        if (residents.person(personId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No resident with id " + personId);
        }
        DataSubject subject = residents.subjectOf(List.of(personId));
        List<PersonalDataRecord> records = sources.collect(subject);
        Map<String, Integer> perRegister = new TreeMap<>(records.stream()
                .collect(Collectors.groupingBy(PersonalDataRecord::register, Collectors.summingInt(r -> 1))));
        sources.all().forEach(s -> perRegister.putIfAbsent(s.register(), 0));
        return new PersonalDataView(personId, perRegister, records);
    }
}
