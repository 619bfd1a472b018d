package org.opencsc.quality;

import org.opencsc.security.ShowsNoChildRecord;
import org.opencsc.security.ListsChildren;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencsc.child.CaseloadEntry;
import org.opencsc.child.ChildRecordService;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormPost;
import org.opencsc.quality.CaseAuditForms.StartForm;
import org.opencsc.security.StaffAccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The authority's case audit results, starting an audit by the child's reference, and the audit template. */
@Controller
class AuditResultsController {

    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);

    private final CaseAuditService audits;
    private final AuditTemplateService templates;
    private final ChildRecordService records;
    private final StaffAccountService staff;

    AuditResultsController(CaseAuditService audits, AuditTemplateService templates, ChildRecordService records, StaffAccountService staff) {
        this.audits = audits;
        this.templates = templates;
        this.records = records;
        this.staff = staff;
    }

    @ListsChildren("case audit results")
    @GetMapping("/performance/audits")
    @PreAuthorize("hasAuthority('PERFORMANCE')")
    String results(@RequestParam(required = false) String team, @RequestParam(required = false) String grade,
                   @RequestParam(required = false) String theme, @RequestParam(required = false) String month,
                   @RequestParam(defaultValue = "0") int page, @ModelAttribute("form") StartForm form, Model model) {
        var teams = staff.teamOptions();
        var filter = new AuditFilter(teams.containsKey(team) ? Long.valueOf(team) : null, Coded.fromCode(AuditGrade.class, grade).orElse(null),
                theme == null || theme.isBlank() ? null : theme, month(month), Math.max(0, page));
        var lines = audits.list(filter);
        // One query names the page's children: a restricted child the reader may not see is left out, so never named or linked.
        Map<Long, CaseloadEntry> children = new LinkedHashMap<>();
        records.caseloadOf(lines.stream().map(AuditLine::personId).distinct().toList()).forEach(c -> children.putIfAbsent(c.personId(), c));
        var total = audits.count(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("lines", lines);
        model.addAttribute("children", children);
        model.addAttribute("total", total);
        model.addAttribute("hasNext", filter.offset() + lines.size() < total);
        model.addAttribute("teams", teams);
        model.addAttribute("grades", Coded.options(AuditGrade.class));
        model.addAttribute("themes", templates.everyTheme());
        model.addAttribute("months", months());
        model.addAttribute("results", audits.results(teams));
        model.addAttribute("monthFormat", MONTH);
        return "quality/results";
    }

    @PostMapping("/performance/audits/start")
    @PreAuthorize("hasAuthority('CASE_AUDIT')")
    String start(@ModelAttribute("form") StartForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> audits.startByReference(form), started -> {
            redirect.addFlashAttribute("saved", "Audit started: grade each question, save a draft whenever you like, then finalise");
            return "redirect:/children/" + started.personId() + "/case-audits/" + started.auditId();
        }, () -> results(null, null, null, null, 0, form, model));
    }

    @ShowsNoChildRecord("the case audit template")
    @GetMapping("/performance/audits/template")
    @PreAuthorize("hasAuthority('PERFORMANCE_SETTINGS')")
    String template(@ModelAttribute("form") AuditTemplateForm form, Model model) {
        var current = templates.current();
        model.addAttribute("current", current);
        if (form.questions() == null && form.themes() == null) {
            model.addAttribute("form", new AuditTemplateForm(current.questionLines(), current.themeLines(), null));
        }
        return "quality/template";
    }

    @PostMapping("/performance/audits/template")
    @PreAuthorize("hasAuthority('PERFORMANCE_SETTINGS')")
    String changeTemplate(@ModelAttribute("form") AuditTemplateForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> templates.change(form), version -> {
            redirect.addFlashAttribute("saved", "Template version " + version + " saved: new audits use it; audits already started keep theirs");
            return "redirect:/performance/audits/template";
        }, () -> {
            model.addAttribute("current", templates.current());
            return "quality/template";
        });
    }

    private static YearMonth month(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : YearMonth.parse(typed);
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }

    private Map<String, String> months() {
        var months = new LinkedHashMap<String, String>();
        var month = YearMonth.from(audits.today());
        for (int i = 0; i < 24; i++, month = month.minusMonths(1)) {
            months.put(month.toString(), month.format(MONTH));
        }
        return months;
    }
}
