package org.opencsc.courts;

import org.opencsc.security.ListsChildren;
import static org.opencsc.child.RecordHeader.savedToTab;

import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.courts.CourtForms.ApplicationForm;
import org.opencsc.courts.CourtForms.AssessmentForm;
import org.opencsc.courts.CourtForms.DecisionForm;
import org.opencsc.courts.CourtForms.ExtensionForm;
import org.opencsc.courts.CourtForms.FamilyGroupForm;
import org.opencsc.courts.CourtForms.HearingForm;
import org.opencsc.courts.CourtForms.MeetingForm;
import org.opencsc.courts.CourtForms.OrderForm;
import org.opencsc.courts.CourtForms.ReportForm;
import org.opencsc.courts.CourtForms.StartForm;
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

/**
 * The child's "Court and pre-proceedings" page with a form for each step, and the managers'
 * pre-proceedings and care proceedings trackers. Every form is one template with its own fields.
 */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class CourtController {

    private static final String PAGE = "court";
    private static final String PRE = "/children/{id}/court/pre-proceedings/{pre}";
    private static final String PROCEEDINGS = "/children/{id}/court/proceedings/{proceedings}";

    private final CourtService court;
    private final PreProceedingsService preProceedings;
    private final CareProceedingsService proceedings;
    private final ChildRecordService records;
    private final RecordHeader header;

    CourtController(CourtService court, PreProceedingsService preProceedings, CareProceedingsService proceedings, ChildRecordService records,
                    RecordHeader header) {
        this.court = court;
        this.preProceedings = preProceedings;
        this.proceedings = proceedings;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/court")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String page(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed court and pre-proceedings");
        header.addTo(model, person, "journey");
        model.addAttribute("court", court.record(id));
        model.addAttribute("today", court.today());
        return "courts/court";
    }

    @ListsChildren("the court trackers")
    @GetMapping("/work/court")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String trackers(Model model) {
        model.addAttribute("trackers", court.trackers());
        model.addAttribute("today", court.today());
        return "courts/trackers";
    }

    // Pre-proceedings

    @GetMapping("/children/{id}/court/pre-proceedings/new")
    String startForm(@PathVariable long id, @ModelAttribute("form") StartForm form, Model model) {
        return form(id, model, "Start pre-proceedings", "start");
    }

    @PostMapping("/children/{id}/court/pre-proceedings/new")
    String start(@PathVariable long id, @ModelAttribute("form") StartForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> preProceedings.start(id, form), saved -> savedToTab(redirect, id, PAGE, "Pre-proceedings started"),
                () -> startForm(id, form, model));
    }

    @GetMapping(PRE + "/meetings/new")
    String meetingForm(@PathVariable long id, @PathVariable long pre, @ModelAttribute("form") MeetingForm form, Model model) {
        return preForm(id, pre, model, "Record a pre-proceedings meeting", "meeting");
    }

    @PostMapping(PRE + "/meetings/new")
    String meeting(@PathVariable long id, @PathVariable long pre, @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return FormPost.save(binding, () -> preProceedings.meeting(id, pre, form), () -> savedToTab(redirect, id, PAGE, "Meeting recorded"),
                () -> meetingForm(id, pre, form, model));
    }

    @GetMapping(PRE + "/assessments/new")
    String assessmentForm(@PathVariable long id, @PathVariable long pre, @ModelAttribute("form") AssessmentForm form, Model model) {
        model.addAttribute("kinds", Coded.options(AssessmentKind.class));
        return preForm(id, pre, model, "Commission an assessment", "assessment");
    }

    @PostMapping(PRE + "/assessments/new")
    String commission(@PathVariable long id, @PathVariable long pre, @ModelAttribute("form") AssessmentForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> preProceedings.commission(id, pre, form),
                saved -> savedToTab(redirect, id, PAGE, "Assessment commissioned"), () -> assessmentForm(id, pre, form, model));
    }

    @GetMapping(PRE + "/assessments/{assessment}")
    String reportForm(@PathVariable long id, @PathVariable long pre, @PathVariable long assessment, @ModelAttribute("form") ReportForm form,
                      Model model) {
        var found = preProceedings.preProceedings(id, pre).assessments().stream().filter(a -> a.id() == assessment).findFirst()
                .orElseThrow(() -> new org.opencsc.platform.NotFoundException("Assessment " + assessment));
        model.addAttribute("assessment", found);
        return preForm(id, pre, model, "Record the report received", "report");
    }

    @PostMapping(PRE + "/assessments/{assessment}")
    String receive(@PathVariable long id, @PathVariable long pre, @PathVariable long assessment, @ModelAttribute("form") ReportForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> preProceedings.receiveReport(id, pre, assessment, form),
                () -> savedToTab(redirect, id, PAGE, "Report received"), () -> reportForm(id, pre, assessment, form, model));
    }

    @GetMapping(PRE + "/family-group")
    String familyGroupForm(@PathVariable long id, @PathVariable long pre, @ModelAttribute("form") FamilyGroupForm form, Model model) {
        model.addAttribute("yesNo", Coded.YES_NO);
        return preForm(id, pre, model, "Family group decision-making", "familyGroup");
    }

    @PostMapping(PRE + "/family-group")
    String familyGroup(@PathVariable long id, @PathVariable long pre, @ModelAttribute("form") FamilyGroupForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> preProceedings.familyGroup(id, pre, form),
                () -> savedToTab(redirect, id, PAGE, "Family group decision-making recorded"), () -> familyGroupForm(id, pre, form, model));
    }

    @GetMapping(PRE + "/decision")
    String decisionForm(@PathVariable long id, @PathVariable long pre, @ModelAttribute("form") DecisionForm form, Model model) {
        model.addAttribute("decisions", Coded.options(PreProceedingsDecision.class));
        return preForm(id, pre, model, "End pre-proceedings with a decision", "decision");
    }

    @PostMapping(PRE + "/decision")
    String decide(@PathVariable long id, @PathVariable long pre, @ModelAttribute("form") DecisionForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return FormPost.save(binding, () -> preProceedings.decide(id, pre, form), () -> savedToTab(redirect, id, PAGE, "Decision recorded"),
                () -> decisionForm(id, pre, form, model));
    }

    // Care proceedings

    @GetMapping("/children/{id}/court/proceedings/new")
    String applicationForm(@PathVariable long id, @ModelAttribute("form") ApplicationForm form, Model model) {
        model.addAttribute("kinds", Coded.options(ApplicationKind.class));
        return form(id, model, "Record an application to court", "application");
    }

    @PostMapping("/children/{id}/court/proceedings/new")
    String apply(@PathVariable long id, @ModelAttribute("form") ApplicationForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return FormPost.save(binding, () -> proceedings.apply(id, form), saved -> savedToTab(redirect, id, PAGE, "Application recorded"),
                () -> applicationForm(id, form, model));
    }

    @GetMapping(PROCEEDINGS + "/hearings/new")
    String hearingForm(@PathVariable long id, @PathVariable("proceedings") long application, @ModelAttribute("form") HearingForm form,
                       Model model) {
        model.addAttribute("kinds", Coded.options(HearingKind.class));
        return proceedingsForm(id, application, model, "Record a hearing", "hearing");
    }

    @PostMapping(PROCEEDINGS + "/hearings/new")
    String hearing(@PathVariable long id, @PathVariable("proceedings") long application, @ModelAttribute("form") HearingForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> proceedings.hearing(id, application, form), () -> savedToTab(redirect, id, PAGE, "Hearing recorded"),
                () -> hearingForm(id, application, form, model));
    }

    @GetMapping(PROCEEDINGS + "/extensions/new")
    String extensionForm(@PathVariable long id, @PathVariable("proceedings") long application, @ModelAttribute("form") ExtensionForm form,
                         Model model) {
        return proceedingsForm(id, application, model, "Record an extension of the timetable", "extension");
    }

    @PostMapping(PROCEEDINGS + "/extensions/new")
    String extend(@PathVariable long id, @PathVariable("proceedings") long application, @ModelAttribute("form") ExtensionForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> proceedings.extend(id, application, form), () -> savedToTab(redirect, id, PAGE, "Extension recorded"),
                () -> extensionForm(id, application, form, model));
    }

    @GetMapping("/children/{id}/court/orders/new")
    String orderForm(@PathVariable long id, @ModelAttribute("form") OrderForm form, Model model) {
        var options = new java.util.LinkedHashMap<String, String>();
        proceedings.forPerson(id).forEach(p -> options.put(String.valueOf(p.id()), p.caseNumber() + ": " + p.kind().label()
                + (p.open() ? "" : " (concluded)")));
        model.addAttribute("applications", options);
        model.addAttribute("kinds", Coded.options(OrderKind.class));
        return form(id, model, "Record an order made by the court", "order");
    }

    @PostMapping("/children/{id}/court/orders/new")
    String order(@PathVariable long id, @ModelAttribute("form") OrderForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> proceedings.order(id, form), () -> savedToTab(redirect, id, PAGE, "Order recorded"),
                () -> orderForm(id, form, model));
    }

    private String preForm(long id, long pre, Model model, String heading, String fields) {
        model.addAttribute("pre", preProceedings.preProceedings(id, pre));
        return form(id, model, heading, fields);
    }

    private String proceedingsForm(long id, long application, Model model, String heading, String fields) {
        model.addAttribute("proceedings", proceedings.proceedings(id, application));
        return form(id, model, heading, fields);
    }

    /** Every step's form is one template showing the named fields. */
    private String form(long id, Model model, String heading, String fields) {
        header.addTo(model, id, "journey");
        model.addAttribute("heading", heading);
        model.addAttribute("step", fields);
        model.addAttribute("yesNo", Coded.YES_NO);
        return "courts/form";
    }
}
