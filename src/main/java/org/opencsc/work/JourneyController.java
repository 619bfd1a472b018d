package org.opencsc.work;

import static org.opencsc.child.RecordHeader.savedToJourney;

import java.time.Clock;
import java.time.LocalDate;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CareService;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.childinneed.CinPlanService;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FormPost;
import org.opencsc.protection.ProtectionService;
import org.opencsc.timescales.StatutoryClock;
import org.opencsc.timescales.TimescaleService;
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

/**
 * The journey tab of a child's record: the statutory due dates, what to do next, and every step
 * so far from contact to plan; and the visit form that most steps lead to.
 */
@Controller
class JourneyController {

    private final ChildRecordService records;
    private final RecordHeader header;
    private final TimescaleService timescales;
    private final FrontDoorService frontDoor;
    private final AssessmentService assessments;
    private final ProtectionService protection;
    private final CinPlanService cinPlans;
    private final VisitService visits;
    private final CareService care;
    private final Clock clock;

    JourneyController(ChildRecordService records, RecordHeader header, TimescaleService timescales, FrontDoorService frontDoor,
                      AssessmentService assessments, ProtectionService protection, CinPlanService cinPlans, VisitService visits, CareService care,
                      Clock clock) {
        this.records = records;
        this.header = header;
        this.timescales = timescales;
        this.frontDoor = frontDoor;
        this.assessments = assessments;
        this.protection = protection;
        this.cinPlans = cinPlans;
        this.visits = visits;
        this.care = care;
        this.clock = clock;
    }

    @GetMapping("/children/{id}/journey")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String journey(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed the journey and due dates");
        header.addTo(model, person, "journey");
        var clocks = timescales.clocksFor(id);
        var contacts = frontDoor.contacts(id);
        var referrals = frontDoor.referrals(id);
        var childAssessments = assessments.forPerson(id);
        var childProtection = protection.forPerson(id);
        var plans = cinPlans.forPerson(id);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("running", clocks.stream().filter(StatutoryClock::running).toList());
        model.addAttribute("met", clocks.stream().filter(c -> !c.running())
                .sorted(java.util.Comparator.comparing(StatutoryClock::metOn).reversed()).limit(12).toList());
        model.addAttribute("steps", NextSteps.offer(id, person.ageOn(LocalDate.now(clock)), contacts, referrals, childAssessments, childProtection, plans,
                care.periods(id).stream().filter(CarePeriod::open).findFirst()));
        model.addAttribute("contacts", contacts);
        model.addAttribute("referrals", referrals);
        model.addAttribute("assessments", childAssessments);
        model.addAttribute("protection", childProtection);
        model.addAttribute("cinPlans", plans);
        model.addAttribute("visits", visits.recent(id));
        model.addAttribute("timeline", records.journey(id).reversed());
        return "work/journey";
    }

    @GetMapping("/children/{id}/visits/new")
    @PreAuthorize("hasAuthority('CASE_WORK')")
    String newVisit(@PathVariable long id, @RequestParam(required = false) String type, @ModelAttribute("form") VisitForm form, Model model) {
        // The kind offered by the step comes as "type" so that it is not bound twice when the form posts back to this address.
        if (form.kind() == null && type != null) {
            model.addAttribute("form", new VisitForm(type, form.visitDate(), null, null, null));
        }
        return visitForm(id, model);
    }

    @PostMapping("/children/{id}/visits/new")
    @PreAuthorize("hasAuthority('CASE_WORK')")
    String recordVisit(@PathVariable long id, @ModelAttribute("form") VisitForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        return FormPost.save(binding, () -> visits.record(id, form), saved -> savedToJourney(redirect, id, "Visit recorded"),
                () -> visitForm(id, model));
    }

    private String visitForm(long id, Model model) {
        header.addTo(model, id, "journey");
        model.addAttribute("kinds", Coded.options(VisitKind.class));
        model.addAttribute("yesNo", Coded.YES_NO);
        return "work/visit-form";
    }
}
