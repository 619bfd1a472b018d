package org.opencsc.oversight;

import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.child.RecordHeader;
import org.opencsc.oversight.OversightForms.EntryForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormPost;
import org.opencsc.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Oversight tab of a child's record, and the form a manager records oversight or supervision on. */
@Controller
class OversightController {

    private static final String TAB = "oversight";

    private final OversightService oversight;
    private final RecordHeader header;

    OversightController(OversightService oversight, RecordHeader header) {
        this.oversight = oversight;
        this.header = header;
    }

    @GetMapping("/children/{id}/oversight")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String tab(@PathVariable long id, Model model) {
        var record = oversight.view(id);
        header.addTo(model, id, TAB);
        model.addAttribute("oversight", record);
        return "oversight/oversight";
    }

    @GetMapping("/children/{id}/oversight/new")
    @PreAuthorize("hasAuthority('OVERSIGHT')")
    String newEntry(@PathVariable long id, @ModelAttribute("form") EntryForm form, Model model) {
        return form(id, model);
    }

    @PostMapping("/children/{id}/oversight/new")
    @PreAuthorize("hasAuthority('OVERSIGHT')")
    String record(@PathVariable long id, @ModelAttribute("form") EntryForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> oversight.record(id, form), saved -> savedToTab(redirect, id, TAB, "Oversight recorded"),
                () -> form(id, model));
    }

    private String form(long id, Model model) {
        header.addTo(model, id, TAB);
        model.addAttribute("kinds", Coded.options(EntryKind.class));
        model.addAttribute("progressOptions", Coded.options(PlanProgress.class));
        model.addAttribute("workers", oversight.workers());
        model.addAttribute("heldBy", CurrentUser.get().displayName());
        return "oversight/entry-form";
    }
}
