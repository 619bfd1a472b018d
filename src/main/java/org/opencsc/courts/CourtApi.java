package org.opencsc.courts;

import org.opencsc.security.ListsChildren;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.opencsc.courts.CourtForms.ApplicationForm;
import org.opencsc.courts.CourtForms.AssessmentForm;
import org.opencsc.courts.CourtForms.DecisionForm;
import org.opencsc.courts.CourtForms.ExtensionForm;
import org.opencsc.courts.CourtForms.FamilyGroupForm;
import org.opencsc.courts.CourtForms.HearingForm;
import org.opencsc.courts.CourtForms.MeetingForm;
import org.opencsc.courts.CourtForms.OrderForm;
import org.opencsc.courts.CourtForms.ReportForm;
import org.opencsc.courts.CourtForms.StartForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pre-proceedings, care proceedings and the trackers as JSON. */
@RestController
@PreAuthorize("hasAuthority('CASE_WORK')")
@Tag(name = "Court and pre-proceedings", description = "Pre-proceedings under the Public Law Outline, care proceedings with the 26-week timetable, and the trackers")
class CourtApi {

    private static final String PRE = "/api/children/{id}/pre-proceedings/{pre}";
    private static final String PROCEEDINGS = "/api/children/{id}/proceedings/{proceedings}";

    private final CourtService court;
    private final PreProceedingsService preProceedings;
    private final CareProceedingsService proceedings;

    CourtApi(CourtService court, PreProceedingsService preProceedings, CareProceedingsService proceedings) {
        this.court = court;
        this.preProceedings = preProceedings;
        this.proceedings = proceedings;
    }

    @GetMapping(path = "/api/children/{id}/court", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's pre-proceedings and applications to court, newest first, with the legal status and any mismatch with the orders")
    CourtRecord record(@PathVariable long id) {
        return court.view(id);
    }

    @ListsChildren("the court trackers")
    @GetMapping(path = "/api/court/trackers", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Open pre-proceedings and proceedings across the authority, and those ended in the last 12 months with the median weeks")
    CourtTrackers trackers() {
        return court.trackers();
    }

    @PostMapping(path = "/api/children/{id}/pre-proceedings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start pre-proceedings: the legal gateway meeting and the letter before proceedings")
    Map<String, Long> start(@PathVariable long id, @RequestBody StartForm form) {
        return Map.of("id", preProceedings.start(id, form));
    }

    @PostMapping(path = PRE + "/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a pre-proceedings meeting")
    void meeting(@PathVariable long id, @PathVariable long pre, @RequestBody MeetingForm form) {
        preProceedings.meeting(id, pre, form);
    }

    @PostMapping(path = PRE + "/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Commission an assessment, with the date its report is due")
    Map<String, Long> commission(@PathVariable long id, @PathVariable long pre, @RequestBody AssessmentForm form) {
        return Map.of("id", preProceedings.commission(id, pre, form));
    }

    @PostMapping(path = PRE + "/assessments/{assessment}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the day an assessment's report was received")
    void receive(@PathVariable long id, @PathVariable long pre, @PathVariable long assessment, @RequestBody ReportForm form) {
        preProceedings.receiveReport(id, pre, assessment, form);
    }

    @PostMapping(path = PRE + "/family-group", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record whether a family group decision-making meeting was offered, and when it was held")
    void familyGroup(@PathVariable long id, @PathVariable long pre, @RequestBody FamilyGroupForm form) {
        preProceedings.familyGroup(id, pre, form);
    }

    @PostMapping(path = PRE + "/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End pre-proceedings: step down to a plan, or issue care proceedings")
    void decide(@PathVariable long id, @PathVariable long pre, @RequestBody DecisionForm form) {
        preProceedings.decide(id, pre, form);
    }

    @PostMapping(path = "/api/children/{id}/proceedings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an application issued in the family court")
    Map<String, Long> apply(@PathVariable long id, @RequestBody ApplicationForm form) {
        return Map.of("id", proceedings.apply(id, form));
    }

    @PostMapping(path = PROCEEDINGS + "/hearings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a hearing, listed or held")
    void hearing(@PathVariable long id, @PathVariable("proceedings") long application, @RequestBody HearingForm form) {
        proceedings.hearing(id, application, form);
    }

    @PostMapping(path = PROCEEDINGS + "/extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record an extension of the 26-week timetable (up to 8 weeks at a time)")
    void extend(@PathVariable long id, @PathVariable("proceedings") long application, @RequestBody ExtensionForm form) {
        proceedings.extend(id, application, form);
    }

    @PostMapping(path = "/api/children/{id}/court-orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record an order; a final order concludes the proceedings")
    void order(@PathVariable long id, @RequestBody OrderForm form) {
        proceedings.order(id, form);
    }
}
