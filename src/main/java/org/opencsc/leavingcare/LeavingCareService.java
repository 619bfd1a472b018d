package org.opencsc.leavingcare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CareService;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.child.Person;
import org.opencsc.leavingcare.LeavingCareForms.AdviserForm;
import org.opencsc.leavingcare.LeavingCareForms.BirthdayContactForm;
import org.opencsc.leavingcare.LeavingCareForms.EndSupportForm;
import org.opencsc.leavingcare.LeavingCareForms.PathwayPlanForm;
import org.opencsc.leavingcare.LeavingCareForms.StartSupportForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaving care: the young person's category (derived from their periods of care), the support
 * they get with its personal advisers, pathway plans reviewed at least every six months, and the
 * contact around each birthday from 17 to 25 that the SSDA903 reports (in touch, activity,
 * accommodation).
 */
@Service
public class LeavingCareService {

    static final String SUPPORT = "care_leaver_support";

    private final LeavingCareRepository repository;
    private final CareService care;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    LeavingCareService(LeavingCareRepository repository, CareService care, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.care = care;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** The young person's leaving care (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public LeavingCare leavingCare(long personId) {
        return load(records.visible(personId));
    }

    /** The same for a reader who has not opened the record: the view is logged. */
    @Transactional
    public LeavingCare viewLeavingCare(long personId) {
        return load(records.view(personId, "Viewed leaving care"));
    }

    private LeavingCare load(Person person) {
        var periods = care.periods(person.id());
        var dob = person.dateOfBirth();
        var category = CareLeaverCategory.on(dob, periods, today());
        var firstEligible = dob == null ? null : CareLeaverCategory.firstEligibleDay(dob, periods);
        return new LeavingCare(category, firstEligible, repository.supports(person.id()), repository.pathwayPlans(person.id()),
                birthdays(person, periods, repository.contacts(person.id())));
    }

    /**
     * Each birthday from 17 to 25 whose contact window has opened and on which the young person
     * had left care as a relevant or former relevant care leaver (the SSDA903 OC3 asks about
     * them), and any other birthday whose contact was recorded.
     */
    private List<BirthdayContact> birthdays(Person person, List<CarePeriod> periods, java.util.Map<Integer, BirthdayContact.Recorded> recorded) {
        var birthdays = new ArrayList<BirthdayContact>();
        if (person.dateOfBirth() == null) {
            return birthdays;
        }
        for (int age = BirthdayContact.FIRST_AGE; age <= BirthdayContact.LAST_AGE; age++) {
            var contact = new BirthdayContact(age, person.dateOfBirth().plusYears(age), recorded.get(age));
            var category = CareLeaverCategory.on(person.dateOfBirth(), periods, contact.birthday());
            var reported = category == CareLeaverCategory.RELEVANT || category == CareLeaverCategory.FORMER_RELEVANT;
            if (contact.recorded() != null || (reported && !contact.windowOpens().isAfter(today()))) {
                birthdays.add(contact);
            }
        }
        return birthdays;
    }

    @Transactional
    public long startSupport(long personId, StartSupportForm form) {
        var person = records.visible(personId);
        var problems = new FieldProblems();
        var start = problems.date("startDate", "Date support started", form.startDate(), true);
        problems.notInFuture("startDate", "Date support started", start, today());
        var adviser = problems.text("adviser", "Personal adviser", form.adviser(), 120, true);
        var supports = repository.supports(personId);
        supports.stream().filter(CareLeaverSupport::open).findFirst().ifPresent(open -> problems.add("startDate",
                "Leaving care support has been open since " + FieldProblems.spoken(open.startDate())));
        supports.stream().filter(s -> !s.open()).forEach(s -> problems.after("startDate", "Date support started", start, "the end of the support that ended", s.endDate()));
        if (start != null && !problems.has("startDate")) {
            var category = CareLeaverCategory.on(person.dateOfBirth(), care.periods(personId), start);
            problems.check(category.careLeaver(), "startDate", person.fullName() + " was not a care leaver on " + FieldProblems.spoken(start)
                    + ": leaving care support is for young people looked after for at least 13 weeks since turning 14, or looked after after 16");
        }
        problems.throwIfAny();
        var username = CurrentUser.username();
        var id = repository.insertSupport(personId, start, username);
        repository.insertAdviser(id, adviser, start, username);
        records.recordMilestones(personId, SUPPORT, id, List.of(new Milestone(CaseEventKind.CARE_LEAVER_SUPPORT_STARTED, start)));
        audit.record(AuditAction.CREATE, personId, "Leaving care support started on " + start);
        return id;
    }

