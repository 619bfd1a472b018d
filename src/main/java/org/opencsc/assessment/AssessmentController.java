package org.opencsc.assessment;

import static org.opencsc.child.RecordHeader.savedToJourney;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.opencsc.assessment.AssessmentForms.AuthoriseForm;
import org.opencsc.assessment.AssessmentForms.DetailsForm;
import org.opencsc.assessment.AssessmentForms.StartForm;
import org.opencsc.child.RecordHeader;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormPost;
import org.opencsc.security.FormRescue;
import org.opencsc.timescales.StatutoryRule;
import org.opencsc.timescales.TimescaleService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting, writing, submitting and authorising a single assessment. */
@Controller
class AssessmentController {

    private final AssessmentService assessments;
    private final FrontDoorService frontDoor;
    private final TimescaleService timescales;
    private final RecordHeader header;

    AssessmentController(AssessmentService assessments, FrontDoorService frontDoor, TimescaleService timescales, RecordHeader header) {
        this.assessments = assessments;
        this.frontDoor = frontDoor;
        this.timescales = timescales;
        this.header = header;
    }

    @GetMapping("/children/{id}/assessments/new")
    @PreAuthorize("hasAuthority('CASE_WORK')")
    String newAssessment(@PathVariable long id, @ModelAttribute("form") StartForm form, Model model) {
        header.addTo(model, id, "journey");
        return "assessment/start-form";
    }

    @PostMapping("/children/{id}/assessments/new")
    @PreAuthorize("hasAuthority('CASE_WORK')")
    String start(@PathVariable long id, @ModelAttribute("form") StartForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> assessments.start(id, form),
                assessmentId -> "redirect:/children/" + id + "/assessments/" + assessmentId,
                () -> newAssessment(id, form, model));
    }

    @GetMapping("/children/{id}/assessments/{assessmentId}")
    @PreAuthorize("hasAuthority('CASE_WORK')")
    String edit(@PathVariable long id, @PathVariable long assessmentId, HttpServletRequest request, @ModelAttribute("form") DetailsForm typed,
                Model model) {
        if (!FormRescue.isRestored(request)) {
            model.addAttribute("form", DetailsForm.of(assessments.assessment(id, assessmentId)));
        }
        return showDetails(id, assessmentId, model);
    }

    @PostMapping("/children/{id}/assessments/{assessmentId}")
    @PreAuthorize("hasAuthority('CASE_WORK')")
    String save(@PathVariable long id, @PathVariable long assessmentId, @RequestParam(defaultValue = "submit") String action,
                @ModelAttribute("form") DetailsForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        var submit = !"save".equals(action);
        return FormPost.save(binding, () -> assessments.save(id, assessmentId, form, submit),
                () -> savedToJourney(redirect, id, submit ? "Assessment submitted: it now waits for a manager to authorise it" : "Assessment saved"),
                () -> showDetails(id, assessmentId, model));
    }

    @GetMapping("/children/{id}/assessments/{assessmentId}/authorise")
    @PreAuthorize("hasAuthority('AUTHORISE')")
    String authoriseForm(@PathVariable long id, @PathVariable long assessmentId, @ModelAttribute("form") AuthoriseForm form, Model model) {
        header.addTo(model, id, "journey");
        model.addAttribute("assessment", assessments.assessment(id, assessmentId));
        return "assessment/authorise-form";
    }

    @PostMapping("/children/{id}/assessments/{assessmentId}/authorise")
    @PreAuthorize("hasAuthority('AUTHORISE')")
    String authorise(@PathVariable long id, @PathVariable long assessmentId, @ModelAttribute("form") AuthoriseForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> assessments.authorise(id, assessmentId, form),
                authorised -> savedToJourney(redirect, id, "Assessment authorised. Outcome: " + authorised.outcome().label()),
                () -> authoriseForm(id, assessmentId, form, model));
    }

    private String showDetails(long id, long assessmentId, Model model) {
        header.addTo(model, id, "journey");
        var assessment = assessments.assessment(id, assessmentId);
        var referral = frontDoor.referrals(id).stream().filter(r -> r.id() == assessment.referralId()).findFirst().orElseThrow();
        model.addAttribute("assessment", assessment);
        model.addAttribute("dueOn", timescales.dueDate(StatutoryRule.ASSESSMENT_DUE, referral.referralDate()));
        model.addAttribute("yesNo", Coded.YES_NO);
        var factors = new LinkedHashMap<String, String>();
        for (var factor : Factor.values()) {
            factors.put(factor.code(), factor.code() + ": " + factor.label());
        }
        model.addAttribute("factorOptions", factors);
        model.addAttribute("outcomes", Coded.options(AssessmentOutcome.class));
        return "assessment/assessment-form";
    }
}
