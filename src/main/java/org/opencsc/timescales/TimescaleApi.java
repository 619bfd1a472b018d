package org.opencsc.timescales;

import org.opencsc.security.ShowsNoChildRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.opencsc.child.CaseEventKind;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule table as JSON, with the timescales the local standards give today. */
@RestController
@RequestMapping(path = "/api/timescales", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Timescales", description = "The statutory timescale rules and local standards")
class TimescaleApi {

    record Rule(String rule, String label, String basis, List<CaseEventKind> starts, CaseEventKind countFrom, List<CaseEventKind> stops,
                List<CaseEventKind> cancels, String timescale, String localStandard) {
    }

    private final TimescaleService timescales;

    TimescaleApi(TimescaleService timescales) {
        this.timescales = timescales;
    }

    @ShowsNoChildRecord("the statutory timescale rules")
    @GetMapping("/rules")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Every rule: what starts, stops and cancels its clock, and its timescale")
    List<Rule> rules() {
        var standards = timescales.localStandards();
        return Arrays.stream(StatutoryRule.values()).map(rule -> new Rule(rule.name(), rule.label(), rule.basis(), List.copyOf(rule.starts()),
                rule.countFrom(), List.copyOf(rule.stops()), List.copyOf(rule.cancels()), rule.period(standards),
                rule.localStandard() == null ? null : rule.localStandard().name())).toList();
    }
}