    @Transactional
    public void changeAdviser(long personId, AdviserForm form) {
        records.visible(personId);
        var support = openSupport(personId);
        var problems = new FieldProblems();
        var from = problems.date("fromDate", "Date the new adviser took over", form.fromDate(), true);
        problems.notInFuture("fromDate", "Date the new adviser took over", from, today());
        var adviser = problems.text("adviser", "Personal adviser", form.adviser(), 120, true);
        problems.check(support != null, "fromDate", "Start leaving care support first");
        if (support != null && !support.advisers().isEmpty()) {
            problems.after("fromDate", "Date the new adviser took over", from, "the day the current adviser took over", support.advisers().getLast().from());
        }
        problems.throwIfAny();
        repository.insertAdviser(support.id(), adviser, from, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Personal adviser changed on " + from);
    }

    @Transactional
    public void endSupport(long personId, EndSupportForm form) {
        records.visible(personId);
        var support = openSupport(personId);
        var problems = new FieldProblems();
        problems.check(support != null, "endDate", "There is no open leaving care support to end");
        var end = problems.date("endDate", "Date support ended", form.endDate(), true);
        problems.notInFuture("endDate", "Date support ended", end, today());
        if (support != null) {
            problems.notBefore("endDate", "Date support ended", end, "the start of support", support.startDate());
        }
        var reason = problems.choice("reason", "Reason support ended", form.reason(), code -> Coded.fromCode(SupportEndReason.class, code), true);
        problems.throwIfAny();
        if (!repository.endSupport(support.id(), end, reason, support.version())) {
            throw new RecordChangedException("Leaving care support");
        }
        records.recordMilestones(personId, SUPPORT, support.id(), List.of(new Milestone(CaseEventKind.CARE_LEAVER_SUPPORT_STARTED, support.startDate()),
                new Milestone(CaseEventKind.CARE_LEAVER_SUPPORT_ENDED, end)));
        audit.record(AuditAction.UPDATE, personId, "Leaving care support ended on " + end + ": " + reason.label());
    }

    @Transactional
    public long recordPathwayPlan(long personId, PathwayPlanForm form) {
        var person = records.visible(personId);
        var problems = new FieldProblems();
        var date = problems.date("planDate", "Date of the pathway plan", form.planDate(), true);
        problems.notInFuture("planDate", "Date of the pathway plan", date, today());
        if (date != null && !problems.has("planDate")) {
            var category = CareLeaverCategory.on(person.dateOfBirth(), care.periods(personId), date);
            problems.check(category.careLeaver() && category != CareLeaverCategory.QUALIFYING, "planDate", "A pathway plan is for an eligible, relevant"
                    + " or former relevant care leaver; on " + FieldProblems.spoken(date) + " " + person.fullName() + " was " + category.label().toLowerCase());
        }
        var summary = problems.text("summary", "What the plan says", form.summary(), 4000, true);
        problems.throwIfAny();
        var id = repository.insertPathwayPlan(personId, date, summary, CurrentUser.username());
        records.recordMilestones(personId, "pathway_plan", id, List.of(new Milestone(CaseEventKind.PATHWAY_PLAN, date)));
        audit.record(AuditAction.CREATE, personId, "Pathway plan of " + date + " recorded");
        return id;
    }

    @Transactional
    public long recordBirthdayContact(long personId, BirthdayContactForm form) {
        var person = records.visible(personId);
        var problems = new FieldProblems();
        Integer age = null;
        var typedAge = form.age() == null ? "" : form.age().strip();
        if (!typedAge.matches("\\d{2}") || Integer.parseInt(typedAge) < BirthdayContact.FIRST_AGE || Integer.parseInt(typedAge) > BirthdayContact.LAST_AGE) {
            problems.add("age", "Select the birthday, from 17 to 25");
        } else {
            age = Integer.parseInt(typedAge);
        }
        var date = problems.date("contactDate", "Date of the contact", form.contactDate(), true);
        problems.notInFuture("contactDate", "Date of the contact", date, today());
        var inTouch = problems.choice("inTouch", "In touch", form.inTouch(), code -> Coded.fromCode(InTouch.class, code), true);
        var activity = problems.choice("activity", "Activity", form.activity(), code -> Coded.fromCode(CareLeaverActivity.class, code), true);
        var accommodation = problems.choice("accommodation", "Accommodation", form.accommodation(),
                code -> Coded.fromCode(CareLeaverAccommodation.class, code), true);
        if (inTouch != null && activity != null) {
            problems.check(inTouch.inTouch() == (activity != CareLeaverActivity.NOT_KNOWN), "activity", inTouch.inTouch()
                    ? "The young person is in touch: choose what they are doing" : "The young person is not in touch: the activity is 0 (not known)");
        }
        if (inTouch != null && accommodation != null) {
            problems.check(inTouch.inTouch() == (accommodation != CareLeaverAccommodation.NOT_KNOWN), "accommodation", inTouch.inTouch()
                    ? "The young person is in touch: choose where they live" : "The young person is not in touch: the accommodation is 0 (not known)");
        }
        if (age != null && person.dateOfBirth() != null) {
            var birthday = new BirthdayContact(age, person.dateOfBirth().plusYears(age), null);
            if (date != null) {
                problems.check(birthday.inWindow(date), "contactDate", "The contact for the " + age + "th birthday (" + FieldProblems.spoken(birthday.birthday())
                        + ") counts from " + FieldProblems.spoken(birthday.windowOpens()) + " to " + FieldProblems.spoken(birthday.windowCloses()));
            }
            problems.check(!repository.contacts(personId).containsKey(age), "age", "The contact for the " + age + "th birthday is already recorded");
        }
        problems.throwIfAny();
        var id = repository.insertContact(personId, age, date, inTouch, activity, accommodation, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Birthday contact (" + age + ") recorded: " + inTouch.code() + ", " + activity.code() + ", " + accommodation.code());
        return id;
    }

    private CareLeaverSupport openSupport(long personId) {
        return repository.supports(personId).stream().filter(CareLeaverSupport::open).findFirst().orElse(null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
