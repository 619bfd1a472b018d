package org.opencsc.frontdoor;

import org.opencsc.security.ListsChildren;
import static org.opencsc.child.RecordHeader.savedToJourney;

import org.opencsc.child.RecordHeader;
import org.opencsc.frontdoor.FrontDoorForms.ClosureForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
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

/** Contacts, MASH+ decisions and closing a case, as pages; and the MASH+ queue. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class FrontDoorController {

    private final FrontDoorService frontDoor;
    private final RecordHeader header;

    FrontDoorController(FrontDoorService frontDoor, RecordHeader header) {
        this.frontDoor = frontDoor;
        this.header = header;
    }

    @ListsChildren("contacts awaiting a decision")
    @GetMapping("/front-door")
    String queue(Model model) {
        model.addAttribute("contacts", frontDoor.awaitingDecision(200));
        return "frontdoor/queue";
    }

    @GetMapping("/children/{id}/contacts/new")
    String newContact(@PathVariable long id, @ModelAttribute("form") ContactForm form, Model model) {
        return contactForm(id, model);
    }

    @PostMapping("/children/{id}/contacts/new")
    String recordContact(@PathVariable long id, @ModelAttribute("form") ContactForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        return FormPost.save(binding, () -> frontDoor.recordContact(id, form),
                contactId -> savedToJourney(redirect, id, "Contact recorded: the MASH+ decision is due within 1 working day"),
                () -> contactForm(id, model));
    }

    @GetMapping("/children/{id}/contacts/{contactId}/decision")
    String decisionForm(@PathVariable long id, @PathVariable long contactId, @ModelAttribute("form") DecisionForm form, Model model) {
        return decisionForm(id, contactId, model);
    }

    @PostMapping("/children/{id}/contacts/{contactId}/decision")
    String decide(@PathVariable long id, @PathVariable long contactId, @ModelAttribute("form") DecisionForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> frontDoor.decide(id, contactId, form),
                referral -> savedToJourney(redirect, id, referral.isPresent() ? "Decision recorded: the child is referred" : "Decision recorded"),
                () -> decisionForm(id, contactId, model));
    }

    @GetMapping("/children/{id}/close")
    String closureForm(@PathVariable long id, @ModelAttribute("form") ClosureForm form, Model model) {
        return closure(id, model);
    }

    @PostMapping("/children/{id}/close")
    String close(@PathVariable long id, @ModelAttribute("form") ClosureForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> frontDoor.closeCase(id, form), () -> savedToJourney(redirect, id, "Case closed"),
                () -> closure(id, model));
    }

    private String contactForm(long id, Model model) {
        header.addTo(model, id, "journey");
        model.addAttribute("sources", Coded.options(ReferralSource.class));
        return "frontdoor/contact-form";
    }

    private String decisionForm(long id, long contactId, Model model) {
        header.addTo(model, id, "journey");
        model.addAttribute("contact", frontDoor.contact(id, contactId));
        model.addAttribute("prior", frontDoor.priorInvolvement(id));
        model.addAttribute("decisions", Coded.options(MashDecision.class));
        model.addAttribute("needs", Coded.options(PrimaryNeed.class));
        return "frontdoor/decision-form";
    }

    private String closure(long id, Model model) {
        header.addTo(model, id, "journey");
        model.addAttribute("prior", frontDoor.priorInvolvement(id));
        model.addAttribute("reasons", Coded.options(ClosureReason.class));
        return "frontdoor/closure-form";
    }
}
