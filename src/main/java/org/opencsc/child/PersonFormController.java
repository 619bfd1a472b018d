package org.opencsc.child;

import org.opencsc.security.ShowsNoChildRecord;
import jakarta.servlet.http.HttpServletRequest;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormErrors;
import org.opencsc.platform.FormPost;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.FormRescue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a new person and changing a person's details. */
@Controller
class PersonFormController {

    private final ChildRecordService records;

    PersonFormController(ChildRecordService records) {
        this.records = records;
    }

    @ShowsNoChildRecord("a form for a new person")
    @GetMapping("/children/new")
    @PreAuthorize("hasAuthority('CHILD_CREATE')")
    String newPerson(HttpServletRequest request, @ModelAttribute("form") PersonForm typed, Model model) {
        if (!FormRescue.isRestored(request)) {
            model.addAttribute("form", PersonForm.blank());
        }
        return show(model, null);
    }

    @PostMapping("/children/new")
    @PreAuthorize("hasAuthority('CHILD_CREATE')")
    String create(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> records.create(form), id -> {
            redirect.addFlashAttribute("saved", form.givenName() + " " + form.familyName() + " has been recorded");
            return "redirect:/children/" + id;
        }, () -> show(model, null));
    }

    @GetMapping("/children/{id}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String edit(@PathVariable long id, HttpServletRequest request, @ModelAttribute("form") PersonForm typed, Model model) {
        var person = records.view(id, "Opened details to change them");
        if (!FormRescue.isRestored(request)) {
            model.addAttribute("form", PersonForm.of(person));
        }
        return show(model, person);
    }

    @PostMapping("/children/{id}/edit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        try {
            records.update(id, form);
            redirect.addFlashAttribute("saved", "Details saved");
            return "redirect:/children/" + id;
        } catch (InvalidInputException invalid) {
            FormErrors.addTo(binding, invalid.problems());
        } catch (RecordChangedException changed) {
            // The typed values are shown again against the newer version, so that saving them
            // once more is a deliberate choice made after seeing the message.
            var latest = records.visible(id);
            var refreshed = form.withVersion(latest.version());
            var refreshedBinding = new DataBinder(refreshed, "form").getBindingResult();
            refreshedBinding.reject("changed", changed.getMessage() + " (by " + latest.updatedBy()
                    + "). Your changes are below and have not been saved: open the record in a new tab to see what changed, then save again.");
            model.addAttribute("form", refreshed);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", refreshedBinding);
        }
        return show(model, records.visible(id));
    }

    private String show(Model model, Person person) {
        model.addAttribute("person", person);
        model.addAttribute("kinds", Coded.options(PersonKind.class));
        model.addAttribute("sexes", Coded.options(Sex.class));
        model.addAttribute("ethnicities", Coded.options(Ethnicity.class));
        model.addAttribute("disabilityOptions", Coded.options(Disability.class));
        model.addAttribute("upnUnknownReasons", Coded.options(UpnUnknownReason.class));
        return "child/person-form";
    }
}
