package org.opencsc.care;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.opencsc.care.HealthForms.AssessmentForm;
import org.opencsc.care.HealthForms.DentalCheckForm;
import org.opencsc.care.HealthForms.ImmunisationsForm;
import org.opencsc.care.HealthForms.PepForm;
import org.opencsc.care.HealthForms.SchoolForm;
import org.opencsc.care.HealthForms.SdqForm;
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

/** A looked-after child's health and education as JSON. */
@RestController
@RequestMapping(path = "/api/children/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Health and education of children in care", description = "Health assessments, dental checks, immunisations, SDQs, schools and PEP meetings")
class HealthAndEducationApi {

    private final HealthService health;
    private final EducationService education;

    HealthAndEducationApi(HealthService health, EducationService education) {
        this.health = health;
        this.education = education;
    }

    @GetMapping("/health")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's health assessments, dental checks, immunisation records and SDQs, newest first")
    HealthRecord health(@PathVariable long id) {
        return health.viewHealth(id);
    }

    @PostMapping(path = "/health/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an initial or review health assessment (kind INITIAL or REVIEW)")
    Map<String, Long> recordAssessment(@PathVariable long id, @RequestBody AssessmentForm form) {
        return Map.of("id", health.recordAssessment(id, form));
    }

    @PostMapping(path = "/health/dental-checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a dental check")
    Map<String, Long> recordDentalCheck(@PathVariable long id, @RequestBody DentalCheckForm form) {
        return Map.of("id", health.recordDentalCheck(id, form));
    }

    @PostMapping(path = "/health/immunisations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record whether the child's immunisations are up to date (upToDate \"true\" or \"false\")")
    Map<String, Long> recordImmunisations(@PathVariable long id, @RequestBody ImmunisationsForm form) {
        return Map.of("id", health.recordImmunisations(id, form));
    }

    @PostMapping(path = "/health/sdqs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an SDQ: a total score from 0 to 40, or the SSDA903 reason (SDQ1 to SDQ5) none was completed")
    Map<String, Long> recordSdq(@PathVariable long id, @RequestBody SdqForm form) {
        return Map.of("id", health.recordSdq(id, form));
    }

    @GetMapping("/education")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's schools and personal education plan meetings, newest first")
    EducationRecord education(@PathVariable long id) {
        return education.viewEducation(id);
    }

    @PostMapping(path = "/education/schools", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a school the child attends from a day; a current school ends the one before")
    Map<String, Long> recordSchool(@PathVariable long id, @RequestBody SchoolForm form) {
        return Map.of("id", education.recordSchool(id, form));
    }

    @PostMapping(path = "/education/peps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a personal education plan meeting with its school and targets")
    Map<String, Long> recordPep(@PathVariable long id, @RequestBody PepForm form) {
        return Map.of("id", education.recordPep(id, form));
    }
}
