package org.opencsc.permanence;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.opencsc.platform.FieldProblems.spoken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.care.CarePeriod;
import org.opencsc.care.CareForms.MoveForm;
import org.opencsc.care.CareService;
import org.opencsc.care.ReasonCeased;
import org.opencsc.child.CaseloadEntry;
import org.opencsc.child.ChildRecordService;
import org.opencsc.permanence.PermanenceForms.AdoptionOrderForm;
import org.opencsc.permanence.PermanenceForms.AuthorityForm;
import org.opencsc.permanence.PermanenceForms.DecisionForm;
import org.opencsc.permanence.PermanenceForms.MatchForm;
import org.opencsc.permanence.PermanenceForms.NoLongerPlacedForm;
import org.opencsc.permanence.PermanenceForms.PlacedForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.InvalidInputException;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.AuditSubject;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's adoption, step by step, each step checked against the ones before it and against the
 * child's care: the decision is made for a looked-after child, the match needs the authority to
 * place, the move to the adopters is a move on the care record whose SSDA903 placement type follows
 * from the authority and the match, and the adoption order ends the child's care (E11 or E12).
 */
@Service
public class AdoptionService {

    private final PermanenceRepository repository;
    private final ChildRecordService records;
    private final CareService care;
    private final AdoptiveFamilies families;
    private final AuditLog audit;
    private final Clock clock;

    AdoptionService(PermanenceRepository repository, ChildRecordService records, CareService care, AdoptiveFamilies families, AuditLog audit,
                    Clock clock) {
        this.repository = repository;
        this.records = records;
        this.care = care;
        this.families = families;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child's adoptions, oldest first (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public List<AdoptionPlan> plansOf(long personId) {
        records.visible(personId);
        return repository.plansOf(personId);
    }

    /** The same for a reader who has not opened the record: the view is logged. */
    @Transactional
    public List<AdoptionPlan> viewPlans(long personId) {
        records.view(personId, "Viewed the adoption record");
        return repository.plansOf(personId);
    }

    @Transactional(readOnly = true)
    public AdoptionPlan plan(long personId, long planId) {
        records.visible(personId);
        return find(personId, planId);
    }

    /** The scorecard measures of one of the child's adoptions, from the adoption and the child's care. */
    @Transactional(readOnly = true)
    public AdoptionMeasures measures(AdoptionPlan plan) {
        return AdoptionMeasures.of(plan, care.periods(plan.personId()));
    }

    /** The scorecard measures of each of the child's adoptions, by adoption, from one reading of the child's care. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, AdoptionMeasures> measuresOf(long personId, List<AdoptionPlan> plans) {
        var periods = care.periods(personId);
        return plans.stream().collect(java.util.stream.Collectors.toMap(AdoptionPlan::id, plan -> AdoptionMeasures.of(plan, periods)));
    }

    @Transactional
    public long decide(long personId, DecisionForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var date = problems.date("decisionDate", "Date of the decision", form.decisionDate(), true);
        problems.notInFuture("decisionDate", "Date of the decision", date, today());
        if (date != null && !problems.has("decisionDate")) {
            problems.check(lookedAfterOn(care.periods(personId), date), "decisionDate",
                    "The child was not looked after on " + spoken(date) + ": record the period of care on the Care tab first");
        }
        repository.plansOf(personId).stream().filter(AdoptionPlan::inProgress).findFirst().ifPresent(open -> problems.add("decisionDate",
                "An adoption is already in progress for this child (decision of " + spoken(open.decisionDate()) + ")"));
        problems.throwIfAny();
        var id = repository.insertPlan(personId, date, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Decision that the child should be placed for adoption, " + date);
        return id;
    }

    /** A decision that the child should be placed for adoption and, if it was reversed, when and why, as a previous system recorded them. */
    public record PastDecision(LocalDate decided, LocalDate ceased, NoLongerPlacedReason reason) {
    }

