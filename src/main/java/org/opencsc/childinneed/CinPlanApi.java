package org.opencsc.childinneed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.opencsc.childinneed.CinForms.EndForm;
import org.opencsc.childinneed.CinForms.PlanForm;
import org.opencsc.childinneed.CinForms.ReviewForm;
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

/** Child in need plans as JSON. */
@RestController
@RequestMapping(path = "/api/children/{id}/cin-plans", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Children in need", description = "CIN plans, their reviews and their end")
class CinPlanApi {

    private final CinPlanService plans;

    CinPlanApi(CinPlanService plans) {
        this.plans = plans;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's CIN plans with their reviews, newest first")
    List<CinPlan> list(@PathVariable long id) {
        return plans.forPerson(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a CIN plan within the open referral; plans never overlap")
    Map<String, Long> start(@PathVariable long id, @RequestBody PlanForm form) {
        return Map.of("id", plans.start(id, form));
    }

    @PostMapping(path = "/{planId}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Review the plan; STEP_DOWN ends it that day")
    void review(@PathVariable long id, @PathVariable long planId, @RequestBody ReviewForm form) {
        plans.review(id, planId, form);
    }

    @PostMapping(path = "/{planId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CASE_WORK')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the plan")
    void end(@PathVariable long id, @PathVariable long planId, @RequestBody EndForm form) {
        plans.end(id, planId, form);
    }
}
