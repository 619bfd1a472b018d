package org.opencsc.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.assessment.AssessmentForms.AuthoriseForm;
import org.opencsc.assessment.AssessmentForms.DetailsForm;
import org.opencsc.assessment.AssessmentForms.StartForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Assessments as JSON: start, save or submit, authorise. */
@RestController
@RequestMapping(path = "/api/children/{id}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Single assessments with factors (CIN census codes) and manager authorisation")
class AssessmentApi {

    private final AssessmentService assessments;

    AssessmentApi(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's assessments, newest first")
    List<Assessment> list(@PathVariable long id) {
        return assessments.forPerson(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an assessment against the open referral; assessments never overlap")
    Map<String, Long> start(@PathVariable long id, @RequestBody StartForm form) {
        return Map.of("id", assessments.start(id, form));
    }

    @PutMapping(path = "/{assessmentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @Operation(summary = "Save the assessment; with submit=true it must be complete and goes to a manager")
    Assessment save(@PathVariable long id, @PathVariable long assessmentId, @RequestParam(defaultValue = "false") boolean submit,
                    @RequestBody DetailsForm form) {
        assessments.save(id, assessmentId, form, submit);
        return assessments.assessment(id, assessmentId);
    }

    @PostMapping(path = "/{assessmentId}/authorise", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('AUTHORISE')")
    @Operation(summary = "Authorise a submitted assessment: this stops the 45-working-day clock")
    Assessment authorise(@PathVariable long id, @PathVariable long assessmentId, @RequestBody AuthoriseForm form) {
        return assessments.authorise(id, assessmentId, form);
    }
}
