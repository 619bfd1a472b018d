package org.opencsc.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.opencsc.child.CaseEvent;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.CaseStatus;

/**
 * Writes the team managers' oversight and supervision of open cases over the last six months: for
 * most children the last entry is within the local frequency, for about one in eight it is late,
 * and about one in ten was judged not progressing at the last entry. The entries have their own
 * random sequence, so adding them left every other demo record as it was.
 */
final class OversightRecords {

    private static final String ENTRY = "oversight_entry (id, authority_id, person_id, kind, held_on, held_by, worker_id, considered, decisions,"
            + " progress, recorded_by, recorded_at)";
    private static final String ACTION = "oversight_action (id, authority_id, entry_id, position, action, owner, due_by)";
    private static final String CASE_EVENT = "case_event (id, person_id, kind, event_date, source, source_id, recorded_by, recorded_at)";
    private static final EnumSet<CaseStatus> OPEN = EnumSet.of(CaseStatus.LOOKED_AFTER, CaseStatus.CHILD_PROTECTION, CaseStatus.CHILD_IN_NEED,
            CaseStatus.ASSESSMENT, CaseStatus.REFERRAL);
    private static final EnumSet<CaseEventKind> OPENINGS = EnumSet.of(CaseEventKind.REFERRAL_RECEIVED, CaseEventKind.CIN_PLAN_STARTED,
            CaseEventKind.CP_PLAN_STARTED, CaseEventKind.BECAME_LOOKED_AFTER);
    private static final String[] CONSIDERED = {
        "Progress against the plan since the last oversight; the child's views from the last visit; school attendance.",
        "Risks at home (domestic abuse, parental mental health) and whether the safety plan is holding.",
        "Home conditions and the neglect screening tool; health appointments kept; the family's engagement.",
        "The child's lived experience, contact with family, and whether the placement meets their needs."};
    private static final String[] DECISIONS = {
        "Continue the plan; the next review to consider stepping down.",
        "Step up visits to weekly until the next core group.",
        "Ask for a family group conference; update the chronology.",
        "Consider a legal planning meeting if there is no change by the next review."};
    private static final String[] ACTIONS = {"Visit and see the child alone", "Update the chronology and the plan",
        "Check attendance with the school", "Arrange a family group conference", "Complete the neglect screening tool with the family"};

    private final CopyBatch rows;
    private final IdBlock ids;
    private final StaffRoster roster;
    private final short authority;
    private final LocalDate today;
    private final Instant loadedAt;
    private final SplittableRandom random = new SplittableRandom(17);

    OversightRecords(CopyBatch rows, IdBlock ids, StaffRoster roster, short authority, LocalDate today, Instant loadedAt) {
        this.rows = rows;
        this.ids = ids;
        this.roster = roster;
        this.authority = authority;
        this.today = today;
        this.loadedAt = loadedAt;
    }

    /** Oversight of an open child's case from the day it opened (or six months ago) to today. */
    void write(long child, CaseStatus status, List<CaseEvent> events, StaffRoster.Team team, String worker) {
        var opened = openedOn(events);
        if (!OPEN.contains(status) || opened == null) {
            return;
        }
        var close = status == CaseStatus.LOOKED_AFTER || status == CaseStatus.CHILD_PROTECTION;
        // Calendar days safely inside 20 and 30 working days, and safely past them.
        int onTime = close ? 25 : 38;
        int late = close ? 45 : 65;
        int roll = random.nextInt(100);
        if (opened.isAfter(today.minusDays(onTime)) && roll < 50) {
            return;
        }
        var isLate = roll < 12;
        var last = isLate ? today.minusDays(late + random.nextInt(50)) : today.minusDays(random.nextInt(onTime));
        if (last.isBefore(opened)) {
            if (isLate) {
                return;
            }
            last = opened;
        }
        var held = new ArrayList<LocalDate>();
        var earliest = opened.isAfter(today.minusDays(190)) ? opened : today.minusDays(190);
        for (var day = last; !day.isBefore(earliest) && held.size() < 6; day = day.minusDays(onTime - random.nextInt(5))) {
            held.addFirst(day);
        }
        var manager = roster.managerOf(team).map(StaffRoster.Member::username).orElse("tm1");
        var supervised = worker == null ? null : roster.member(worker);
        for (int i = 0; i < held.size(); i++) {
            var latest = i == held.size() - 1;
            int judged = random.nextInt(100);
            var progress = judged < (latest ? 10 : 4) ? "NO" : judged < 35 ? "PARTLY" : "YES";
            var supervision = supervised != null && random.nextBoolean();
            write(child, held.get(i), manager, supervision ? supervised : null, progress);
        }
    }

    private void write(long child, LocalDate day, String manager, StaffRoster.Member worker, String progress) {
        var id = ids.next("oversight_entry");
        rows.row(ENTRY, id, authority, child, worker == null ? "OVERSIGHT" : "SUPERVISION", day, manager, worker == null ? null : worker.id(),
                CONSIDERED[random.nextInt(CONSIDERED.length)], DECISIONS[random.nextInt(DECISIONS.length)], progress, manager, loadedAt);
        int actions = 1 + random.nextInt(2);
        for (int position = 1; position <= actions; position++) {
            rows.row(ACTION, ids.next("oversight_action"), authority, id, position, ACTIONS[random.nextInt(ACTIONS.length)],
                    worker == null ? "Allocated social worker" : worker.displayName(), day.plusDays(7 + random.nextInt(21)));
        }
        rows.row(CASE_EVENT, ids.next("case_event"), child, CaseEventKind.OVERSIGHT_RECORDED.name(), day, "oversight_entry", id, manager, loadedAt);
    }

    /** The day the case now open was opened: the first opening event since the last closure. */
    private static LocalDate openedOn(List<CaseEvent> events) {
        LocalDate opened = null;
        for (var event : events) {
            if (event.kind() == CaseEventKind.CASE_CLOSED || event.kind() == CaseEventKind.CEASED_LOOKED_AFTER) {
                opened = null;
            } else if (OPENINGS.contains(event.kind()) && opened == null) {
                opened = event.date();
            }
        }
        return opened;
    }
}
