package org.opencsc.care;

import static org.opencsc.child.RecordHeader.savedToTab;

import java.time.LocalDate;
import org.opencsc.care.CareForms.CarePlanForm;
import org.opencsc.care.CareForms.DisruptionForm;
import org.opencsc.care.CareForms.EndForm;
import org.opencsc.care.CareForms.InterviewForm;
import org.opencsc.care.CareForms.LegalStatusForm;
import org.opencsc.care.CareForms.LongTermForm;
import org.opencsc.care.CareForms.MissingForm;
import org.opencsc.care.CareForms.MoveForm;
import org.opencsc.care.CareForms.ReturnForm;
import org.opencsc.care.CareForms.ReviewForm;
import org.opencsc.care.CareForms.StartForm;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.RecordHeader;
import org.opencsc.platform.Coded;
import org.opencsc.platform.DateParts;
import org.opencsc.platform.FormPost;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The care tab of a child's record (periods of care, their SSDA903 episodes, placements, care
 * plans, reviews, missing episodes, health and education) and the forms that change the period
 * of care and missing episodes; health and education have their own controllers.
 */
@Controller
@PreAuthorize("hasAuthority('CASE_WORK')")
class CareController {

    private static final String TAB = "care";

    private final CareService care;
    private final MissingFromCareService missing;
    private final HealthService health;
    private final EducationService education;
    private final ChildRecordService records;
    private final RecordHeader header;
    private final CarerHouseholds households;

    CareController(CareService care, MissingFromCareService missing, HealthService health, EducationService education, ChildRecordService records,
                   RecordHeader header, CarerHouseholds households) {
        this.households = households;
        this.care = care;
        this.missing = missing;
        this.health = health;
        this.education = education;
        this.records = records;
        this.header = header;
    }

    @GetMapping("/children/{id}/care")
    @PreAuthorize("hasAuthority('CHILD_READ')")
    String careRecord(@PathVariable long id, Model model) {
        var person = records.view(id, "Viewed the care record");
        header.addTo(model, person, TAB);
        var periods = care.periods(id);
        model.addAttribute("periods", periods.reversed());
        var open = periods.stream().filter(CarePeriod::open).findFirst().orElse(null);
        model.addAttribute("open", open);
        model.addAttribute("householdBasis", open == null ? null : open.currentPlacement().map(Placement::carerHouseholdId)
                .map(households::legalBasis).orElse(null));
        var today = LocalDate.ofInstant(missing.now(), org.opencsc.platform.ClockZone.UK);
        model.addAttribute("stability", open == null ? null : open.stabilityOn(today, person.dateOfBirth()));
        model.addAttribute("missingEpisodes", missing.forPerson(id));
        model.addAttribute("disruptionMeetings", care.disruptionMeetings(id));
        model.addAttribute("health", health.healthOf(id));
        model.addAttribute("education", education.educationOf(id));
        model.addAttribute("now", missing.now());
        model.addAttribute("today", today);
        return "care/care";
    }

    @GetMapping("/children/{id}/care/new")
    String newPeriod(@PathVariable long id, @ModelAttribute("form") StartForm form,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate accommodatedFrom, Model model) {
        // A young person accommodated under section 20 after presenting as homeless: the form starts with that day and V2. The day comes
        // as its own parameter, not as a form field, so that it is not bound a second time when the form posts back to this address.
        if (accommodatedFrom != null && form.startDate().isBlank() && form.legalStatus() == null) {
            model.addAttribute("form", new StartForm(DateParts.of(accommodatedFrom), LegalStatus.V2.code(), null, null, null, null,
                    null, null, null));
        }
        return form(id, model, "care/start-form");
    }

