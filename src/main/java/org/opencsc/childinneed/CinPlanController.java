package org.opencsc.childinneed;

import static org.opencsc.child.RecordHeader.savedToJourney;

import org.opencsc.child.RecordHeader;
import org.opencsc.childinneed.CinForms.EndForm;
import org.opencsc.childinneed.CinForms.PlanForm;
import org.opencsc.childinneed.CinForms.ReviewForm;
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

/** Child in need plans as pages: start, review, end. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class CinPlanController {

    private final CinPlanService plans;
    private final RecordHeader header;

    CinPlanController(CinPlanService plans, RecordHeader header) {
        this.plans = plans;
        this.header = header;
    }

    @GetMapping("/children/{id}/cin-plans/new")
    String newPlan(@PathVariable long id, @ModelAttribute("form") PlanForm form, Model model) {
        return form(id, model, "childinneed/plan-form");
    }

    @PostMapping("/children/{id}/cin-plans/new")
    String start(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> plans.start(id, form), saved -> savedToJourney(redirect, id, "Child in need plan started"),
                () -> form(id, model, "childinneed/plan-form"));
    }

    @GetMapping("/children/{id}/cin-plans/{planId}/reviews/new")
    String newReview(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") ReviewForm form, Model model) {
        plans.plan(id, planId);
        return form(id, model, "childinneed/review-form");
    }

    @PostMapping("/children/{id}/cin-plans/{planId}/reviews/new")
    String review(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") ReviewForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return FormPost.save(binding, () -> plans.review(id, planId, form), () -> savedToJourney(redirect, id, "Child in need plan reviewed"),
                () -> form(id, model, "childinneed/review-form"));
    }

    @GetMapping("/children/{id}/cin-plans/{planId}/end")
    String endForm(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") EndForm form, Model model) {
        plans.plan(id, planId);
        return form(id, model, "childinneed/end-form");
    }

    @PostMapping("/children/{id}/cin-plans/{planId}/end")
    String end(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") EndForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        return FormPost.save(binding, () -> plans.end(id, planId, form), () -> savedToJourney(redirect, id, "Child in need plan ended"),
                () -> form(id, model, "childinneed/end-form"));
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, "journey");
        model.addAttribute("decisions", Coded.options(CinReviewDecision.class));
        return template;
    }
}
