package org.opencsc.carers;

import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.carers.CarersForms.ArrangementForm;
import org.opencsc.carers.CarersForms.EndArrangementForm;
import org.opencsc.carers.CarersForms.VisitForm;
import org.opencsc.child.ChildRecordService;
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

/** A privately fostered child's arrangements and visits, reached from the care tab of the record. */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class PrivateFosteringController {

    private static final String TAB = "care";
    private static final String PAGE = "private-fostering";

    private final PrivateFosteringService privateFostering;
    private final ChildRecordService records;
    private final RecordHeader header;

    PrivateFosteringController(PrivateFosteringService privateFostering, ChildRecordService records, RecordHeader header) {
        this.privateFostering = privateFostering;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/private-fostering")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String arrangements(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed private fostering");
        header.addTo(model, person, TAB);
        model.addAttribute("arrangements", privateFostering.arrangements(id).reversed());
        model.addAttribute("today", privateFostering.today());
        return "carers/private-fostering";
    }

    @GetMapping("/children/{id}/private-fostering/new")
    String notificationForm(@PathVariable long id, @ModelAttribute("form") ArrangementForm form, Model model) {
        return form(id, model, "carers/arrangement-form");
    }

    @PostMapping("/children/{id}/private-fostering/new")
    String notify(@PathVariable long id, @ModelAttribute("form") ArrangementForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> privateFostering.notify(id, form), saved -> savedToTab(redirect, id, PAGE, "Private fostering recorded"),
                () -> form(id, model, "carers/arrangement-form"));
    }

    @GetMapping("/children/{id}/private-fostering/{arrangementId}/visits/new")
    String visitForm(@PathVariable long id, @PathVariable long arrangementId, @ModelAttribute("form") VisitForm form, Model model) {
        return arrangementForm(id, arrangementId, model, "carers/pf-visit-form");
    }

    @PostMapping("/children/{id}/private-fostering/{arrangementId}/visits/new")
    String visit(@PathVariable long id, @PathVariable long arrangementId, @ModelAttribute("form") VisitForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return FormPost.save(binding, () -> privateFostering.visit(id, arrangementId, form), saved -> savedToTab(redirect, id, PAGE, "Visit recorded"),
                () -> arrangementForm(id, arrangementId, model, "carers/pf-visit-form"));
    }

    @GetMapping("/children/{id}/private-fostering/{arrangementId}/end")
    String endForm(@PathVariable long id, @PathVariable long arrangementId, @ModelAttribute("form") EndArrangementForm form, Model model) {
        return arrangementForm(id, arrangementId, model, "carers/pf-end-form");
    }

    @PostMapping("/children/{id}/private-fostering/{arrangementId}/end")
    String end(@PathVariable long id, @PathVariable long arrangementId, @ModelAttribute("form") EndArrangementForm form, BindingResult binding,
               Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> privateFostering.end(id, arrangementId, form), () -> savedToTab(redirect, id, PAGE, "End of the arrangement recorded"),
                () -> arrangementForm(id, arrangementId, model, "carers/pf-end-form"));
    }

    private String arrangementForm(long id, long arrangementId, Model model, String template) {
        model.addAttribute("arrangement", privateFostering.arrangement(id, arrangementId));
        return form(id, model, template);
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, TAB);
        model.addAttribute("yesNo", Coded.YES_NO);
        return template;
    }
}
