package org.opencsc.chronology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.child.ChildRecordService;
import org.opencsc.chronology.ChronologyForms.EventForm;
import org.opencsc.chronology.ChronologyForms.Filter;
import org.opencsc.platform.DateParts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A child's chronology and its significant events as JSON, with the same rules, restrictions and audit as the pages. */
@RestController
@Tag(name = "Chronology", description = "A child's key events generated from the record, and significant events added by hand")
class ChronologyApi {

    private final ChronologyService chronology;
    private final ChildRecordService records;

    ChronologyApi(ChronologyService chronology, ChildRecordService records) {
        this.chronology = chronology;
        this.records = records;
    }

    @GetMapping(path = "/api/children/{id}/chronology", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The chronology, oldest first; optionally only some strands of the record and dates from and to (YYYY-MM-DD)")
    Chronology read(@PathVariable long id, @RequestParam(required = false) List<String> strands, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to) {
        records.view(id, "Viewed the chronology");
        return chronology.chronology(id, new Filter(strands, DateParts.fromIso(from), DateParts.fromIso(to)));
    }

    @PostMapping(path = "/api/children/{id}/chronology/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a significant event the record does not otherwise hold")
    Map<String, Long> add(@PathVariable long id, @RequestBody EventForm form) {
        return Map.of("id", chronology.add(id, form));
    }
}
