package org.opencsc.leavingcare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.opencsc.leavingcare.LeavingCareForms.AdviserForm;
import org.opencsc.leavingcare.LeavingCareForms.BirthdayContactForm;
import org.opencsc.leavingcare.LeavingCareForms.EndSupportForm;
import org.opencsc.leavingcare.LeavingCareForms.PathwayPlanForm;
import org.opencsc.leavingcare.LeavingCareForms.StartSupportForm;
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

/** Leaving care as JSON: the derived category, support and advisers, pathway plans, birthday contacts. */
@RestController
@RequestMapping(path = "/api/children/{id}/leaving-care", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Leaving care", description = "Care leaver category, support, personal advisers, pathway plans and OC3 birthday contacts")
class LeavingCareApi {

    private final LeavingCareService leavingCare;

    LeavingCareApi(LeavingCareService leavingCare) {
        this.leavingCare = leavingCare;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The young person's care leaver category today, support, pathway plans and birthday contacts")
    LeavingCare leavingCare(@PathVariable long id) {
        return leavingCare.viewLeavingCare(id);
    }

    @PostMapping(path = "/support", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start leaving care support with a personal adviser; only for a care leaver on that day")
    Map<String, Long> startSupport(@PathVariable long id, @RequestBody StartSupportForm form) {
        return Map.of("id", leavingCare.startSupport(id, form));
    }

    @PostMapping(path = "/adviser", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A new personal adviser from a day")
    void changeAdviser(@PathVariable long id, @RequestBody AdviserForm form) {
        leavingCare.changeAdviser(id, form);
    }

    @PostMapping(path = "/support/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End leaving care support with the reason")
    void endSupport(@PathVariable long id, @RequestBody EndSupportForm form) {
        leavingCare.endSupport(id, form);
    }

    @PostMapping(path = "/pathway-plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a pathway plan or its review")
    Map<String, Long> recordPathwayPlan(@PathVariable long id, @RequestBody PathwayPlanForm form) {
        return Map.of("id", leavingCare.recordPathwayPlan(id, form));
    }

    @PostMapping(path = "/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the contact around a birthday from 17 to 25 (OC3 in touch, activity, accommodation)")
    Map<String, Long> recordContact(@PathVariable long id, @RequestBody BirthdayContactForm form) {
        return Map.of("id", leavingCare.recordBirthdayContact(id, form));
    }
}
