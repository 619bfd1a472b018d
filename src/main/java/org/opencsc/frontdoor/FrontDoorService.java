package org.opencsc.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.child.Person;
import org.opencsc.frontdoor.FrontDoorForms.ClosureForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorForms.DecisionForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door: contacts, the MASH+ decision on each, referrals (re-referrals flagged by the
 * 12-month rule) and the closure of the CIN episode a referral opens.
 */
@Service
public class FrontDoorService {

    static final String CONTACT = "contact";
    static final String REFERRAL = "referral";

    private final FrontDoorRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    FrontDoorService(FrontDoorRepository repository, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long recordContact(long personId, ContactForm form) {
        var child = childRecord(personId);
        var problems = new FieldProblems();
        var date = problems.date("contactDate", "Date of the contact", form.contactDate(), true);
        problems.notInFuture("contactDate", "Date of the contact", date, today());
        if (child.dateOfBirth() == null && child.expectedDateOfBirth() != null) {
            problems.notBefore("contactDate", "Date of the contact", date, "a year before the expected date of birth",
                    child.expectedDateOfBirth().minusYears(1));
        }
        var source = problems.choice("source", "Source of the contact", form.source(), code -> Coded.fromCode(ReferralSource.class, code), true);
        var reason = problems.text("reason", "Reason for the contact", form.reason(), 2000, true);
        problems.throwIfAny();
        var id = repository.insertContact(personId, date, source, reason, CurrentUser.username());
        records.recordMilestones(personId, CONTACT, id, List.of(new Milestone(CaseEventKind.CONTACT_RECEIVED, date)));
        audit.record(AuditAction.CREATE, personId, "Recorded a contact of " + date);
        return id;
    }

    /**
     * Records the MASH+ decision. A decision to refer (with or without a strategy discussion)
     * opens a referral dated the day of the contact, unless the child already has one open, in
     * which case the contact joins it: the family is not asked to start again.
     */
    @Transactional
    public Optional<Long> decide(long personId, long contactId, DecisionForm form) {
        childRecord(personId);
        var contact = contact(personId, contactId);
        var problems = new FieldProblems();
        problems.check(contact.awaitingDecision(), "decision", "A decision was already recorded for this contact on "
                + (contact.decisionDate() == null ? "" : FieldProblems.spoken(contact.decisionDate())));
        var date = problems.date("decisionDate", "Date of the decision", form.decisionDate(), true);
        problems.notInFuture("decisionDate", "Date of the decision", date, today());
        problems.notBefore("decisionDate", "Date of the decision", date, "the contact", contact.contactDate());
        var decision = problems.choice("decision", "Decision", form.decision(), code -> Coded.fromCode(MashDecision.class, code), true);
        var reason = problems.text("reason", "Reason for the decision", form.reason(), 2000, true);
        var refers = decision == MashDecision.REFERRAL || decision == MashDecision.STRATEGY_DISCUSSION;
        var open = open(personId);
        PrimaryNeed need = null;
        if (refers && open.isEmpty()) {
            need = problems.choice("primaryNeed", "Primary need", form.primaryNeed(), code -> Coded.fromCode(PrimaryNeed.class, code), true);
        }
        problems.throwIfAny();
        Long referralId = null;
        if (refers) {
            referralId = open.isPresent() ? open.get().id() : openReferral(personId, contact, need);
        }
        repository.decide(contactId, date, decision, reason, referralId, CurrentUser.username());
        records.recordMilestones(personId, CONTACT, contactId, List.of(new Milestone(CaseEventKind.CONTACT_RECEIVED, contact.contactDate()),
                new Milestone(CaseEventKind.MASH_DECISION, date)));
        audit.record(AuditAction.UPDATE, personId, "MASH+ decision on the contact of " + contact.contactDate() + ": " + decision.label());
        return Optional.ofNullable(referralId);
    }

    private long openReferral(long personId, Contact contact, PrimaryNeed need) {
        var previous = repository.referrals(personId).stream()
                .filter(r -> r.referralDate().isBefore(contact.contactDate()))
                .findFirst();
        var reReferral = previous.map(r -> isReReferral(r.referralDate(), contact.contactDate())).orElse(false);
        var id = repository.insertReferral(personId, contact.id(), contact.contactDate(), contact.source(), need, reReferral,
                previous.map(Referral::id).orElse(null), CurrentUser.username());
        records.recordMilestones(personId, REFERRAL, id, List.of(new Milestone(CaseEventKind.REFERRAL_RECEIVED, contact.contactDate())));
        return id;
    }

    /** The CIN census rule: a referral within 12 months of the previous referral is a re-referral. */
    static boolean isReReferral(LocalDate previous, LocalDate referral) {
        return !previous.isBefore(referral.minusMonths(12)) && previous.isBefore(referral);
    }

    /**
     * Closes the open CIN episode with its census reason. Plans must end first, so that no plan
     * outlives the episode it belongs to. A referral closed before any assessment is a referral
     * with no further action.
     */
    @Transactional
    public void closeCase(long personId, ClosureForm form) {
        var child = childRecord(personId);
        var problems = new FieldProblems();
        var open = open(personId);
        problems.check(open.isPresent(), "closureDate", "There is no open referral to close");
        var date = problems.date("closureDate", "Date the case closed", form.closureDate(), true);
        problems.notInFuture("closureDate", "Date the case closed", date, today());
        var reason = problems.choice("closureReason", "Reason for closure", form.closureReason(), code -> Coded.fromCode(ClosureReason.class, code), true);
        var journey = records.journeyOf(personId);
        if (open.isPresent()) {
            problems.notBefore("closureDate", "Date the case closed", date, "the referral", open.get().referralDate());
            journey.openSince(CaseEventKind.CP_PLAN_STARTED).ifPresent(started -> problems.add("closureDate",
                    "End the child protection plan that started on " + FieldProblems.spoken(started) + " before closing the case"));
            journey.openSince(CaseEventKind.CIN_PLAN_STARTED).ifPresent(started -> problems.add("closureDate",
                    "End the child in need plan that started on " + FieldProblems.spoken(started) + " before closing the case"));
        }
        problems.throwIfAny();
        var referral = open.orElseThrow();
        var assessed = journey.events().stream().anyMatch(e -> e.kind() == CaseEventKind.ASSESSMENT_STARTED && !e.date().isBefore(referral.referralDate()));
        repository.close(referral.id(), date, reason, !assessed);
        records.recordMilestones(personId, REFERRAL, referral.id(), List.of(new Milestone(CaseEventKind.REFERRAL_RECEIVED, referral.referralDate()),
                new Milestone(CaseEventKind.CASE_CLOSED, date)));
        audit.record(AuditAction.UPDATE, personId, "Closed the case on " + date + ": " + reason.label());
    }

    /** The child's open referral (the CIN episode work is recorded against), if there is one. */
    @Transactional(readOnly = true)
    public Optional<Referral> openReferral(long personId) {
        records.visible(personId);
        return open(personId);
    }

    private Optional<Referral> open(long personId) {
        return repository.referrals(personId).stream().filter(Referral::open).findFirst();
    }

    @Transactional(readOnly = true)
    public List<Referral> referrals(long personId) {
        records.visible(personId);
        return repository.referrals(personId);
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(long personId) {
        records.visible(personId);
        return repository.contacts(personId);
    }

    @Transactional(readOnly = true)
    public Contact contact(long personId, long contactId) {
        records.visible(personId);
        return repository.contact(personId, contactId).orElseThrow(() -> new NotFoundException("Contact " + contactId));
    }

    /** The MASH+ queue: contacts waiting for a decision, oldest first. */
    @Transactional(readOnly = true)
    public List<Contact> awaitingDecision(int limit) {
        var waiting = repository.awaitingDecision(limit);
        var visible = records.visibleAmong(waiting.stream().map(Contact::personId).toList());
        return waiting.stream().filter(c -> visible.contains(c.personId())).toList();
    }

    private Person childRecord(long personId) {
        var person = records.visible(personId);
        if (!person.kind().isChild()) {
            throw new NotFoundException("Child " + personId);
        }
        return person;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Referrals and earlier contacts, newest first, for a form that must show what is already known. */
    @Transactional(readOnly = true)
    public List<String> priorInvolvement(long personId) {
        records.visible(personId);
        var lines = new ArrayList<String>();
        for (var referral : repository.referrals(personId)) {
            lines.add("Referral of " + FieldProblems.spoken(referral.referralDate())
                    + (referral.reReferral() ? " (re-referral)" : "")
                    + (referral.open() ? ", open" : ", closed " + FieldProblems.spoken(referral.closureDate()) + ": " + referral.closureReason().label()));
        }
        return lines;
    }
}