    /**
     * Decisions brought in from the council's previous system, where no one is signed in, checked
     * as {@link #decide} and {@link #stop} check them: each made while the child was looked after
     * and not in the future, one in progress at a time (an earlier one reversed before the next is
     * made), a reversal not before its decision and with its reason. All or none are recorded.
     */
    @Transactional
    public void recordPast(long personId, List<PastDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        var periods = care.periodsForFigures(List.of(personId)).getOrDefault(personId, List.of());
        var problems = new FieldProblems();
        repository.plansOf(personId).stream().filter(AdoptionPlan::inProgress).findFirst().ifPresent(open -> problems.add("decisions",
                "An adoption is already in progress for this child (decision of " + spoken(open.decisionDate()) + ")"));
        var ordered = decisions.stream().sorted(java.util.Comparator.comparing(PastDecision::decided)).toList();
        PastDecision before = null;
        for (var decision : ordered) {
            var label = "The decision of " + spoken(decision.decided()) + " that the child should be placed for adoption";
            problems.notInFuture("decisions", label, decision.decided(), today());
            problems.check(lookedAfterOn(periods, decision.decided()), "decisions", label + " was made when the child was not looked after");
            if (before != null) {
                problems.check(before.ceased() != null && !decision.decided().isBefore(before.ceased()), "decisions",
                        label + " was made while the decision of " + spoken(before.decided()) + " was in progress");
            }
            problems.check((decision.ceased() == null) == (decision.reason() == null), "decisions",
                    label + ": a decision that the child should no longer be placed for adoption needs its date and its reason");
            problems.notBefore("decisions", "The decision that the child should no longer be placed for adoption", decision.ceased(), label,
                    decision.decided());
            problems.notInFuture("decisions", "The decision that the child should no longer be placed for adoption", decision.ceased(), today());
            before = decision;
        }
        problems.throwIfAny();
        for (var decision : ordered) {
            var id = repository.insertPlan(personId, decision.decided(), CurrentUser.username());
            if (decision.ceased() != null) {
                save(find(personId, id).withCeased(decision.ceased(), decision.reason()));
            }
        }
        audit.record(AuditAction.CREATE, personId, ordered.size() + " decisions that the child should be placed for adoption brought in from the previous system");
    }

    @Transactional
    public void authorise(long personId, long planId, AuthorityForm form) {
        records.visible(personId);
        var plan = find(personId, planId);
        var problems = new FieldProblems();
        inProgress(plan, problems, "authorityToPlace");
        problems.check(plan.authorityDate() == null, "authorityToPlace",
                "The authority to place was recorded on " + (plan.authorityDate() == null ? "" : spoken(plan.authorityDate())));
        var kind = problems.choice("authorityToPlace", "What gives the authority to place", form.authorityToPlace(),
                code -> Coded.fromCode(AuthorityToPlace.class, code), true);
        var date = problems.date("authorityDate", "Date of the authority to place", form.authorityDate(), true);
        problems.notInFuture("authorityDate", "Date of the authority to place", date, today());
        problems.notBefore("authorityDate", "Date of the authority to place", date, "the decision that the child should be placed for adoption",
                plan.decisionDate());
        problems.throwIfAny();
        save(plan.withAuthority(kind, date));
        audit.record(AuditAction.UPDATE, personId, "Authority to place for adoption: " + kind.label() + ", " + date);
    }

    @Transactional
    public void match(long personId, long planId, MatchForm form) {
        records.visible(personId);
        var plan = find(personId, planId);
        var problems = new FieldProblems();
        inProgress(plan, problems, "matchDate");
        problems.check(plan.authorityDate() != null, "matchDate", "Record the authority to place (a placement order or consent) before the match");
        problems.check(plan.matchDate() == null, "matchDate", "The child was matched on " + (plan.matchDate() == null ? "" : spoken(plan.matchDate())));
        var date = problems.date("matchDate", "Date of the match", form.matchDate(), true);
        problems.notInFuture("matchDate", "Date of the match", date, today());
        problems.notBefore("matchDate", "Date of the match", date, "the authority to place", plan.authorityDate());
        var familyId = problems.choice("family", "Adoptive family", form.family(), code -> parseId(code), true);
        if (familyId != null) {
            problems.check(families.awaitingMatch().containsKey(familyId), "family", "Adoptive family must be one of the approved families listed");
            if (date != null && !problems.has("family")) {
                var problem = families.matchProblem(familyId, date);
                problems.check(problem == null, "family", problem);
            }
        }
        var fosterCarers = problems.yesNo("fosterCarers", "Select whether the adopters are the child's foster carers", form.fosterCarers());
        if (Boolean.TRUE.equals(fosterCarers)) {
            var current = care.currentPlacement(personId);
            problems.check(current != null && current.place().startsWith("U"), "fosterCarers",
                    "The child's current placement" + (current == null ? "" : " (" + current.place() + ")")
                            + " is not a foster placement: adopters who are the child's foster carers care for the child in one (U1 to U6)");
        }
        problems.throwIfAny();
        var name = families.name(familyId);
        save(plan.withMatch(date, familyId, name, fosterCarers));
        families.matched(familyId, personId, date);
        audit.record(AuditAction.UPDATE, personId, "Matched with adopters on " + date, AuditSubject.adoptiveFamily(familyId));
    }

