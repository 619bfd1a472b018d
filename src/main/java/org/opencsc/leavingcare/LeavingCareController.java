package org.opencsc.leavingcare;

import static org.opencsc.child.RecordHeader.savedToTab;

import java.util.LinkedHashMap;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.leavingcare.LeavingCareForms.AdviserForm;
import org.opencsc.leavingcare.LeavingCareForms.BirthdayContactForm;
import org.opencsc.leavingcare.LeavingCareForms.EndSupportForm;
import org.opencsc.leavingcare.LeavingCareForms.PathwayPlanForm;
import org.opencsc.leavingcare.LeavingCareForms.StartSupportForm;
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

/** A young person's leaving care page (under the care tab) and the forms that change it. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class LeavingCareController {

    private static final String PAGE = "leaving-care";

    private final LeavingCareService leavingCare;
    private final ChildRecordService records;
    private final RecordHeader header;

    LeavingCareController(LeavingCareService leavingCare, ChildRecordService records, RecordHeader header) {
        this.leavingCare = leavingCare;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/leaving-care")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String page(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed leaving care");
        header.addTo(model, person, "care");
        model.addAttribute("leavingCare", leavingCare.leavingCare(id));
        model.addAttribute("today", leavingCare.today());
        return "leavingcare/leaving-care";
    }

    @GetMapping("/children/{id}/leaving-care/support/new")
    String startForm(@PathVariable long id, @ModelAttribute("form") StartSupportForm form, Model model) {
        return form(id, model, "leavingcare/start-form");
    }

    @PostMapping("/children/{id}/leaving-care/support/new")
    String start(@PathVariable long id, @ModelAttribute("form") StartSupportForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> leavingCare.startSupport(id, form), saved -> savedToTab(redirect, id, PAGE, "Leaving care support started"),
                () -> form(id, model, "leavingcare/start-form"));
    }

    @GetMapping("/children/{id}/leaving-care/adviser")
    String adviserForm(@PathVariable long id, @ModelAttribute("form") AdviserForm form, Model model) {
        return form(id, model, "leavingcare/adviser-form");
    }

    @PostMapping("/children/{id}/leaving-care/adviser")
    String changeAdviser(@PathVariable long id, @ModelAttribute("form") AdviserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> leavingCare.changeAdviser(id, form), () -> savedToTab(redirect, id, PAGE, "Personal adviser changed"),
                () -> form(id, model, "leavingcare/adviser-form"));
    }

    @GetMapping("/children/{id}/leaving-care/support/end")
    String endForm(@PathVariable long id, @ModelAttribute("form") EndSupportForm form, Model model) {
        return form(id, model, "leavingcare/end-form");
    }

    @PostMapping("/children/{id}/leaving-care/support/end")
    String end(@PathVariable long id, @ModelAttribute("form") EndSupportForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> leavingCare.endSupport(id, form), () -> savedToTab(redirect, id, PAGE, "Leaving care support ended"),
                () -> form(id, model, "leavingcare/end-form"));
    }

    @GetMapping("/children/{id}/leaving-care/pathway-plans/new")
    String pathwayPlanForm(@PathVariable long id, @ModelAttribute("form") PathwayPlanForm form, Model model) {
        return form(id, model, "leavingcare/pathway-plan-form");
    }

    @PostMapping("/children/{id}/leaving-care/pathway-plans/new")
    String recordPathwayPlan(@PathVariable long id, @ModelAttribute("form") PathwayPlanForm form, BindingResult binding, Model model,
                             RedirectAttributes redirect) {
        return FormPost.save(binding, () -> leavingCare.recordPathwayPlan(id, form), saved -> savedToTab(redirect, id, PAGE, "Pathway plan recorded"),
                () -> form(id, model, "leavingcare/pathway-plan-form"));
    }

    @GetMapping("/children/{id}/leaving-care/contacts/new")
    String contactForm(@PathVariable long id, @RequestParam(required = false) Integer birthday, @ModelAttribute("form") BirthdayContactForm form,
                       Model model) {
        // The birthday offered by the page comes as "birthday" so that it is not bound twice when the form posts back here.
        if (form.age() == null && birthday != null) {
            model.addAttribute("form", new BirthdayContactForm(String.valueOf(birthday), form.contactDate(), null, null, null));
        }
        return form(id, model, "leavingcare/contact-form");
    }

    @PostMapping("/children/{id}/leaving-care/contacts/new")
    String recordContact(@PathVariable long id, @ModelAttribute("form") BirthdayContactForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        return FormPost.save(binding, () -> leavingCare.recordBirthdayContact(id, form), saved -> savedToTab(redirect, id, PAGE, "Birthday contact recorded"),
                () -> form(id, model, "leavingcare/contact-form"));
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, "care");
        var ages = new LinkedHashMap<String, String>();
        for (int age = BirthdayContact.FIRST_AGE; age <= BirthdayContact.LAST_AGE; age++) {
            ages.put(String.valueOf(age), age + "th birthday");
        }
        model.addAttribute("ages", ages);
        model.addAttribute("inTouchOptions", Coded.codedOptions(InTouch.class));
        model.addAttribute("activities", Coded.codedOptions(CareLeaverActivity.class));
        model.addAttribute("accommodations", Coded.codedOptions(CareLeaverAccommodation.class));
        model.addAttribute("endReasons", Coded.options(SupportEndReason.class));
        return template;
    }
}
