package org.opencsc.chronology;

import static org.opencsc.child.RecordHeader.savedToTab;

import jakarta.servlet.http.HttpServletRequest;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.chronology.ChronologyForms.EventForm;
import org.opencsc.chronology.ChronologyForms.Filter;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormErrors;
import org.opencsc.platform.FormPost;
import org.opencsc.platform.InvalidInputException;
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

/** The chronology tab of a child's record, its printable view, and the significant events added by hand. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class ChronologyController {

    private static final String TAB = "chronology";

    private final ChronologyService chronology;
    private final ChildRecordService records;
    private final RecordHeader header;
    private final java.time.Clock clock;

    ChronologyController(ChronologyService chronology, ChildRecordService records, RecordHeader header, java.time.Clock clock) {
        this.chronology = chronology;
        this.records = records;
        this.header = header;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/chronology")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String page(@PathVariable long id, @ModelAttribute("filter") Filter filter, BindingResult binding, HttpServletRequest request, Model model) {
        var person = records.view(id, "Viewed the chronology");
        header.addTo(model, person, TAB);
        addChronology(id, filter, binding, model);
        model.addAttribute("printLink", "/children/" + id + "/chronology/print" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        return "chronology/chronology";
    }

    @GetMapping("/children/{id}/chronology/print")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String print(@PathVariable long id, @ModelAttribute("filter") Filter filter, BindingResult binding, Model model) {
        model.addAttribute("person", records.view(id, "Printed the chronology"));
        addChronology(id, filter, binding, model);
        model.addAttribute("printedBy", CurrentUser.get().displayName());
        model.addAttribute("printedAt", java.time.LocalDateTime.now(clock));
        return "chronology/print";
    }

    /** A filter that is not valid shows every line, with the error summary saying what to correct. */
    private void addChronology(long id, Filter filter, BindingResult binding, Model model) {
        Chronology shown;
        try {
            shown = chronology.chronology(id, filter);
        } catch (InvalidInputException invalid) {
            FormErrors.addTo(binding, invalid.problems());
            shown = chronology.chronology(id, Filter.everything());
        }
        model.addAttribute("chronology", shown);
        model.addAttribute("strandOptions", Coded.options(Strand.class));
    }

    @GetMapping("/children/{id}/chronology/events/new")
    String addForm(@PathVariable long id, @ModelAttribute("form") EventForm form, Model model) {
        return form(id, model, "chronology/event-form");
    }

    @PostMapping("/children/{id}/chronology/events/new")
    String add(@PathVariable long id, @ModelAttribute("form") EventForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> chronology.add(id, form), saved -> savedToTab(redirect, id, TAB, "Significant event added"),
                () -> form(id, model, "chronology/event-form"));
    }

    @GetMapping("/children/{id}/chronology/events/{eventId}")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String event(@PathVariable long id, @PathVariable long eventId, Model model) {
        header.addTo(model, records.view(id, "Viewed significant event " + eventId), TAB);
        model.addAttribute("versions", chronology.history(id, eventId));
        return "chronology/event";
    }

    @GetMapping("/children/{id}/chronology/events/{eventId}/correct")
    String correctForm(@PathVariable long id, @PathVariable long eventId, Model model) {
        var event = chronology.event(id, eventId);
        model.addAttribute("form", EventForm.of(event));
        model.addAttribute("event", event);
        return form(id, model, "chronology/correct-form");
    }

    @PostMapping("/children/{id}/chronology/events/{eventId}/correct")
    String correct(@PathVariable long id, @PathVariable long eventId, @ModelAttribute("form") EventForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return FormPost.save(binding, () -> chronology.correct(id, eventId, form), saved -> savedToTab(redirect, id, TAB, "Significant event corrected"),
                () -> {
                    model.addAttribute("event", chronology.event(id, eventId));
                    return form(id, model, "chronology/correct-form");
                });
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, TAB);
        model.addAttribute("categories", Coded.options(SignificantEventCategory.class));
        return template;
    }
}
