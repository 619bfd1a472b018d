package org.opencsc.carers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.care.CareService;
import org.opencsc.care.CarerHouseholds;
import org.opencsc.care.PlacedChild;
import org.opencsc.carers.CarersForms.DecisionForm;
import org.opencsc.carers.CarersForms.ExtensionForm;
import org.opencsc.carers.CarersForms.HouseholdForm;
import org.opencsc.carers.CarersForms.ReviewForm;
import org.opencsc.child.ChildRecordService;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.AuditSubject;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fostering households: foster carers approved on terms and reviewed at least yearly; connected
 * persons approved temporarily for 16 weeks, extended at most once by up to 8 weeks, then approved
 * in full or refused. Every step is checked before anything is written and the refusal names the
 * field and the dates; each save is one transaction with its audit entry.
 */
@Service
public class CarersService implements CarerHouseholds {

    private final CarersRepository repository;
    private final CareService care;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    CarersService(CarersRepository repository, @org.springframework.context.annotation.Lazy CareService care, ChildRecordService records,
                  AuditLog audit, Clock clock) {
        this.repository = repository;
        this.care = care;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** A child living with a household, as the signed-in user may see them. */
    public record ChildPlaced(long personId, String name, LocalDate since, String place) {
    }

    /** A household with the children it cares for now and the places it has left. */
    public record HouseholdView(Household household, int placed, int vacancies, List<ChildPlaced> children, int hidden) {
    }

    /** What the fostering team must act on. */
    public record WorkList(List<HouseholdView> reviewsDue, List<HouseholdView> temporaryApprovals, List<HouseholdView> vacancies,
                           List<HouseholdView> households) {
    }

    @Transactional(readOnly = true)
    public WorkList workList() {
        var today = today();
        var households = repository.households();
        var placed = care.placedWith(households.stream().map(Household::id).toList());
        var views = households.stream().map(h -> view(h, placed, false)).toList();
        var reviews = views.stream().filter(v -> v.household().reviewStanding(today) != ReviewSchedule.Standing.NOT_DUE)
                .sorted(java.util.Comparator.comparing(v -> v.household().nextReviewDue())).toList();
        var temporary = views.stream().filter(v -> v.household().status() == HouseholdStatus.TEMPORARY && v.household().temporaryApproval() != null
                        && v.household().temporaryApproval().standing(today) != ApprovalTimeline.Standing.IN_FORCE)
                .sorted(java.util.Comparator.comparing(v -> v.household().temporaryApproval().endsOn())).toList();
        var vacancies = views.stream().filter(v -> v.household().status().mayCare() && v.vacancies() > 0).toList();
        return new WorkList(reviews, temporary, vacancies, views);
    }

    @Transactional(readOnly = true)
    public HouseholdView household(long id) {
        var household = find(id);
        return view(household, care.placedWith(List.of(id)), true);
    }

    private HouseholdView view(Household household, List<PlacedChild> allPlaced, boolean withNames) {
        var here = allPlaced.stream().filter(p -> p.householdId() == household.id()).toList();
        var children = new ArrayList<ChildPlaced>();
        var hidden = 0;
        if (withNames && !here.isEmpty()) {
            var visible = records.visibleAmong(here.stream().map(PlacedChild::personId).toList());
            for (var child : here) {
                if (visible.contains(child.personId())) {
                    children.add(new ChildPlaced(child.personId(), records.visible(child.personId()).fullName(), child.since(), child.place()));
                } else {
                    hidden++;
                }
            }
        }
        var vacancies = household.status().mayCare() ? Math.max(0, household.capacity() - here.size()) : 0;
        return new HouseholdView(household, here.size(), vacancies, children, hidden);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> available() {
        var options = new LinkedHashMap<Long, String>();
        for (var household : repository.households()) {
            if (household.status().mayCare()) {
                options.put(household.id(), household.name() + ": " + household.legalBasis());
            }
        }
        return options;
    }

    @Override
    @Transactional(readOnly = true)
    public String placementProblem(long householdId, LocalDate start, boolean temporaryApproval) {
        var household = repository.household(householdId).orElse(null);
        if (household == null || !household.status().mayCare()) {
            return "Fostering household must be one of the approved households listed";
        }
        var approval = household.temporaryApproval();
        if (household.status() == HouseholdStatus.TEMPORARY && approval != null) {
            if (start.isBefore(approval.start()) || start.isAfter(approval.endsOn())) {
                return household.name() + " is temporarily approved from " + FieldProblems.spoken(approval.start()) + " to "
                        + FieldProblems.spoken(approval.endsOn()) + ": a placement starting on " + FieldProblems.spoken(start) + " is outside it";
            }
            if (!temporaryApproval) {
                return household.name() + " is a connected person with temporary approval: answer yes to the temporary approval question";
            }
        }
        return null;
    }

    @Override
    @Transactional(readOnly = true)
    public String legalBasis(long householdId) {
        return repository.household(householdId).map(h -> h.name() + ": " + h.legalBasis()).orElse(null);
    }

    /** Foster carers approved by the agency decision maker on a day, on terms. */
    @Transactional
    public long approveFosterCarers(HouseholdForm form) {
        var problems = new FieldProblems();
        var details = details(problems, form, "Date of approval");
        problems.throwIfAny();
        var id = repository.insertHousehold(details.name, details.address, details.postcode, CarerKind.FOSTER, HouseholdStatus.APPROVED, details.date,
                details.ageFrom, details.ageTo, details.capacity, details.terms, CurrentUser.username());
        audit.record(AuditAction.CREATE, null, "Foster carers approved on " + details.date + ": household " + id, AuditSubject.household(id));
        return id;
    }

    /** A connected person approved temporarily (regulation 24) from a day: the approval expires 16 weeks on. */
    @Transactional
    public long approveTemporarily(HouseholdForm form) {
        var problems = new FieldProblems();
        var details = details(problems, form, "Date the temporary approval started");
        problems.throwIfAny();
        var id = repository.insertHousehold(details.name, details.address, details.postcode, CarerKind.CONNECTED_PERSON, HouseholdStatus.TEMPORARY,
                null, details.ageFrom, details.ageTo, details.capacity, details.terms, CurrentUser.username());
        repository.insertTemporaryApproval(id, details.date, CurrentUser.username());
        audit.record(AuditAction.CREATE, null, "Connected person temporarily approved from " + details.date + " until "
                + ApprovalTimeline.expiry(details.date) + ": household " + id, AuditSubject.household(id));
        return id;
    }

    private record Details(String name, String address, String postcode, LocalDate date, int ageFrom, int ageTo, int capacity, String terms) {
    }

    private Details details(FieldProblems problems, HouseholdForm form, String dateLabel) {
        var name = problems.text("name", "Household name", form.name(), 200, true);
        var address = problems.text("address", "Address", form.address(), 300, true);
        var postcode = problems.postcode("postcode", "Postcode", form.postcode(), false);
        var date = problems.date("approvalDate", dateLabel, form.approvalDate(), true);
        problems.notInFuture("approvalDate", dateLabel, date, today());
        var ageFrom = number(problems, "ageFrom", "Youngest age", form.ageFrom(), 0, 17);
        var ageTo = number(problems, "ageTo", "Oldest age", form.ageTo(), 0, 17);
        if (ageFrom != null && ageTo != null) {
            problems.check(ageFrom <= ageTo, "ageTo", "Oldest age (" + ageTo + ") must not be below the youngest age (" + ageFrom + ")");
        }
        var capacity = number(problems, "capacity", "Number of children", form.capacity(), 1, 6);
        var terms = problems.text("terms", "Other terms of approval", form.terms(), 1000, false);
        return problems.isEmpty() ? new Details(name, address, postcode, date, ageFrom, ageTo, capacity, terms) : null;
    }

    private static Integer number(FieldProblems problems, String field, String label, String value, int min, int max) {
        var text = problems.text(field, label, value, 3, true);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            problems.check(false, field, label + " must be a whole number from " + min + " to " + max);
            return null;
        }
        return Integer.parseInt(text);
    }

    /** A review of an approved household's approval (late ones too: they are recorded as late). */
    @Transactional
    public long review(long householdId, ReviewForm form) {
        var household = find(householdId);
        var problems = new FieldProblems();
        problems.check(household.status() == HouseholdStatus.APPROVED, "reviewDate",
                "Only an approved household's approval is reviewed: this household is " + household.status().label().toLowerCase());
        var date = problems.date("reviewDate", "Date of the review", form.reviewDate(), true);
        problems.notInFuture("reviewDate", "Date of the review", date, today());
        problems.after("reviewDate", "Date of the review", date, "the approval", household.approvalDate());
        if (!household.reviews().isEmpty()) {
            problems.after("reviewDate", "Date of the review", date, "the last review", household.reviews().getLast().reviewDate());
        }
        var panel = problems.date("panelDate", "Date of the fostering panel", form.panelDate(), false);
        problems.notInFuture("panelDate", "Date of the fostering panel", panel, today());
        problems.notBefore("panelDate", "Date of the fostering panel", panel, "the review", date);
        var outcome = problems.choice("outcome", "Outcome of the review", form.outcome(), code -> Coded.fromCode(ReviewOutcome.class, code), true);
        var notes = problems.text("notes", "Summary of the review", form.notes(), 4000, false);
        problems.throwIfAny();
        touch(household);
        var id = repository.insertReview(householdId, date, panel, outcome, notes, CurrentUser.username());
        if (outcome == ReviewOutcome.ENDED) {
            repository.setStatus(householdId, HouseholdStatus.ENDED, null);
        }
        var due = household.nextReviewDue();
        audit.record(AuditAction.CREATE, null, "Review of household " + householdId + " held on " + date + " (due by " + due + ", "
                + (ReviewSchedule.onTime(due, date) ? "on time" : "late") + "): " + outcome.label(), AuditSubject.household(householdId));
        return id;
    }

    /**
     * The one extension of a connected person's temporary approval (regulation 25): asked for
     * before the approval expired, with the fostering panel's view and then the nominated
     * officer's decision, by at most 8 weeks from the expiry.
     */
    @Transactional
    public void extend(long householdId, ExtensionForm form) {
        var household = find(householdId);
        var approval = household.temporaryApproval();
        var problems = new FieldProblems();
        if (approval == null || household.status() != HouseholdStatus.TEMPORARY) {
            problems.add("requestedDate", "Only a connected person's temporary approval can be extended: this household is "
                    + household.status().label().toLowerCase());
            problems.throwIfAny();
        }
        var expiry = approval.expiresOn();
        if (approval.extensionDecided()) {
            problems.add("requestedDate", "The temporary approval can be extended only once: an extension was decided on "
                    + FieldProblems.spoken(approval.decisionDate())
                    + (approval.extendedTo() == null ? " (not agreed)" : " (to " + FieldProblems.spoken(approval.extendedTo()) + ")"));
        }
        var requested = problems.date("requestedDate", "Date the extension was asked for", form.requestedDate(), true);
        problems.notInFuture("requestedDate", "Date the extension was asked for", requested, today());
        problems.notBefore("requestedDate", "Date the extension was asked for", requested, "the start of the temporary approval", approval.start());
        if (requested != null) {
            problems.check(!requested.isAfter(expiry), "requestedDate", "Date the extension was asked for (" + FieldProblems.spoken(requested)
                    + ") must be on or before the temporary approval expired (" + FieldProblems.spoken(expiry) + ")");
        }
        var weeksText = problems.text("extensionWeeks", "Length of the extension in weeks", form.extensionWeeks(), 3, true);
        Integer weeks = null;
        if (weeksText != null) {
            if (!weeksText.matches("\\d{1,3}") || Integer.parseInt(weeksText) < 1) {
                problems.check(false, "extensionWeeks", "Length of the extension must be a whole number of weeks, from 1 to "
                        + ApprovalTimeline.MAX_EXTENSION_WEEKS);
            } else {
                weeks = Integer.parseInt(weeksText);
                problems.check(weeks <= ApprovalTimeline.MAX_EXTENSION_WEEKS, "extensionWeeks", "An extension of " + weeks + " weeks (to "
                        + FieldProblems.spoken(expiry.plusWeeks(weeks)) + ") is longer than allowed: at most " + ApprovalTimeline.MAX_EXTENSION_WEEKS
                        + " weeks from the expiry on " + FieldProblems.spoken(expiry) + ", to " + FieldProblems.spoken(ApprovalTimeline.latestExtension(approval.start())));
            }
        }
        var panelDate = problems.date("panelViewDate", "Date of the fostering panel’s view", form.panelViewDate(), true);
        problems.notInFuture("panelViewDate", "Date of the fostering panel’s view", panelDate, today());
        problems.notBefore("panelViewDate", "Date of the fostering panel’s view", panelDate, "the date the extension was asked for", requested);
        var panelView = problems.text("panelView", "The fostering panel’s view", form.panelView(), 2000, true);
        var decision = problems.date("decisionDate", "Date of the nominated officer’s decision", form.decisionDate(), true);
        problems.notInFuture("decisionDate", "Date of the nominated officer’s decision", decision, today());
        problems.notBefore("decisionDate", "Date of the nominated officer’s decision", decision, "the fostering panel’s view", panelDate);
        if (decision != null) {
            problems.check(!decision.isAfter(expiry), "decisionDate", "Date of the nominated officer’s decision (" + FieldProblems.spoken(decision)
                    + ") must be on or before the temporary approval expired (" + FieldProblems.spoken(expiry) + ")");
        }
        var decidedBy = problems.text("decidedBy", "Nominated officer", form.decidedBy(), 120, true);
        var agreed = problems.yesNo("agreed", "Select whether the nominated officer agreed the extension", form.agreed());
        problems.throwIfAny();
        var extendedTo = agreed ? expiry.plusWeeks(weeks) : null;
        touch(household);
        repository.recordExtension(householdId, requested, panelDate, panelView, decision, decidedBy, agreed, extendedTo);
        audit.record(AuditAction.UPDATE, null, "Temporary approval of household " + householdId + ": extension of " + weeks + " weeks "
                + (agreed ? "agreed on " + decision + ", now until " + extendedTo : "not agreed on " + decision), AuditSubject.household(householdId));
    }

    /** The connected person is approved as a foster carer in full, or refused: the temporary approval ends. */
    @Transactional
    public void decide(long householdId, DecisionForm form) {
        var household = find(householdId);
        var approval = household.temporaryApproval();
        var problems = new FieldProblems();
        if (approval == null || household.status() != HouseholdStatus.TEMPORARY) {
            problems.add("decisionDate", "Only a connected person with temporary approval can be approved or refused: this household is "
                    + household.status().label().toLowerCase());
            problems.throwIfAny();
        }
        var date = problems.date("decisionDate", "Date of the decision", form.decisionDate(), true);
        problems.notInFuture("decisionDate", "Date of the decision", date, today());
        problems.after("decisionDate", "Date of the decision", date, "the start of the temporary approval", approval.start());
        var outcome = problems.choice("outcome", "Decision", form.outcome(), code -> Coded.fromCode(ApprovalOutcome.class, code), true);
        problems.throwIfAny();
        touch(household);
        repository.recordOutcome(householdId, outcome, date);
        repository.setStatus(householdId, outcome == ApprovalOutcome.APPROVED ? HouseholdStatus.APPROVED : HouseholdStatus.REFUSED,
                outcome == ApprovalOutcome.APPROVED ? date : null);
        audit.record(AuditAction.UPDATE, null, "Connected person household " + householdId + ": " + outcome.label().toLowerCase() + " on " + date
                + (date.isAfter(approval.endsOn()) ? " (after the temporary approval expired on " + approval.endsOn() + ")" : ""), AuditSubject.household(householdId));
    }

    private Household find(long id) {
        return repository.household(id).orElseThrow(() -> new NotFoundException("Fostering household " + id));
    }

    private void touch(Household household) {
        if (!repository.touch(household.id(), household.version())) {
            throw new RecordChangedException("The fostering household");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