    /** The child moves in with the adopters: a move on the care record, as the SSDA903 codes it (A3 to A6). */
    @Transactional
    public void place(long personId, long planId, PlacedForm form) {
        records.visible(personId);
        var plan = find(personId, planId);
        var problems = new FieldProblems();
        inProgress(plan, problems, "moveDate");
        problems.check(plan.matchDate() != null, "moveDate", "Record the match before the child moves in with the adopters");
        problems.check(plan.placedDate() == null, "moveDate",
                "The child moved in with the adopters on " + (plan.placedDate() == null ? "" : spoken(plan.placedDate())));
        var date = problems.date("moveDate", "Date the child moved in with the adopters", form.moveDate(), true);
        problems.notBefore("moveDate", "Date the child moved in with the adopters", date, "the match", plan.matchDate());
        var periods = care.periods(personId);
        var open = periods.stream().filter(CarePeriod::open).findFirst().orElse(null);
        problems.check(open != null, "moveDate", "The child is not looked after: a child is placed for adoption from care");
        var placement = plan.matchDate() == null ? null : plan.adoptivePlacement();
        if (open != null && date != null && placement != null && placement.needsPlacementOrder() && !problems.has("moveDate")) {
            var status = open.legalStatusOn(date);
            problems.check("E1".equals(status) || "D1".equals(status), "moveDate", "The child's legal status on " + spoken(date) + " is " + status
                    + ": record the placement order (legal status E1) on the Care tab before the child is placed under it");
        }
        problems.throwIfAny();
        var current = open.currentPlacement().orElseThrow();
        var withFosterCarers = Boolean.TRUE.equals(plan.fosterCarerAdoption());
        var move = new MoveForm(form.moveDate(), form.endReason(), placement.code(), form.provider(),
                withFosterCarers ? current.carer() : plan.adoptiveFamily(), form.postcode(), null, form.distanceMiles(), "false",
                withFosterCarers && current.carerHouseholdId() != null ? current.carerHouseholdId().toString() : null);
        try {
            care.move(personId, open.id(), move);
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(onThisForm(refused.problems()));
        }
        save(plan.withPlaced(date));
        if (plan.adoptiveFamilyId() != null) {
            families.childPlaced(plan.adoptiveFamilyId(), personId, date);
        }
        audit.record(AuditAction.UPDATE, personId, "Placed for adoption (" + placement.code() + ") on " + date,
                plan.adoptiveFamilyId() == null ? null : AuditSubject.adoptiveFamily(plan.adoptiveFamilyId()));
    }

    /** The adoption order: the child's care ends the same day, E11 or E12 by whether the court dispensed with the parents' consent. */
    @Transactional
    public void order(long personId, long planId, AdoptionOrderForm form) {
        records.visible(personId);
        var plan = find(personId, planId);
        var problems = new FieldProblems();
        inProgress(plan, problems, "orderDate");
        problems.check(plan.placedDate() != null, "orderDate", "Record the child's move to the adopters before the adoption order");
        var date = problems.date("orderDate", "Date of the adoption order", form.orderDate(), true);
        problems.notBefore("orderDate", "Date of the adoption order", date, "the child's move to the adopters", plan.placedDate());
        var dispensed = problems.yesNo("consentDispensed", "Select whether the court dispensed with the parents' consent", form.consentDispensed());
        CareService.Ending ending = null;
        if (plan.placedDate() != null && dispensed != null) {
            var current = care.currentPlacement(personId);
            problems.check(current != null && current.place().startsWith("A"), "orderDate", "The child's current placement"
                    + (current == null ? "" : " (" + current.place() + ")") + " is not a placement for adoption: record the move on the Care tab");
            ending = care.checkEnding(personId, date, dispensed ? ReasonCeased.E12 : ReasonCeased.E11, problems, "orderDate");
        }
        problems.throwIfAny();
        save(plan.withOrder(date, dispensed));
        care.cease(ending);
        if (plan.adoptiveFamilyId() != null) {
            families.adoptionOrderMade(plan.adoptiveFamilyId(), personId, date);
        }
        audit.record(AuditAction.UPDATE, personId, "Adoption order made on " + date);
    }

