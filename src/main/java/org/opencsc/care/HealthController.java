package org.opencsc.care;

import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.care.HealthForms.AssessmentForm;
import org.opencsc.care.HealthForms.DentalCheckForm;
import org.opencsc.care.HealthForms.ImmunisationsForm;
import org.opencsc.care.HealthForms.SdqForm;
import org.opencsc.child.RecordHeader;
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

/** The forms that record a looked-after child's health; what is recorded is listed on the care tab. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class HealthController {

    private static final String TAB = "care";

    private final HealthService health;
    private final RecordHeader header;

    HealthController(HealthService health, RecordHeader header) {
        this.health = health;
        this.header = header;
    }

    @GetMapping("/children/{id}/health/assessments/new")
    String assessmentForm(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, Model model) {
        return form(id, model, "care/health-assessment-form");
    }

    @PostMapping("/children/{id}/health/assessments/new")
    String recordAssessment(@PathVariable long id, @ModelAttribute("form") AssessmentForm form, BindingResult binding, Model model,
                            RedirectAttributes redirect) {
        return FormPost.save(binding, () -> health.recordAssessment(id, form), saved -> savedToTab(redirect, id, TAB, "Health assessment recorded"),
                () -> form(id, model, "care/health-assessment-form"));
    }

    @GetMapping("/children/{id}/health/dental-checks/new")
    String dentalCheckForm(@PathVariable long id, @ModelAttribute("form") DentalCheckForm form, Model model) {
        return form(id, model, "care/dental-check-form");
    }

    @PostMapping("/children/{id}/health/dental-checks/new")
    String recordDentalCheck(@PathVariable long id, @ModelAttribute("form") DentalCheckForm form, BindingResult binding, Model model,
                             RedirectAttributes redirect) {
        return FormPost.save(binding, () -> health.recordDentalCheck(id, form), saved -> savedToTab(redirect, id, TAB, "Dental check recorded"),
                () -> form(id, model, "care/dental-check-form"));
    }

    @GetMapping("/children/{id}/health/immunisations/new")
    String immunisationsForm(@PathVariable long id, @ModelAttribute("form") ImmunisationsForm form, Model model) {
        return form(id, model, "care/immunisations-form");
    }

    @PostMapping("/children/{id}/health/immunisations/new")
    String recordImmunisations(@PathVariable long id, @ModelAttribute("form") ImmunisationsForm form, BindingResult binding, Model model,
                               RedirectAttributes redirect) {
        return FormPost.save(binding, () -> health.recordImmunisations(id, form), saved -> savedToTab(redirect, id, TAB, "Immunisations recorded"),
                () -> form(id, model, "care/immunisations-form"));
    }

    @GetMapping("/children/{id}/health/sdqs/new")
    String sdqForm(@PathVariable long id, @ModelAttribute("form") SdqForm form, Model model) {
        return form(id, model, "care/sdq-form");
    }

    @PostMapping("/children/{id}/health/sdqs/new")
    String recordSdq(@PathVariable long id, @ModelAttribute("form") SdqForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> health.recordSdq(id, form), saved -> savedToTab(redirect, id, TAB, "SDQ recorded"),
                () -> form(id, model, "care/sdq-form"));
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, TAB);
        model.addAttribute("assessmentKinds", Coded.options(HealthAssessmentKind.class));
        model.addAttribute("sdqReasons", Coded.codedOptions(SdqReason.class));
        model.addAttribute("yesNo", Coded.YES_NO);
        return template;
    }
}
