package org.opencsc.courts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.ToLongFunction;
import org.opencsc.care.CareService;
import org.opencsc.care.LegalStatus;
import org.opencsc.child.ChildRecordService;
import org.opencsc.courts.CourtTrackers.Tracked;
import org.opencsc.platform.Coded;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's court record as one page reads it (pre-proceedings, proceedings and the legal status
 * the Care tab records), and the trackers managers read across the authority.
 */
@Service
public class CourtService {

    private final PreProceedingsService preProceedings;
    private final CareProceedingsService proceedings;
    private final CareService care;
    private final ChildRecordService records;
    private final AuditLog audit;

    CourtService(PreProceedingsService preProceedings, CareProceedingsService proceedings, CareService care, ChildRecordService records,
                 AuditLog audit) {
        this.preProceedings = preProceedings;
        this.proceedings = proceedings;
        this.care = care;
        this.records = records;
        this.audit = audit;
    }

    public LocalDate today() {
        return proceedings.today();
    }

    /** The child's court record (the caller has read and logged the record). */
    @Transactional(readOnly = true)
    public CourtRecord record(long personId) {
        var pre = preProceedings.forPerson(personId);
        var applications = proceedings.forPerson(personId);
        var periods = care.periods(personId);
        var status = LegalStatusCheck.current(periods).orElse(null);
        var label = status == null ? null : Coded.fromCode(LegalStatus.class, status).map(LegalStatus::label).orElse(status);
        return new CourtRecord(pre, applications, status, label, LegalStatusCheck.warnings(applications, periods, today()));
    }

    /** The same for a reader who has not opened the record: the view is logged. */
    @Transactional
    public CourtRecord view(long personId) {
        records.view(personId, "Viewed court and pre-proceedings");
        return record(personId);
    }

    /** Open cases and those ended in the last 12 months, for the children the signed-in user may see; the reading is logged. */
    @Transactional
    public CourtTrackers trackers() {
        var today = today();
        var since = today.minusYears(1);
        var preList = preProceedings.openOrEndedSince(since);
        var applicationList = proceedings.openOrConcludedSince(since);
        // One query for every child's name, not one a row: the trackers list hundreds in a large authority.
        var ids = new java.util.HashSet<Long>();
        preList.forEach(p -> ids.add(p.personId()));
        applicationList.forEach(p -> ids.add(p.personId()));
        var names = records.caseloadOf(ids).stream().collect(java.util.stream.Collectors.toMap(c -> c.personId(), c -> c.fullName(), (a, b) -> a));
        var pre = preList.stream().filter(p -> names.containsKey(p.personId())).map(p -> new Tracked<>(p.personId(), names.get(p.personId()), p)).toList();
        var applications = applicationList.stream().filter(p -> names.containsKey(p.personId()))
                .map(p -> new Tracked<>(p.personId(), names.get(p.personId()), p)).toList();
        var openPre = pre.stream().filter(t -> t.record().open()).sorted(byWeeks(p -> p.weeks(today))).toList();
        var endedPre = pre.stream().filter(t -> !t.record().open()).sorted(Comparator.comparing(t -> t.record().endDate())).toList();
        var openApplications = applications.stream().filter(t -> t.record().open()).sorted(byWeeks(p -> p.weeks(today))).toList();
        var concluded = applications.stream().filter(t -> !t.record().open()).sorted(Comparator.comparing(t -> t.record().concludedDate())).toList();
        audit.record(AuditAction.SEARCH, null, "Viewed the pre-proceedings and care proceedings trackers (" + (openPre.size() + openApplications.size())
                + " open)");
        return new CourtTrackers(openPre, endedPre, CourtTrackers.median(endedPre.stream().map(t -> t.record().weeks(today)).toList()),
                openApplications, concluded, CourtTrackers.median(concluded.stream().filter(t -> t.record().kind().timeLimited())
                .map(t -> t.record().weeks(today)).toList()));
    }

    private static <T> Comparator<Tracked<T>> byWeeks(ToLongFunction<T> weeks) {
        return Comparator.comparingLong((Tracked<T> t) -> weeks.applyAsLong(t.record())).reversed();
    }
}
