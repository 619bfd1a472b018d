package org.opencsc.adopters;

import org.opencsc.security.ListsChildren;
import org.opencsc.security.ShowsNoChildRecord;
import org.opencsc.adopters.AdoptersForms.ApprovalForm;
import org.opencsc.adopters.AdoptersForms.FamilyForm;
import org.opencsc.adopters.AdoptersForms.LeavingForm;
import org.opencsc.adopters.AdoptersForms.StepForm;
import org.opencsc.child.Ethnicity;
import org.opencsc.child.Sex;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The adoption team's pages: the work list, each family's journey, and the form of each step. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class AdoptersController {

    /** A step that is one date: its address, heading, the date's label and a hint. */
    record Step(String path, String heading, String label, String hint, String button) {
    }

    static final Step STAGE_ONE = new Step("stage-one", "Registration of interest accepted", "Date the registration of interest was accepted",
            "Stage one starts: checks, references and preparation, normally within 2 months", "Start stage one");
    static final Step STAGE_ONE_END = new Step("stage-one-end", "Decision to proceed to stage two", "Date of the decision to proceed",
            "Stage one ends; the family has up to 6 months to apply", "Save decision");
    static final Step APPLICATION = new Step("application", "Application received", "Date the application was received",
            "Stage two starts that day and is normally finished within 4 months", "Start stage two");
    static final Step FOSTERING_FOR_ADOPTION = new Step("fostering-for-adoption", "Approved for fostering for adoption",
            "Date approved as foster carers", "So that a child can live with them before the placement order", "Save approval");

    private final AdoptersService adopters;

    AdoptersController(AdoptersService adopters) {
        this.adopters = adopters;
    }

    @ShowsNoChildRecord("adoptive families and counts, no child")
    @GetMapping("/adopters")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String workList(@RequestParam(required = false) String stage, Model model) {
        var filter = Coded.fromCode(FamilyStage.class, stage).orElse(null);
        model.addAttribute("work", adopters.workList(filter));
        model.addAttribute("stages", Coded.options(FamilyStage.class));
        model.addAttribute("stage", filter == null ? "" : filter.code());
        return "adopters/list";
    }

    @ListsChildren("children matched with an adoptive family")
    @GetMapping("/adopters/{id}")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String family(@PathVariable long id, Model model) {
        var view = adopters.family(id);
        model.addAttribute("view", view);
        model.addAttribute("children", adopters.childrenYouMaySee(view.family()));
        return "adopters/family";
    }

    @ShowsNoChildRecord("a form for an adoptive family")
    @GetMapping("/adopters/new")
    String newFamily(@ModelAttribute("form") FamilyForm form, Model model) {
        return familyForm(model);
    }

    @PostMapping("/adopters/new")
    String addFamily(@ModelAttribute("form") FamilyForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adopters.addFamily(form), id -> saved(redirect, id, "Enquiry recorded"), () -> familyForm(model));
    }

    @ShowsNoChildRecord("a form about an adoptive family")
    @GetMapping("/adopters/{id}/stage-one")
    String stageOneForm(@PathVariable long id, @ModelAttribute("form") StepForm form, Model model) {
        return step(id, STAGE_ONE, model);
    }

    @PostMapping("/adopters/{id}/stage-one")
    String startStageOne(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adopters.startStageOne(id, form), () -> saved(redirect, id, "Stage one started"),
                () -> step(id, STAGE_ONE, model));
    }

    @ShowsNoChildRecord("a form about an adoptive family")
    @GetMapping("/adopters/{id}/stage-one-end")
    String stageOneEndForm(@PathVariable long id, @ModelAttribute("form") StepForm form, Model model) {
        return step(id, STAGE_ONE_END, model);
    }

    @PostMapping("/adopters/{id}/stage-one-end")
    String endStageOne(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adopters.endStageOne(id, form), () -> saved(redirect, id, "Stage one ended"),
                () -> step(id, STAGE_ONE_END, model));
    }

    @ShowsNoChildRecord("a form about an adoptive family")
    @GetMapping("/adopters/{id}/application")
    String applicationForm(@PathVariable long id, @ModelAttribute("form") StepForm form, Model model) {
        return step(id, APPLICATION, model);
    }

    @PostMapping("/adopters/{id}/application")
    String receiveApplication(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult binding, Model model,
                              RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adopters.receiveApplication(id, form), () -> saved(redirect, id, "Application received: stage two started"),
                () -> step(id, APPLICATION, model));
    }

    @ShowsNoChildRecord("a form about an adoptive family")
    @GetMapping("/adopters/{id}/approval")
    String approvalForm(@PathVariable long id, @ModelAttribute("form") ApprovalForm form, Model model) {
        return family(id, model, "adopters/approval-form");
    }

    @PostMapping("/adopters/{id}/approval")
    String approve(@PathVariable long id, @ModelAttribute("form") ApprovalForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adopters.approve(id, form), () -> saved(redirect, id, "Approval recorded"),
                () -> family(id, model, "adopters/approval-form"));
    }

    @ShowsNoChildRecord("a form about an adoptive family")
    @GetMapping("/adopters/{id}/fostering-for-adoption")
    String fosteringForAdoptionForm(@PathVariable long id, @ModelAttribute("form") StepForm form, Model model) {
        return step(id, FOSTERING_FOR_ADOPTION, model);
    }

    @PostMapping("/adopters/{id}/fostering-for-adoption")
    String approveForFosteringForAdoption(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult binding, Model model,
                                          RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adopters.approveForFosteringForAdoption(id, form),
                () -> saved(redirect, id, "Approved for fostering for adoption"), () -> step(id, FOSTERING_FOR_ADOPTION, model));
    }

    @ShowsNoChildRecord("a form about an adoptive family")
    @GetMapping("/adopters/{id}/leave")
    String leavingForm(@PathVariable long id, @ModelAttribute("form") LeavingForm form, Model model) {
        return family(id, model, "adopters/leaving-form");
    }

    @PostMapping("/adopters/{id}/leave")
    String leave(@PathVariable long id, @ModelAttribute("form") LeavingForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> adopters.leave(id, form), () -> saved(redirect, id, "Leaving the process recorded"),
                () -> family(id, model, "adopters/leaving-form"));
    }

    private static String saved(RedirectAttributes redirect, long id, String message) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:/adopters/" + id;
    }

    private String familyForm(Model model) {
        model.addAttribute("sexes", Coded.options(Sex.class));
        model.addAttribute("ethnicities", Coded.options(Ethnicity.class));
        model.addAttribute("disabilities", Coded.options(AdopterDisability.class));
        model.addAttribute("fastTracks", Coded.options(FastTrack.class));
        return "adopters/family-form";
    }

    private String step(long id, Step step, Model model) {
        model.addAttribute("step", step);
        return family(id, model, "adopters/step-form");
    }

    private String family(long id, Model model, String template) {
        model.addAttribute("view", adopters.family(id));
        model.addAttribute("reasons", Coded.options(LeavingReason.class));
        return template;
    }
}
