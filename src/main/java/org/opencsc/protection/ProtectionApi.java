package org.opencsc.protection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.opencsc.protection.ProtectionForms.CoreGroupForm;
import org.opencsc.protection.ProtectionForms.InitialConferenceForm;
import org.opencsc.protection.ProtectionForms.NoConferenceForm;
import org.opencsc.protection.ProtectionForms.PlanForm;
import org.opencsc.protection.ProtectionForms.ReviewConferenceForm;
import org.opencsc.protection.ProtectionForms.StrategyForm;
import org.opencsc.protection.ProtectionRecords.ChildProtection;
import org.opencsc.protection.ProtectionRecords.CpPlan;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Child protection as JSON. */
@RestController
@RequestMapping(path = "/api/children/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Child protection", description = "Strategy discussions, section 47s, conferences, CP plans and core groups")
class ProtectionApi {

    private final ProtectionService protection;

    ProtectionApi(ProtectionService protection) {
        this.protection = protection;
    }

    @GetMapping("/protection")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Strategy discussions, enquiries, initial conferences and plans (with previous plans derived)")
    ChildProtection read(@PathVariable long id) {
        return protection.forPerson(id);
    }

    @PostMapping(path = "/strategy-discussions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a strategy discussion; decision SECTION_47 starts the enquiry and its ICPC clock")
    Map<String, Long> strategy(@PathVariable long id, @RequestBody StrategyForm form) {
        return Map.of("id", protection.recordStrategyDiscussion(id, form));
    }

    @PutMapping(path = "/strategy-discussions/{discussionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Correct a strategy discussion; a new date re-derives the ICPC target and every due date after it")
    void correct(@PathVariable long id, @PathVariable long discussionId, @RequestBody StrategyForm form) {
        protection.correctStrategyDiscussion(id, discussionId, form);
    }

    @PostMapping(path = "/enquiries/{enquiryId}/conference", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hold the initial conference; decision PLAN starts a CP plan with its category")
    Map<String, Long> conference(@PathVariable long id, @PathVariable long enquiryId, @RequestBody InitialConferenceForm form) {
        return Map.of("id", protection.holdInitialConference(id, enquiryId, form));
    }

    @PostMapping(path = "/enquiries/{enquiryId}/no-conference", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the enquiry with no conference (ICPC not required)")
    void noConference(@PathVariable long id, @PathVariable long enquiryId, @RequestBody NoConferenceForm form) {
        protection.endWithoutConference(id, enquiryId, form);
    }

    @PutMapping(path = "/cp-plans/{planId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @Operation(summary = "Set the plan's outcomes and add an action with its owner and date")
    CpPlan plan(@PathVariable long id, @PathVariable long planId, @RequestBody PlanForm form) {
        protection.updatePlan(id, planId, form);
        return protection.plan(id, planId);
    }

    @PostMapping(path = "/cp-plans/{planId}/core-groups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a core group meeting")
    Map<String, Long> coreGroup(@PathVariable long id, @PathVariable long planId, @RequestBody CoreGroupForm form) {
        return Map.of("id", protection.recordCoreGroup(id, planId, form));
    }

    @PostMapping(path = "/cp-plans/{planId}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hold a review conference; decision END ends the plan that day with a reason")
    Map<String, Long> review(@PathVariable long id, @PathVariable long planId, @RequestBody ReviewConferenceForm form) {
        return Map.of("id", protection.holdReviewConference(id, planId, form));
    }
}
