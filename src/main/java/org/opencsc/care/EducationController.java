package org.opencsc.care;

import static org.opencsc.child.RecordHeader.savedToTab;

import jakarta.servlet.http.HttpServletRequest;
import org.opencsc.care.HealthForms.PepForm;
import org.opencsc.care.HealthForms.SchoolForm;
import org.opencsc.child.RecordHeader;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FormPost;
import org.opencsc.security.FormRescue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms that record a looked-after child's schools and PEP meetings; what is recorded is listed on the care tab. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class EducationController {

    private static final String TAB = "care";

    private final EducationService education;
    private final RecordHeader header;

    EducationController(EducationService education, RecordHeader header) {
        this.education = education;
        this.header = header;
    }

    @GetMapping("/children/{id}/education/schools/new")
    String schoolForm(@PathVariable long id, @ModelAttribute("form") SchoolForm form, Model model) {
        return form(id, model, "care/school-form");
    }

    @PostMapping("/children/{id}/education/schools/new")
    String recordSchool(@PathVariable long id, @ModelAttribute("form") SchoolForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        return FormPost.save(binding, () -> education.recordSchool(id, form), saved -> savedToTab(redirect, id, TAB, "School recorded"),
                () -> form(id, model, "care/school-form"));
    }

    @GetMapping("/children/{id}/education/peps/new")
    String pepForm(@PathVariable long id, HttpServletRequest request, @ModelAttribute("form") PepForm typed, Model model) {
        // The PEP is usually held with the school the child attends now: offer it, the worker can change it.
        if (!FormRescue.isRestored(request)) {
            model.addAttribute("form", new PepForm(DateParts.orEmpty(null), education.currentSchool(id), null));
        }
        return form(id, model, "care/pep-form");
    }

    @PostMapping("/children/{id}/education/peps/new")
    String recordPep(@PathVariable long id, @ModelAttribute("form") PepForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> education.recordPep(id, form), saved -> savedToTab(redirect, id, TAB, "PEP meeting recorded"),
                () -> form(id, model, "care/pep-form"));
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, TAB);
        return template;
    }
}
