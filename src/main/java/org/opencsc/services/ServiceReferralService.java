package org.opencsc.services;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.opencsc.child.ChildRecordService;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.platform.RecordChangedException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.services.ServiceReferralForms.ProgressForm;
import org.opencsc.services.ServiceReferralForms.ReferralForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of children to other services, mental health support above all, and how long they
 * wait to be seen: for each child, and for each service across the authority.
 */
@Service
public class ServiceReferralService {

    private final ServiceReferralRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;
    private final Clock clock;

    ServiceReferralService(ServiceReferralRepository repository, ChildRecordService records, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child's referrals, newest first (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public List<ServiceReferral> forPerson(long personId) {
        records.visible(personId);
        return repository.forPerson(personId);
    }

    /** The same for a reader who has not opened the record: the view is logged. */
    @Transactional
    public List<ServiceReferral> viewReferrals(long personId) {
        records.view(personId, "Viewed referrals to services");
        return repository.forPerson(personId);
    }

    @Transactional(readOnly = true)
    public ServiceReferral referral(long personId, long referralId) {
        records.visible(personId);
        return find(personId, referralId);
    }

    /** Every service in the list's order, with what is known of its waiting times (none for a service never referred to). */
    @Transactional(readOnly = true)
    public List<WaitingTime> waitingTimes() {
        var known = repository.waitingTimes(today());
        return Arrays.stream(SupportService.values()).map(service -> known.stream().filter(w -> w.service() == service).findFirst()
                .orElse(new WaitingTime(service, 0, null, 0, null, null))).toList();
    }

    @Transactional
    public long refer(long personId, ReferralForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var service = problems.choice("service", "Service", form.service(), code -> Coded.fromCode(SupportService.class, code), true);
        var provider = problems.text("provider", "Who provides it", form.provider(), 200, true);
        var referred = problems.date("referredDate", "Date of the referral", form.referredDate(), true);
        problems.notInFuture("referredDate", "Date of the referral", referred, today());
        if (child.dateOfBirth() != null) {
            problems.notBefore("referredDate", "Date of the referral", referred, "the child's date of birth", child.dateOfBirth());
        }
        var reason = problems.text("reason", "Why the child was referred", form.reason(), 2000, true);
        problems.throwIfAny();
        var id = repository.insert(personId, service, provider, reason, referred, CurrentUser.username());
        audit.record(AuditAction.CREATE, personId, "Referred to " + service.label() + " on " + referred);
        return id;
    }

    /** Records the service's decision, the first appointment and the close, each in its order. */
    @Transactional
    public void progress(long personId, long referralId, ProgressForm form) {
        records.visible(personId);
        var referral = find(personId, referralId);
        var problems = new FieldProblems();
        Boolean accepted = form.accepted() == null || form.accepted().isBlank() ? referral.accepted()
                : problems.yesNo("accepted", "Select whether the service accepted the referral", form.accepted());
        var decision = orKept(problems.date("decisionDate", "Date of the service's decision", form.decisionDate(), false), referral.decisionDate());
        var seen = orKept(problems.date("firstSeen", "Date the child was first seen", form.firstSeen(), false), referral.firstSeen());
        var closed = orKept(problems.date("closedDate", "Date the referral closed", form.closedDate(), false), referral.closedDate());
        var today = today();
        problems.notInFuture("decisionDate", "Date of the service's decision", decision, today);
        problems.notInFuture("firstSeen", "Date the child was first seen", seen, today);
        problems.notInFuture("closedDate", "Date the referral closed", closed, today);
        problems.check(accepted == null || decision != null, "decisionDate", "Enter the date of the service's decision");
        problems.check(decision == null || accepted != null, "accepted", "Select whether the service accepted the referral");
        problems.notBefore("decisionDate", "Date of the service's decision", decision, "the referral", referral.referredDate());
        if (seen != null) {
            problems.check(Boolean.TRUE.equals(accepted), "firstSeen", "A child is seen once the service has accepted the referral");
            problems.notBefore("firstSeen", "Date the child was first seen", seen, "the service's decision", decision);
        }
        problems.notBefore("closedDate", "Date the referral closed", closed, "the referral", referral.referredDate());
        problems.notBefore("closedDate", "Date the referral closed", closed, "the first appointment", seen);
        problems.throwIfAny();
        if (!repository.update(referralId, decision, accepted, seen, closed, referral.version())) {
            throw new RecordChangedException("The referral to " + referral.service().label());
        }
        audit.record(AuditAction.UPDATE, personId, "Referral to " + referral.service().label() + ": " + find(personId, referralId).standing());
    }

    private static LocalDate orKept(LocalDate typed, LocalDate kept) {
        return typed != null ? typed : kept;
    }

    private ServiceReferral find(long personId, long referralId) {
        return repository.find(personId, referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
    }
}
