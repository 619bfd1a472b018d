package org.opencsc.protection;

import static org.opencsc.child.RecordHeader.savedToJourney;

import org.opencsc.child.RecordHeader;
import org.opencsc.platform.Coded;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FormPost;
import org.opencsc.protection.ProtectionForms.CoreGroupForm;
import org.opencsc.protection.ProtectionForms.InitialConferenceForm;
import org.opencsc.protection.ProtectionForms.NoConferenceForm;
import org.opencsc.protection.ProtectionForms.PlanForm;
import org.opencsc.protection.ProtectionForms.ReviewConferenceForm;
import org.opencsc.protection.ProtectionForms.StrategyForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Strategy discussions, enquiries, conferences, plans and core groups, as pages. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class ProtectionController {

    private final ProtectionService protection;
    private final RecordHeader header;

    ProtectionController(ProtectionService protection, RecordHeader header) {
        this.protection = protection;
        this.header = header;
    }

    @GetMapping("/children/{id}/strategy-discussions/new")
    String newStrategy(@PathVariable long id, @ModelAttribute("form") StrategyForm form, Model model) {
        return form(id, model, "protection/strategy-form");
    }

    @PostMapping("/children/{id}/strategy-discussions/new")
    String recordStrategy(@PathVariable long id, @ModelAttribute("form") StrategyForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        return FormPost.save(binding, () -> protection.recordStrategyDiscussion(id, form),
                saved -> savedToJourney(redirect, id, "Strategy discussion recorded"),
                () -> form(id, model, "protection/strategy-form"));
    }

    @GetMapping("/children/{id}/strategy-discussions/{discussionId}")
    String correction(@PathVariable long id, @PathVariable long discussionId, Model model) {
        var existing = protection.strategyDiscussion(id, discussionId);
        model.addAttribute("form", new StrategyForm(DateParts.of(existing.discussionDate()), existing.attendees(), existing.decision().code(),
                existing.rationale(), DateParts.EMPTY));
        return form(id, model, "protection/strategy-correction-form");
    }

    @PostMapping("/children/{id}/strategy-discussions/{discussionId}")
    String correct(@PathVariable long id, @PathVariable long discussionId, @ModelAttribute("form") StrategyForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> protection.correctStrategyDiscussion(id, discussionId, form),
                () -> savedToJourney(redirect, id, "Strategy discussion corrected: due dates that follow it have been worked out again"),
                () -> form(id, model, "protection/strategy-correction-form"));
    }

    @GetMapping("/children/{id}/enquiries/{enquiryId}/conference")
    String newConference(@PathVariable long id, @PathVariable long enquiryId, @ModelAttribute("form") InitialConferenceForm form, Model model) {
        model.addAttribute("enquiry", protection.enquiry(id, enquiryId));
        return form(id, model, "protection/initial-conference-form");
    }

    @PostMapping("/children/{id}/enquiries/{enquiryId}/conference")
    String holdConference(@PathVariable long id, @PathVariable long enquiryId, @ModelAttribute("form") InitialConferenceForm form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> protection.holdInitialConference(id, enquiryId, form),
                saved -> savedToJourney(redirect, id, "Initial conference recorded"),
                () -> newConference(id, enquiryId, form, model));
    }

    @GetMapping("/children/{id}/enquiries/{enquiryId}/no-conference")
    String noConferenceForm(@PathVariable long id, @PathVariable long enquiryId, @ModelAttribute("form") NoConferenceForm form, Model model) {
        protection.enquiry(id, enquiryId);
        return form(id, model, "protection/no-conference-form");
    }

    @PostMapping("/children/{id}/enquiries/{enquiryId}/no-conference")
    String endWithoutConference(@PathVariable long id, @PathVariable long enquiryId, @ModelAttribute("form") NoConferenceForm form,
                                BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> protection.endWithoutConference(id, enquiryId, form),
                () -> savedToJourney(redirect, id, "Section 47 enquiry ended: no conference needed"),
                () -> form(id, model, "protection/no-conference-form"));
    }

    @GetMapping("/children/{id}/cp-plans/{planId}")
    String plan(@PathVariable long id, @PathVariable long planId, Model model) {
        var plan = protection.plan(id, planId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PlanForm(plan.outcomes(), null, null, DateParts.EMPTY));
        }
        model.addAttribute("plan", plan);
        return form(id, model, "protection/plan-form");
    }

    @PostMapping("/children/{id}/cp-plans/{planId}")
    String updatePlan(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") PlanForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> protection.updatePlan(id, planId, form),
                () -> savedToJourney(redirect, id, "Child protection plan saved"),
                () -> plan(id, planId, model));
    }

    @GetMapping("/children/{id}/cp-plans/{planId}/core-groups/new")
    String newCoreGroup(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") CoreGroupForm form, Model model) {
        protection.plan(id, planId);
        return form(id, model, "protection/core-group-form");
    }

    @PostMapping("/children/{id}/cp-plans/{planId}/core-groups/new")
    String recordCoreGroup(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") CoreGroupForm form, BindingResult binding,
                           Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> protection.recordCoreGroup(id, planId, form),
                saved -> savedToJourney(redirect, id, "Core group recorded"),
                () -> form(id, model, "protection/core-group-form"));
    }

    @GetMapping("/children/{id}/cp-plans/{planId}/reviews/new")
    String newReview(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") ReviewConferenceForm form, Model model) {
        protection.plan(id, planId);
        return form(id, model, "protection/review-conference-form");
    }

    @PostMapping("/children/{id}/cp-plans/{planId}/reviews/new")
    String holdReview(@PathVariable long id, @PathVariable long planId, @ModelAttribute("form") ReviewConferenceForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> protection.holdReviewConference(id, planId, form),
                saved -> savedToJourney(redirect, id, "Review conference recorded"),
                () -> form(id, model, "protection/review-conference-form"));
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, "journey");
        model.addAttribute("categories", Coded.options(CategoryOfAbuse.class));
        model.addAttribute("endReasons", Coded.options(PlanEndReason.class));
        model.addAttribute("decisions", switch (template) {
            case "protection/strategy-form" -> Coded.options(StrategyDecision.class);
            case "protection/initial-conference-form" -> Coded.options(InitialConferenceDecision.class);
            default -> Coded.options(ReviewDecision.class);
        });
        return template;
    }
}
