package org.opencsc.homeless;

import org.opencsc.security.ListsChildren;
import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.homeless.HomelessPathwayForms.AssessmentForm;
import org.opencsc.homeless.HomelessPathwayForms.DecisionForm;
import org.opencsc.homeless.HomelessPathwayForms.OutcomeForm;
import org.opencsc.homeless.HomelessPathwayForms.PresentationForm;
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

/**
 * A child's homeless pathways and the form for each step, and the authority's list of young
 * people on the pathway. Each step's form opens with what is recorded, to add to or correct.
 */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class HomelessPathwayController {

    private static final String PAGE = "homeless-pathways";

    private final HomelessPathwayService pathways;
    private final ChildRecordService records;
    private final RecordHeader header;

    HomelessPathwayController(HomelessPathwayService pathways, ChildRecordService records, RecordHeader header) {
        this.pathways = pathways;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/homeless-pathways")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String list(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed homeless pathways");
        header.addTo(model, person, "journey");
        model.addAttribute("pathways", pathways.forPerson(id));
        return "homeless/pathways";
    }

    @GetMapping("/children/{id}/homeless-pathways/{pathwayId}")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String pathway(@PathVariable long id, @PathVariable long pathwayId, Model model) {
        var person = records.view(id, "Viewed a homeless pathway");
        header.addTo(model, person, "journey");
        model.addAttribute("view", pathways.pathway(id, pathwayId));
        model.addAttribute("today", pathways.today());
        return "homeless/pathway";
    }

    @GetMapping("/children/{id}/homeless-pathways/new")
    String presentForm(@PathVariable long id, @ModelAttribute("form") PresentationForm form, Model model) {
        return form(id, model, "homeless/presentation-form");
    }

    @PostMapping("/children/{id}/homeless-pathways/new")
    String present(@PathVariable long id, @ModelAttribute("form") PresentationForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return FormPost.save(binding, () -> pathways.present(id, form), saved -> toPathway(redirect, id, saved, "Homeless pathway started"),
                () -> form(id, model, "homeless/presentation-form"));
    }

    @GetMapping("/children/{id}/homeless-pathways/{pathwayId}/presentation")
    String presentationForm(@PathVariable long id, @PathVariable long pathwayId, Model model) {
        return step(id, pathwayId, model, PresentationForm.of(pathways.pathway(id, pathwayId).pathway()), "homeless/presentation-form");
    }

    @PostMapping("/children/{id}/homeless-pathways/{pathwayId}/presentation")
    String correctPresentation(@PathVariable long id, @PathVariable long pathwayId, @ModelAttribute("form") PresentationForm form,
                               BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> pathways.correctPresentation(id, pathwayId, form),
                () -> toPathway(redirect, id, pathwayId, "Presentation corrected"), () -> step(id, pathwayId, model, form, "homeless/presentation-form"));
    }

    @GetMapping("/children/{id}/homeless-pathways/{pathwayId}/assessment")
    String assessmentForm(@PathVariable long id, @PathVariable long pathwayId, Model model) {
        return step(id, pathwayId, model, AssessmentForm.of(pathways.pathway(id, pathwayId).pathway()), "homeless/assessment-form");
    }

    @PostMapping("/children/{id}/homeless-pathways/{pathwayId}/assessment")
    String assess(@PathVariable long id, @PathVariable long pathwayId, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> pathways.assess(id, pathwayId, form), () -> toPathway(redirect, id, pathwayId, "Joint assessment saved"),
                () -> step(id, pathwayId, model, form, "homeless/assessment-form"));
    }

    @GetMapping("/children/{id}/homeless-pathways/{pathwayId}/decision")
    String decisionForm(@PathVariable long id, @PathVariable long pathwayId, Model model) {
        return step(id, pathwayId, model, DecisionForm.of(pathways.pathway(id, pathwayId).pathway()), "homeless/decision-form");
    }

    @PostMapping("/children/{id}/homeless-pathways/{pathwayId}/decision")
    String decide(@PathVariable long id, @PathVariable long pathwayId, @ModelAttribute("form") DecisionForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> pathways.decide(id, pathwayId, form),
                () -> toPathway(redirect, id, pathwayId, "Advice and decision saved"), () -> step(id, pathwayId, model, form, "homeless/decision-form"));
    }

    @GetMapping("/children/{id}/homeless-pathways/{pathwayId}/outcome")
    String outcomeForm(@PathVariable long id, @PathVariable long pathwayId, Model model) {
        return step(id, pathwayId, model, OutcomeForm.of(pathways.pathway(id, pathwayId).pathway()), "homeless/outcome-form");
    }

    @PostMapping("/children/{id}/homeless-pathways/{pathwayId}/outcome")
    String conclude(@PathVariable long id, @PathVariable long pathwayId, @ModelAttribute("form") OutcomeForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> pathways.conclude(id, pathwayId, form), () -> toPathway(redirect, id, pathwayId, "Outcome saved"),
                () -> step(id, pathwayId, model, form, "homeless/outcome-form"));
    }

    @ListsChildren("homeless young people")
    @GetMapping("/work/homeless-young-people")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String youngPeople(Model model) {
        model.addAttribute("list", pathways.youngPeople());
        model.addAttribute("today", pathways.today());
        return "homeless/young-people";
    }

    private static String toPathway(RedirectAttributes redirect, long id, long pathwayId, String message) {
        return savedToTab(redirect, id, PAGE + "/" + pathwayId, message);
    }

    private String step(long id, long pathwayId, Model model, Object form, String template) {
        model.addAttribute("form", form);
        model.addAttribute("view", pathways.pathway(id, pathwayId));
        return form(id, model, template);
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, "journey");
        model.addAttribute("presentedTo", Coded.options(PresentedTo.class));
        model.addAttribute("accommodation", Coded.options(EmergencyAccommodation.class));
        model.addAttribute("decisions", Coded.options(Section20Decision.class));
        model.addAttribute("outcomes", Coded.options(PathwayOutcome.class));
        model.addAttribute("housingDecisions", Coded.options(HousingDecision.class));
        model.addAttribute("yesNo", Coded.YES_NO);
        return template;
    }
}
