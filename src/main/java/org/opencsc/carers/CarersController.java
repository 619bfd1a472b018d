package org.opencsc.carers;

import org.opencsc.security.ShowsNoChildRecord;
import org.opencsc.security.ListsChildren;
import org.opencsc.carers.CarersForms.DecisionForm;
import org.opencsc.carers.CarersForms.ExtensionForm;
import org.opencsc.carers.CarersForms.HouseholdForm;
import org.opencsc.carers.CarersForms.ReviewForm;
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

/** The fostering team's pages: the work list, each household, and the forms of each step of an approval. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class CarersController {

    private final CarersService carers;
    private final PrivateFosteringService privateFostering;

    CarersController(CarersService carers, PrivateFosteringService privateFostering) {
        this.carers = carers;
        this.privateFostering = privateFostering;
    }

    @ListsChildren("carers' households and the children placed")
    @GetMapping("/carers")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String workList(Model model) {
        model.addAttribute("work", carers.workList());
        model.addAttribute("overdueVisits", privateFostering.overdueVisits());
        model.addAttribute("today", carers.today());
        return "carers/list";
    }

    @ListsChildren("children placed with a household")
    @GetMapping("/carers/{id}")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String household(@PathVariable long id, Model model) {
        model.addAttribute("view", carers.household(id));
        model.addAttribute("today", carers.today());
        return "carers/household";
    }

    @ShowsNoChildRecord("a form for a carers' household")
    @GetMapping("/carers/new")
    String newFosterCarers(@ModelAttribute("form") HouseholdForm form, Model model) {
        return householdForm(model, false);
    }

    @PostMapping("/carers/new")
    String approveFosterCarers(@ModelAttribute("form") HouseholdForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> carers.approveFosterCarers(form), id -> saved(redirect, id, "Foster carers approved"),
                () -> householdForm(model, false));
    }

    @ShowsNoChildRecord("a form for a connected person")
    @GetMapping("/carers/connected/new")
    String newConnectedPerson(@ModelAttribute("form") HouseholdForm form, Model model) {
        return householdForm(model, true);
    }

    @PostMapping("/carers/connected/new")
    String approveTemporarily(@ModelAttribute("form") HouseholdForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> carers.approveTemporarily(form), id -> saved(redirect, id, "Connected person temporarily approved"),
                () -> householdForm(model, true));
    }

    @ShowsNoChildRecord("a form about a carers' household")
    @GetMapping("/carers/{id}/reviews/new")
    String reviewForm(@PathVariable long id, @ModelAttribute("form") ReviewForm form, Model model) {
        return step(id, model, "carers/review-form");
    }

    @PostMapping("/carers/{id}/reviews/new")
    String review(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> carers.review(id, form), saved -> saved(redirect, id, "Review recorded"),
                () -> step(id, model, "carers/review-form"));
    }

    @ShowsNoChildRecord("a form about a carers' household")
    @GetMapping("/carers/{id}/extension")
    String extensionForm(@PathVariable long id, @ModelAttribute("form") ExtensionForm form, Model model) {
        return step(id, model, "carers/extension-form");
    }

    @PostMapping("/carers/{id}/extension")
    String extend(@PathVariable long id, @ModelAttribute("form") ExtensionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> carers.extend(id, form), () -> saved(redirect, id, "Extension decision recorded"),
                () -> step(id, model, "carers/extension-form"));
    }

    @ShowsNoChildRecord("a form about a carers' household")
    @GetMapping("/carers/{id}/decision")
    String decisionForm(@PathVariable long id, @ModelAttribute("form") DecisionForm form, Model model) {
        return step(id, model, "carers/decision-form");
    }

    @PostMapping("/carers/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> carers.decide(id, form), () -> saved(redirect, id, "Approval decision recorded"),
                () -> step(id, model, "carers/decision-form"));
    }

    private static String saved(RedirectAttributes redirect, long id, String message) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:/carers/" + id;
    }

    private String householdForm(Model model, boolean connected) {
        model.addAttribute("connected", connected);
        return "carers/household-form";
    }

    private String step(long id, Model model, String template) {
        model.addAttribute("view", carers.household(id));
        model.addAttribute("reviewOutcomes", Coded.options(ReviewOutcome.class));
        model.addAttribute("approvalOutcomes", Coded.options(ApprovalOutcome.class));
        model.addAttribute("yesNo", Coded.YES_NO);
        return template;
    }
}
