package org.opencsc.child;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The top of every tab of a person's record (name, identifiers, status, live warnings and the
 * tabs themselves), for this feature's pages and for other features' tabs such as case notes.
 */
@Component
public class RecordHeader {

    private final ChildRecordService records;
    private final RecordPartsService parts;

    RecordHeader(ChildRecordService records, RecordPartsService parts) {
        this.records = records;
        this.parts = parts;
    }

    /** Adds the header for a person the caller has already read (and audited). */
    public void addTo(Model model, Person person, String tab) {
        model.addAttribute("person", person);
        model.addAttribute("tab", tab);
        model.addAttribute("warnings", parts.liveWarnings(person));
    }

    /** After a step of the child's journey is saved: back to the journey, where the next step is offered. */
    public static String savedToJourney(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, long personId, String message) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:/children/" + personId + "/journey";
    }

    /** After a change saved on a tab of the record (the care record, say): back to that tab, with the message. */
    public static String savedToTab(org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, long personId, String tab, String message) {
        redirect.addFlashAttribute("saved", message);
        return "redirect:/children/" + personId + "/" + tab;
    }

    /** Reads the person (a restricted record is not found) and adds the header. */
    public Person addTo(Model model, long personId, String tab) {
        var person = records.visible(personId);
        addTo(model, person, tab);
        return person;
    }
}