    /** The decision that the child should no longer be placed for adoption; a match made ends with it. */
    @Transactional
    public void stop(long personId, long planId, NoLongerPlacedForm form) {
        records.visible(personId);
        var plan = find(personId, planId);
        var problems = new FieldProblems();
        inProgress(plan, problems, "ceasedDate");
        var date = problems.date("ceasedDate", "Date of the decision", form.ceasedDate(), true);
        problems.notInFuture("ceasedDate", "Date of the decision", date, today());
        problems.notBefore("ceasedDate", "Date of the decision", date, "the decision that the child should be placed for adoption", plan.decisionDate());
        problems.notBefore("ceasedDate", "Date of the decision", date, "the match", plan.matchDate());
        var reason = problems.choice("reason", "Reason the child should no longer be placed for adoption", form.reason(),
                code -> Coded.fromCode(NoLongerPlacedReason.class, code), true);
        problems.throwIfAny();
        save(plan.withCeased(date, reason));
        if (plan.adoptiveFamilyId() != null && plan.matchDate() != null) {
            families.matchEnded(plan.adoptiveFamilyId(), personId, date);
        }
        audit.record(AuditAction.UPDATE, personId, "Decision that the child should no longer be placed for adoption, " + date + " (" + reason.code() + ")");
    }

    /**
     * The adoption team's list: every adoption in progress that the reader may see, longest
     * waiting first, with days in care and days waiting for a match counted to today.
     */
    @Transactional(readOnly = true)
    public List<AdoptionWorkItem> inProgress() {
        var plans = repository.inProgress();
        var ids = plans.stream().map(AdoptionPlan::personId).toList();
        var children = records.caseloadOf(ids).stream().collect(java.util.stream.Collectors.toMap(CaseloadEntry::personId, c -> c, (a, b) -> a));
        var periods = care.periodsForFigures(children.keySet());
        var today = today();
        return plans.stream().filter(plan -> children.containsKey(plan.personId())).map(plan -> {
            var measures = AdoptionMeasures.of(plan, periods.getOrDefault(plan.personId(), List.of()));
            return new AdoptionWorkItem(children.get(plan.personId()), plan, measures,
                    measures.enteredCare() == null ? null : DAYS.between(measures.enteredCare(), today),
                    plan.authorityDate() != null && plan.matchDate() == null ? DAYS.between(plan.authorityDate(), today) : null);
        }).toList();
    }

    /** The authority's scorecard over the three years to a day (every child adopted counts, restricted or not: no child is named). */
    @Transactional(readOnly = true)
    public AdoptionScorecard scorecard(LocalDate to) {
        var from = to.minusYears(3).plusDays(1);
        var adopted = repository.adoptedBetween(from, to);
        var periods = care.periodsForFigures(adopted.stream().map(AdoptionPlan::personId).toList());
        return AdoptionScorecard.of(from, to, adopted.stream().map(plan -> AdoptionMeasures.of(plan, periods.getOrDefault(plan.personId(), List.of())))
                .toList());
    }

    /** The approved families a child may be matched with. */
    public java.util.Map<Long, String> familiesAwaitingMatch() {
        return families.awaitingMatch();
    }

    static boolean lookedAfterOn(List<CarePeriod> periods, LocalDate day) {
        return periods.stream().anyMatch(p -> !p.startDate().isAfter(day) && (p.endDate() == null || p.endDate().isAfter(day)));
    }

    /** The care record's problems with the move, put on this form's fields: what it derives itself (place, carer) goes on the date. */
    private static FieldProblems onThisForm(FieldProblems moveProblems) {
        var fields = java.util.Set.of("moveDate", "endReason", "provider", "postcode", "distanceMiles");
        var problems = new FieldProblems();
        moveProblems.all().forEach(p -> problems.add(fields.contains(p.field()) ? p.field() : "moveDate", p.message()));
        return problems;
    }

    private static java.util.Optional<Long> parseId(String code) {
        try {
            return java.util.Optional.of(Long.valueOf(code.strip()));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    private static void inProgress(AdoptionPlan plan, FieldProblems problems, String field) {
        problems.check(plan.inProgress(), field, plan.orderDate() != null ? "The child was adopted on " + spoken(plan.orderDate())
                : "The decision that the child should no longer be placed for adoption was made on "
                + (plan.ceasedDate() == null ? "" : spoken(plan.ceasedDate())));
    }

    private void save(AdoptionPlan plan) {
        if (!repository.update(plan)) {
            throw new RecordChangedException("The adoption record");
        }
    }

    private AdoptionPlan find(long personId, long planId) {
        return repository.find(personId, planId).orElseThrow(() -> new NotFoundException("Adoption " + planId));
    }

}
