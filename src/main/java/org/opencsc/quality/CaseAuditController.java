package org.opencsc.quality;

import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormPost;
import org.opencsc.quality.CaseAuditForms.AuditForm;
import org.opencsc.quality.CaseAuditForms.ModerationForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's case audits: start one, grade it (drafts until finalised), read it, moderate it. */
@Controller
@PreAuthorize("hasAuthority('CASE_AUDIT')")
class CaseAuditController {

    static final String TAB = "case-audits";

    private final CaseAuditService audits;
    private final ChildRecordService records;
    private final RecordHeader header;

    CaseAuditController(CaseAuditService audits, ChildRecordService records, RecordHeader header) {
        this.audits = audits;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/case-audits")
    String list(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed case audits");
        header.addTo(model, person, TAB);
        model.addAttribute("audits", audits.forPerson(id));
        return "quality/child-audits";
    }

    @PostMapping("/children/{id}/case-audits")
    String start(@PathVariable long id, RedirectAttributes redirect) {
        var auditId = audits.start(id);
        redirect.addFlashAttribute("saved", "Audit started: grade each question, save a draft whenever you like, then finalise");
        return "redirect:/children/" + id + "/case-audits/" + auditId;
    }

    @GetMapping("/children/{id}/case-audits/{auditId}")
    String audit(@PathVariable long id, @PathVariable long auditId, Model model) {
        var audit = audits.view(id, auditId);
        var template = audits.templateOf(audit);
        if (!audit.finalised()) {
            model.addAttribute("form", AuditForm.of(audit, template));
            return form(id, audit, template, model);
        }
        header.addTo(model, id, TAB);
        model.addAttribute("audit", audit);
        model.addAttribute("template", template);
        return "quality/audit";
    }

    @PostMapping("/children/{id}/case-audits/{auditId}")
    String save(@PathVariable long id, @PathVariable long auditId, @ModelAttribute("form") AuditForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        return FormPost.save(binding, () -> audits.save(id, auditId, form), finalised -> {
            redirect.addFlashAttribute("saved", finalised ? "Audit finalised" : "Draft saved");
            return "redirect:/children/" + id + "/case-audits/" + auditId;
        }, () -> {
            var audit = audits.audit(id, auditId);
            return form(id, audit, audits.templateOf(audit), model);
        });
    }

    @GetMapping("/children/{id}/case-audits/{auditId}/moderation")
    String moderationForm(@PathVariable long id, @PathVariable long auditId, @ModelAttribute("form") ModerationForm form, Model model) {
        var audit = audits.view(id, auditId);
        header.addTo(model, id, TAB);
        model.addAttribute("audit", audit);
        model.addAttribute("grades", Coded.options(AuditGrade.class));
        model.addAttribute("yesNo", Coded.YES_NO);
        return "quality/moderation-form";
    }

    @PostMapping("/children/{id}/case-audits/{auditId}/moderation")
    String moderate(@PathVariable long id, @PathVariable long auditId, @ModelAttribute("form") ModerationForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> audits.moderate(id, auditId, form),
                () -> savedToTab(redirect, id, TAB + "/" + auditId, "Moderation recorded"),
                () -> moderationForm(id, auditId, form, model));
    }

    private String form(long id, CaseAudit audit, AuditTemplate template, Model model) {
        header.addTo(model, id, TAB);
        model.addAttribute("audit", audit);
        model.addAttribute("template", template);
        model.addAttribute("grades", Coded.options(AuditGrade.class));
        var themes = new java.util.LinkedHashMap<String, String>();
        template.themes().forEach(theme -> themes.put(theme, theme));
        model.addAttribute("themes", themes);
        return "quality/audit-form";
    }
}
