package org.opencsc.permanence;

import org.opencsc.security.ShowsNoChildRecord;
import org.opencsc.security.ListsChildren;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Children's adoptions, the orders that end care, and the adoption scorecard as JSON. */
@RestController
@Tag(name = "Adoption and permanence", description = "A child's adoption with its scorecard measures, orders ending care, adoptions in progress, the scorecard")
class PermanenceApi {

    /** One of the child's adoptions with its scorecard measures. */
    record ChildAdoption(AdoptionPlan adoption, AdoptionStage stage, AdoptionMeasures measures) {
    }

    record ChildPermanence(List<ChildAdoption> adoptions, List<PermanenceOrder> orders) {
    }

    private final AdoptionService adoption;
    private final PermanenceOrderService orders;

    PermanenceApi(AdoptionService adoption, PermanenceOrderService orders) {
        this.adoption = adoption;
        this.orders = orders;
    }

    @GetMapping(path = "/api/children/{id}/permanence", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "The child's adoptions, oldest first, each with its A1, A2 and A10 in days; and the orders that ended the child's care")
    ChildPermanence child(@PathVariable long id) {
        var plans = adoption.viewPlans(id);
        var measures = adoption.measuresOf(id, plans);
        return new ChildPermanence(plans.stream().map(plan -> new ChildAdoption(plan, plan.stage(), measures.get(plan.id()))).toList(),
                orders.ordersOf(id));
    }

    @ListsChildren("adoptions in progress")
    @GetMapping(path = "/api/adoption/in-progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Adoptions in progress that the reader may see, the longest-standing decision first")
    List<AdoptionWorkItem> inProgress() {
        return adoption.inProgress();
    }

    @ShowsNoChildRecord("averages over children, no child")
    @GetMapping(path = "/api/adoption/scorecard", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('CHILD_READ')")
    @Operation(summary = "Average A1, A2 and A10 in days of the children adopted in the three years to today")
    AdoptionScorecard scorecard() {
        return adoption.scorecard(adoption.today());
    }
}
