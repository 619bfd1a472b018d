package org.opencsc.permanence;

import org.opencsc.security.ListsChildren;
import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.care.PlacementChangeReason;
import org.opencsc.care.PlacementProvider;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.permanence.PermanenceForms.AdoptionOrderForm;
import org.opencsc.permanence.PermanenceForms.AuthorityForm;
import org.opencsc.permanence.PermanenceForms.DecisionForm;
import org.opencsc.permanence.PermanenceForms.MatchForm;
import org.opencsc.permanence.PermanenceForms.NoLongerPlacedForm;
import org.opencsc.permanence.PermanenceForms.OrderForm;
import org.opencsc.permanence.PermanenceForms.PlacedForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormPost;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's adoption and the orders that end care, on the child's record; the adoption team's list across the authority. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class PermanenceController {

    private static final String PAGE = "permanence";
    private static final String TAB = "care";

    private final AdoptionService adoption;
    private final PermanenceOrderService orders;
    private final ChildRecordService records;
    private final RecordHeader header;

    PermanenceController(AdoptionService adoption, PermanenceOrderService orders, ChildRecordService records, RecordHeader header) {
        this.adoption = adoption;
        this.orders = orders;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/permanence")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String page(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed the adoption and permanence record");
        header.addTo(model, person, TAB);
        var plans = adoption.plansOf(id);
        model.addAttribute("plans", plans.reversed());
        model.addAttribute("measures", adoption.measuresOf(id, plans));
        model.addAttribute("inProgress", plans.stream().filter(AdoptionPlan::inProgress).findFirst().orElse(null));
        model.addAttribute("orders", orders.ordersOf(id));
        return "permanence/permanence";
    }

    @GetMapping("/children/{id}/adoption/new")
    String decisionForm(@PathVariable long id, @ModelAttribute("form") DecisionForm form, Model model) {
        return form(id, model, "permanence/decision-form");
    }

    @PostMapping("/children/{id}/adoption/new")
    String decide(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adoption.decide(id, form), saved -> savedToTab(redirect, id, PAGE, "Decision recorded"),
                () -> form(id, model, "permanence/decision-form"));
    }

    @GetMapping("/children/{id}/adoption/{planId}/authority")
    String authorityForm(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") AuthorityForm form, Model model) {
        return planForm(id, planId, model, "permanence/authority-form");
    }

    @PostMapping("/children/{id}/adoption/{planId}/authority")
    String authorise(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") AuthorityForm form, BindingResult binding, Model model,
                     RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adoption.authorise(id, planId, form), () -> savedToTab(redirect, id, PAGE, "Authority to place recorded"),
                () -> planForm(id, planId, model, "permanence/authority-form"));
    }

    @GetMapping("/children/{id}/adoption/{planId}/match")
    String matchForm(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") MatchForm form, Model model) {
        return planForm(id, planId, model, "permanence/match-form");
    }

    @PostMapping("/children/{id}/adoption/{planId}/match")
    String match(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") MatchForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adoption.match(id, planId, form), () -> savedToTab(redirect, id, PAGE, "Match recorded"),
                () -> planForm(id, planId, model, "permanence/match-form"));
    }

    @GetMapping("/children/{id}/adoption/{planId}/placed")
    String placedForm(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") PlacedForm form, Model model) {
        return planForm(id, planId, model, "permanence/placed-form");
    }

    @PostMapping("/children/{id}/adoption/{planId}/placed")
    String place(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") PlacedForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adoption.place(id, planId, form), () -> savedToTab(redirect, id, PAGE, "The child is placed for adoption"),
                () -> planForm(id, planId, model, "permanence/placed-form"));
    }

    @GetMapping("/children/{id}/adoption/{planId}/order")
    String orderForm(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") AdoptionOrderForm form, Model model) {
        return planForm(id, planId, model, "permanence/adoption-order-form");
    }

    @PostMapping("/children/{id}/adoption/{planId}/order")
    String order(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") AdoptionOrderForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adoption.order(id, planId, form), () -> savedToTab(redirect, id, PAGE, "Adoption order recorded: care has ended"),
                () -> planForm(id, planId, model, "permanence/adoption-order-form"));
    }

    @GetMapping("/children/{id}/adoption/{planId}/no-longer-placed")
    String stopForm(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") NoLongerPlacedForm form, Model model) {
        return planForm(id, planId, model, "permanence/no-longer-placed-form");
    }

    @PostMapping("/children/{id}/adoption/{planId}/no-longer-placed")
    String stop(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") NoLongerPlacedForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adoption.stop(id, planId, form), () -> savedToTab(redirect, id, PAGE, "Decision recorded"),
                () -> planForm(id, planId, model, "permanence/no-longer-placed-form"));
    }

    @GetMapping("/children/{id}/permanence-orders/new")
    String permanenceOrderForm(@PathVariable long id, @ModelAttribute("form") OrderForm form, Model model) {
        return form(id, model, "permanence/order-form");
    }

    @PostMapping("/children/{id}/permanence-orders/new")
    String recordOrder(@PathVariable long id, @ModelAttribute("form") OrderForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> orders.record(id, form), saved -> savedToTab(redirect, id, PAGE, "Order recorded: care has ended"),
                () -> form(id, model, "permanence/order-form"));
    }

    @ListsChildren("adoptions in progress")
    @GetMapping("/work/adoption")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String adoptionList(Model model) {
        model.addAttribute("items", adoption.inProgress());
        model.addAttribute("scorecard", adoption.scorecard(adoption.today()));
        return "permanence/adoption-list";
    }

    private String planForm(long id, long planId, Model model, String template) {
        model.addAttribute("plan", adoption.plan(id, planId));
        return form(id, model, template);
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, TAB);
        model.addAttribute("authorities", Coded.options(AuthorityToPlace.class));
        model.addAttribute("families", adoption.familiesAwaitingMatch());
        model.addAttribute("changeReasons", Coded.codedOptions(PlacementChangeReason.class));
        model.addAttribute("providers", Coded.codedOptions(PlacementProvider.class));
        model.addAttribute("noLongerPlacedReasons", Coded.codedOptions(NoLongerPlacedReason.class));
        model.addAttribute("orderKinds", Coded.options(PermanenceOrderKind.class));
        model.addAttribute("guardians", Coded.options(SpecialGuardians.class));
        model.addAttribute("yesNo", Coded.YES_NO);
        return template;
    }
}
