package org.opencsc.permanence;

import java.util.List;
import org.opencsc.care.CareService;
import org.opencsc.care.ReasonCeased;
import org.opencsc.child.ChildRecordService;
import org.opencsc.permanence.PermanenceForms.OrderForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special guardianship and child arrangements orders that end a child's care. The reason the
 * period of care ends is not chosen but follows from the order and from who the carers are, and
 * what is said of them is checked against the child's placement.
 */
@Service
public class PermanenceOrderService {

    private final PermanenceRepository repository;
    private final ChildRecordService records;
    private final CareService care;
    private final AuditLog audit;

    PermanenceOrderService(PermanenceRepository repository, ChildRecordService records, CareService care, AuditLog audit) {
        this.repository = repository;
        this.records = records;
        this.care = care;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PermanenceOrder> ordersOf(long personId) {
        records.visible(personId);
        return repository.ordersOf(personId);
    }

    @Transactional
    public long record(long personId, OrderForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "Order", form.kind(), code -> Coded.fromCode(PermanenceOrderKind.class, code), true);
        var date = problems.date("orderDate", "Date of the order", form.orderDate(), true);
        var carers = problems.text("carers", "Who the child lives with under the order", form.carers(), 200, true);
        SpecialGuardians guardians = null;
        Boolean supportPlan = null;
        if (kind == PermanenceOrderKind.SGO) {
            guardians = problems.choice("guardians", "Who the special guardians are", form.guardians(),
                    code -> Coded.fromCode(SpecialGuardians.class, code), true);
            supportPlan = problems.yesNo("supportPlan", "Select whether a special guardianship support plan was agreed", form.supportPlan());
        }
        var current = care.currentPlacement(personId);
        if (guardians != null && guardians.wereFosterCarers() && current != null) {
            var expected = guardians.family() ? List.of("U1", "U2", "U3") : List.of("U4", "U5", "U6");
            problems.check(expected.contains(current.place()), "guardians", "The child's current placement is " + current.place() + " ("
                    + current.placeLabel().toLowerCase() + "): special guardians who are the child's "
                    + (guardians.family() ? "foster carers and relatives or friends" : "foster carers, not relatives or friends")
                    + " care for the child in a " + expected.getFirst() + " to " + expected.getLast() + " placement");
        }
        repository.plansOf(personId).stream().filter(AdoptionPlan::inProgress).findFirst().ifPresent(plan -> problems.add("kind",
                "The child's adoption is in progress: record the decision that the child should no longer be placed for adoption first"));
        CareService.Ending ending = null;
        if (kind != null && (kind == PermanenceOrderKind.CAO || guardians != null)) {
            var reason = kind == PermanenceOrderKind.CAO ? ReasonCeased.E41 : guardians.reasonCeased();
            ending = care.checkEnding(personId, date, reason, problems, "orderDate");
        }
        problems.throwIfAny();
        var id = repository.insertOrder(personId, ending.period().id(), kind, date, carers, ending.reason().code(), supportPlan, CurrentUser.username());
        care.cease(ending);
        audit.record(AuditAction.CREATE, personId, kind.label() + " made on " + date + ": care ended (" + ending.reason().code() + ")");
        return id;
    }
}
