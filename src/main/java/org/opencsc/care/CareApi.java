package org.opencsc.care;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.care.CareForms.CarePlanForm;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.InterviewForm;
import org.opencsc.care.CareForms.LegalStatusForm;
import org.opencsc.care.CareForms.LongTermForm;
import org.opencsc.care.CareForms.MissingForm;
import org.opencsc.care.CareForms.MoveForm;
import org.opencsc.care.CareForms.ReturnForm;
import org.opencsc.care.CareForms.ReviewForm;
import org.opencsc.care.CareForms.StartForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Children in care as JSON: periods of care with their episodes, placements, plans and reviews; missing episodes. */
@RestController
@RequestMapping(path = "/api/children/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Children in care", description = "Periods of care, SSDA903 episodes, placements, care plans, reviews, missing episodes and return home interviews")
class CareApi {

    private final CareService care;
    private final MissingFromCareService missing;

    CareApi(CareService care, MissingFromCareService missing) {
        this.care = care;
        this.missing = missing;
    }

    /** A period of care with the SSDA903 episodes derived from it. */
    record PeriodView(CarePeriod period, List<Episode> episodes) {
    }

    @GetMapping("/care")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's periods of care, oldest first, each with its derived SSDA903 episodes")
    List<PeriodView> periods(@PathVariable long id) {
        return care.viewPeriods(id).stream().map(period -> new PeriodView(period, period.episodes())).toList();
    }

    @PostMapping(path = "/care", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The child becomes looked after: the start date, legal status and first placement")
    Map<String, Long> start(@PathVariable long id, @RequestBody StartForm form) {
        return Map.of("id", care.start(id, form));
    }

    @PostMapping(path = "/care/{periodId}/legal-status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A change of legal status from a day")
    void changeLegalStatus(@PathVariable long id, @PathVariable long periodId, @RequestBody LegalStatusForm form) {
        care.changeLegalStatus(id, periodId, form);
    }

    @PostMapping(path = "/care/{periodId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the current placement with its reason and start the next the same day")
    void move(@PathVariable long id, @PathVariable long periodId, @RequestBody MoveForm form) {
        care.move(id, periodId, form);
    }

    @PostMapping(path = "/care/{periodId}/long-term", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Agree the current placement as long-term (meant to last until 18)")
    void agreeLongTerm(@PathVariable long id, @PathVariable long periodId, @RequestBody LongTermForm form) {
        care.agreeLongTerm(id, periodId, form);
    }

    @PostMapping(path = "/care/{periodId}/care-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the care plan and its permanence plan")
    Map<String, Long> agreeCarePlan(@PathVariable long id, @PathVariable long periodId, @RequestBody CarePlanForm form) {
        return Map.of("id", care.agreeCarePlan(id, periodId, form));
    }

    @PostMapping(path = "/care/{periodId}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a review chaired by an IRO, with the SSDA903 participation code")
    Map<String, Long> review(@PathVariable long id, @PathVariable long periodId, @RequestBody ReviewForm form) {
        return Map.of("id", care.review(id, periodId, form));
    }

    @PostMapping(path = "/care/{periodId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The child ceases to be looked after, with the SSDA903 reason")
    void end(@PathVariable long id, @PathVariable long periodId, @RequestBody EndForm form) {
        care.end(id, periodId, form);
    }

    @PostMapping(path = "/care/{periodId}/placements/{placementId}/disruption", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the disruption meeting after a placement ended unplanned, with what was learned")
    Map<String, Long> recordDisruption(@PathVariable long id, @PathVariable long periodId, @PathVariable long placementId,
                                       @RequestBody CareForms.DisruptionForm form) {
        return Map.of("id", care.recordDisruptionMeeting(id, periodId, placementId, form));
    }

    @GetMapping("/missing")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's missing and away episodes, newest first")
    List<MissingEpisode> missing(@PathVariable long id) {
        return missing.viewEpisodes(id);
    }

    @PostMapping(path = "/missing", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a missing or away episode; dates are ISO, times HH:mm in UK time")
    Map<String, Long> recordMissing(@PathVariable long id, @RequestBody MissingForm form) {
        return Map.of("id", missing.record(id, form));
    }

    @PostMapping(path = "/missing/{episodeId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the child's return")
    void recordReturn(@PathVariable long id, @PathVariable long episodeId, @RequestBody ReturnForm form) {
        missing.recordReturn(id, episodeId, form);
    }

    @PostMapping(path = "/missing/{episodeId}/interview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the return home interview: offered, accepted or declined, done")
    void recordInterview(@PathVariable long id, @PathVariable long episodeId, @RequestBody InterviewForm form) {
        missing.recordInterview(id, episodeId, form);
    }
}
