package org.opencsc.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.Milestone;
import org.opencsc.oversight.OversightForms.EntryForm;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.StaffAccountService;
import org.opencsc.timescales.StatutoryClock;
import org.opencsc.timescales.StatutoryRule;
import org.opencsc.timescales.TimescaleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management oversight and case supervision on a child's record. Each entry is kept as written
 * and puts an oversight event on the child's journey, from which the next oversight falls due at
 * the council's local frequency.
 */
@Service
public class OversightService {

    static final String SOURCE = "oversight_entry";

    private final OversightRepository repository;
    private final ChildRecordService records;
    private final TimescaleService timescales;
    private final StaffAccountService staff;
    private final AuditLog audit;
    private final Clock clock;

    OversightService(OversightRepository repository, ChildRecordService records, TimescaleService timescales, StaffAccountService staff,
                     AuditLog audit, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.timescales = timescales;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The Oversight tab: every entry, latest first, and the next oversight due (null when the case needs none now). */
    public record OversightRecord(List<OversightEntry> entries, StatutoryClock nextDue, LocalDate today) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The child's oversight for a reader who has opened the tab: the view is logged. */
    @Transactional
    public OversightRecord view(long personId) {
        records.view(personId, "Viewed management oversight");
        return new OversightRecord(repository.forPerson(personId), nextDue(personId), today());
    }

    /** The running oversight clock of a child the caller has checked the reader may see. */
    private StatutoryClock nextDue(long personId) {
        return timescales.clocksFor(personId).stream().filter(c -> c.rule() == StatutoryRule.OVERSIGHT_DUE && c.running()).findFirst().orElse(null);
    }

    /** Who can be supervised: case-holding staff, id to "name (team)". */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> workers() {
        return staff.caseHolderOptions();
    }

    /** Records an entry held by the signed-in manager; all of it or none of it. */
    @Transactional
    public long record(long personId, EntryForm form) {
        var child = records.visible(personId);
        var problems = new FieldProblems();
        var kind = problems.choice("kind", "What you are recording", form.kind(), code -> Coded.fromCode(EntryKind.class, code), true);
        var heldOn = problems.date("heldOn", "Date held", form.heldOn(), true);
        problems.notInFuture("heldOn", "Date held", heldOn, today());
        if (child.dateOfBirth() != null) {
            problems.notBefore("heldOn", "Date held", heldOn, "the child's date of birth", child.dateOfBirth());
        }
        Long workerId = null;
        var typedWorker = form.workerId() == null ? "" : form.workerId().strip();
        if (kind == EntryKind.SUPERVISION) {
            var worker = problems.choice("workerId", "Worker supervised", typedWorker,
                    code -> workers().containsKey(code) ? java.util.Optional.of(Long.valueOf(code)) : java.util.Optional.empty(), true);
            workerId = worker;
        } else if (kind == EntryKind.OVERSIGHT && !typedWorker.isEmpty()) {
            problems.add("workerId", "Leave the worker supervised empty for management oversight, or choose case supervision");
        }
        var considered = problems.text("considered", "What was considered", form.considered(), 4000, true);
        var decisions = problems.text("decisions", "Decisions", form.decisions(), 4000, true);
        var progress = problems.choice("progress", "Whether the plan is progressing", form.progress(),
                code -> Coded.fromCode(PlanProgress.class, code), true);
        var actions = actions(form, heldOn, problems);
        problems.throwIfAny();
        var id = repository.insert(new OversightRepository.NewEntry(personId, kind, heldOn, workerId, considered, decisions, progress, actions),
                CurrentUser.username());
        records.recordMilestones(personId, SOURCE, id, List.of(new Milestone(CaseEventKind.OVERSIGHT_RECORDED, heldOn)));
        audit.record(AuditAction.CREATE, personId, kind.label() + " held on " + heldOn + ": plan " + progress.label().toLowerCase());
        return id;
    }

    /** The actions typed, each needing what, who and by when; at least one. */
    private static List<OversightEntry.Action> actions(EntryForm form, LocalDate heldOn, FieldProblems problems) {
        var actions = new ArrayList<OversightEntry.Action>();
        var typed = form.actions();
        for (int i = 0; i < typed.size(); i++) {
            var action = typed.get(i);
            var n = i + 1;
            if (action.isBlank()) {
                continue;
            }
            var what = problems.text("action" + n, "What is to be done (action " + n + ")", action.action(), 1000, true);
            var owner = problems.text("owner" + n, "Who will do it (action " + n + ")", action.owner(), 120, true);
            var dueBy = problems.date("dueBy" + n, "Date it is due by (action " + n + ")", action.dueBy(), true);
            problems.notBefore("dueBy" + n, "Date it is due by (action " + n + ")", dueBy, "the date held", heldOn);
            actions.add(new OversightEntry.Action(n, what, owner, dueBy));
        }
        if (actions.isEmpty()) {
            problems.add("action1", "Enter at least one action, with who will do it and the date it is due by");
        }
        return actions;
    }
}