    @PostMapping("/children/{id}/care/new")
    String start(@PathVariable long id, @ModelAttribute("form") StartForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> care.start(id, form), saved -> savedToTab(redirect, id, TAB, "The child is now looked after"),
                () -> form(id, model, "care/start-form"));
    }

    @GetMapping("/children/{id}/care/{periodId}/legal-status")
    String legalStatusForm(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") LegalStatusForm form, Model model) {
        return periodForm(id, periodId, model, "care/legal-status-form");
    }

    @PostMapping("/children/{id}/care/{periodId}/legal-status")
    String changeLegalStatus(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") LegalStatusForm form, BindingResult binding,
                             Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> care.changeLegalStatus(id, periodId, form), () -> savedToTab(redirect, id, TAB, "Legal status changed"),
                () -> periodForm(id, periodId, model, "care/legal-status-form"));
    }

    @GetMapping("/children/{id}/care/{periodId}/move")
    String moveForm(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") MoveForm form, Model model) {
        return periodForm(id, periodId, model, "care/move-form");
    }

    @PostMapping("/children/{id}/care/{periodId}/move")
    String move(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") MoveForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        return FormPost.save(binding, () -> care.move(id, periodId, form), () -> savedToTab(redirect, id, TAB, "Move to the new placement recorded"),
                () -> periodForm(id, periodId, model, "care/move-form"));
    }

    @GetMapping("/children/{id}/care/{periodId}/long-term")
    String longTermForm(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") LongTermForm form, Model model) {
        return periodForm(id, periodId, model, "care/long-term-form");
    }

    @PostMapping("/children/{id}/care/{periodId}/long-term")
    String agreeLongTerm(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") LongTermForm form, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> care.agreeLongTerm(id, periodId, form), () -> savedToTab(redirect, id, TAB, "Placement agreed as long-term"),
                () -> periodForm(id, periodId, model, "care/long-term-form"));
    }

    @GetMapping("/children/{id}/care/{periodId}/care-plan")
    String carePlanForm(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") CarePlanForm form, Model model) {
        return periodForm(id, periodId, model, "care/care-plan-form");
    }

    @PostMapping("/children/{id}/care/{periodId}/care-plan")
    String agreeCarePlan(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") CarePlanForm form, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> care.agreeCarePlan(id, periodId, form), saved -> savedToTab(redirect, id, TAB, "Care plan recorded"),
                () -> periodForm(id, periodId, model, "care/care-plan-form"));
    }

    @GetMapping("/children/{id}/care/{periodId}/reviews/new")
    String reviewForm(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") ReviewForm form, Model model) {
        return periodForm(id, periodId, model, "care/review-form");
    }

    @PostMapping("/children/{id}/care/{periodId}/reviews/new")
    String review(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") ReviewForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return FormPost.save(binding, () -> care.review(id, periodId, form), saved -> savedToTab(redirect, id, TAB, "Review recorded"),
                () -> periodForm(id, periodId, model, "care/review-form"));
    }

    @GetMapping("/children/{id}/care/{periodId}/end")
    String endForm(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") EndForm form, Model model) {
        return periodForm(id, periodId, model, "care/end-form");
    }

    @PostMapping("/children/{id}/care/{periodId}/end")
    String end(@PathVariable long id, @PathVariable long periodId, @ModelAttribute("form") EndForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        return FormPost.save(binding, () -> care.end(id, periodId, form), () -> savedToTab(redirect, id, TAB, "The child is no longer looked after"),
                () -> periodForm(id, periodId, model, "care/end-form"));
    }

    @GetMapping("/children/{id}/care/{periodId}/placements/{placementId}/disruption")
    String disruptionForm(@PathVariable long id, @PathVariable long periodId, @PathVariable long placementId,
                          @ModelAttribute("form") DisruptionForm form, Model model) {
        return disruptionForm(id, periodId, placementId, model);
    }

    @PostMapping("/children/{id}/care/{periodId}/placements/{placementId}/disruption")
    String recordDisruption(@PathVariable long id, @PathVariable long periodId, @PathVariable long placementId,
                            @ModelAttribute("form") DisruptionForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> care.recordDisruptionMeeting(id, periodId, placementId, form),
                saved -> savedToTab(redirect, id, TAB, "Disruption meeting recorded"), () -> disruptionForm(id, periodId, placementId, model));
    }

    private String disruptionForm(long id, long periodId, long placementId, Model model) {
        var period = care.period(id, periodId);
        model.addAttribute("placement", period.placements().stream().filter(p -> p.id() == placementId).findFirst()
                .orElseThrow(() -> new org.opencsc.platform.NotFoundException("Placement " + placementId)));
        return periodForm(id, periodId, model, "care/disruption-form");
    }

    @GetMapping("/children/{id}/missing/new")
    String missingForm(@PathVariable long id, @ModelAttribute("form") MissingForm form, Model model) {
        return form(id, model, "care/missing-form");
    }

    @PostMapping("/children/{id}/missing/new")
    String recordMissing(@PathVariable long id, @ModelAttribute("form") MissingForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        return FormPost.save(binding, () -> missing.record(id, form), saved -> savedToTab(redirect, id, TAB, "Missing episode recorded"),
                () -> form(id, model, "care/missing-form"));
    }

    @GetMapping("/children/{id}/missing/{episodeId}/return")
    String returnForm(@PathVariable long id, @PathVariable long episodeId, @ModelAttribute("form") ReturnForm form, Model model) {
        return episodeForm(id, episodeId, model, "care/return-form");
    }

    @PostMapping("/children/{id}/missing/{episodeId}/return")
    String recordReturn(@PathVariable long id, @PathVariable long episodeId, @ModelAttribute("form") ReturnForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> missing.recordReturn(id, episodeId, form), () -> savedToTab(redirect, id, TAB, "Return recorded"),
                () -> episodeForm(id, episodeId, model, "care/return-form"));
    }

    @GetMapping("/children/{id}/missing/{episodeId}/interview")
    String interviewForm(@PathVariable long id, @PathVariable long episodeId, @ModelAttribute("form") InterviewForm form, Model model) {
        return episodeForm(id, episodeId, model, "care/interview-form");
    }

    @PostMapping("/children/{id}/missing/{episodeId}/interview")
    String recordInterview(@PathVariable long id, @PathVariable long episodeId, @ModelAttribute("form") InterviewForm form, BindingResult binding,
                           Model model, RedirectAttributes redirect) {
        return FormPost.save(binding, () -> missing.recordInterview(id, episodeId, form),
                () -> savedToTab(redirect, id, TAB, "Return home interview recorded"),
                () -> episodeForm(id, episodeId, model, "care/interview-form"));
    }

    private String periodForm(long id, long periodId, Model model, String template) {
        model.addAttribute("period", care.period(id, periodId));
        return form(id, model, template);
    }

    private String episodeForm(long id, long episodeId, Model model, String template) {
        model.addAttribute("episode", missing.episode(id, episodeId));
        return form(id, model, template);
    }

    private String form(long id, Model model, String template) {
        header.addTo(model, id, TAB);
        model.addAttribute("legalStatuses", Coded.codedOptions(LegalStatus.class));
        // Only the placement types the SSDA903 has today: H5, P2 and Z1 went in April 2025 (a placement recorded with one keeps it).
        model.addAttribute("places", PlacementType.optionsOn(LocalDate.ofInstant(missing.now(), org.opencsc.platform.ClockZone.UK)));
        model.addAttribute("providers", Coded.codedOptions(PlacementProvider.class));
        model.addAttribute("changeReasons", Coded.codedOptions(PlacementChangeReason.class));
        model.addAttribute("reasonsCeased", Coded.codedOptions(ReasonCeased.class));
        model.addAttribute("participation", Coded.codedOptions(ReviewParticipation.class));
        model.addAttribute("permanencePlans", Coded.options(PermanencePlan.class));
        model.addAttribute("missingKinds", Coded.options(MissingKind.class));
        model.addAttribute("yesNo", Coded.YES_NO);
        model.addAttribute("households", households.available());
        return template;
    }
}
