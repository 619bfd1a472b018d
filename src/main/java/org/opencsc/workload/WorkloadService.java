package org.opencsc.workload;

import org.opencsc.child.HiddenRecords;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.child.CaseStatus;
import org.opencsc.child.CaseloadEntry;
import org.opencsc.child.ChildRecordService;
import org.opencsc.platform.Coded;
import org.opencsc.platform.FieldProblems;
import org.opencsc.platform.NotFoundException;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.AuditSubject;
import org.opencsc.security.CurrentUser;
import org.opencsc.workload.WorkloadForms.ComplexityForm;
import org.opencsc.workload.WorkloadForms.SettingsForm;
import org.opencsc.workload.WorkloadForms.WorkingPatternForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caseloads and weighted workloads: each worker's children by case status (the status the
 * child's journey already derives), weighted by the council's settings, against a threshold for
 * the worker's hours. Figures count every child; lists name only those the reader may see.
 */
@Service
public class WorkloadService {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal MOST_POINTS = new BigDecimal("200");

    private final WorkloadRepository repository;
    private final ChildRecordService records;
    private final AuditLog audit;

    WorkloadService(WorkloadRepository repository, ChildRecordService records, AuditLog audit) {
        this.repository = repository;
        this.records = records;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public WorkloadSettings settings() {
        return WorkloadSettings.from(repository.settings());
    }

    /** The settings as the form shows them before anything is typed. */
    @Transactional(readOnly = true)
    public SettingsForm settingsForm() {
        var s = settings();
        return new SettingsForm(plain(s.weight(CaseStatus.ASSESSMENT)), plain(s.weight(CaseStatus.CHILD_IN_NEED)),
                plain(s.weight(CaseStatus.CHILD_PROTECTION)), plain(s.weight(CaseStatus.LOOKED_AFTER)), plain(s.weight(CaseStatus.CARE_LEAVER)),
                plain(s.weight(CaseStatus.REFERRAL)), plain(s.weight(CaseStatus.EARLY_HELP)), plain(s.inProceedings()),
                plain(s.highComplexity()), plain(s.threshold()));
    }

    /** Saves every value or none; the audit log says what changed from what. */
    @Transactional
    public void saveSettings(SettingsForm form) {
        var problems = new FieldProblems();
        var weights = new EnumMap<CaseStatus, BigDecimal>(CaseStatus.class);
        weights.put(CaseStatus.ASSESSMENT, weight(problems, "assessment", CaseStatus.ASSESSMENT, form.assessment()));
        weights.put(CaseStatus.CHILD_IN_NEED, weight(problems, "childInNeed", CaseStatus.CHILD_IN_NEED, form.childInNeed()));
        weights.put(CaseStatus.CHILD_PROTECTION, weight(problems, "childProtection", CaseStatus.CHILD_PROTECTION, form.childProtection()));
        weights.put(CaseStatus.LOOKED_AFTER, weight(problems, "lookedAfter", CaseStatus.LOOKED_AFTER, form.lookedAfter()));
        weights.put(CaseStatus.CARE_LEAVER, weight(problems, "careLeaver", CaseStatus.CARE_LEAVER, form.careLeaver()));
        weights.put(CaseStatus.REFERRAL, weight(problems, "referral", CaseStatus.REFERRAL, form.referral()));
        weights.put(CaseStatus.EARLY_HELP, weight(problems, "earlyHelp", CaseStatus.EARLY_HELP, form.earlyHelp()));
        var proceedings = Numbers.decimal(problems, "inProceedings", "Points added for a child in proceedings", form.inProceedings(),
                ZERO, true, TEN, "1.0");
        var complex = Numbers.decimal(problems, "highComplexity", "Points added for a highly complex case", form.highComplexity(),
                ZERO, true, TEN, "0.5");
        var threshold = Numbers.decimal(problems, "threshold", "Threshold for a full-time worker", form.threshold(), ZERO, false,
                MOST_POINTS, "20");
        problems.throwIfAny();
        var before = settings().byName();
        var after = new WorkloadSettings(weights, proceedings, complex, threshold).byName();
        var changes = new ArrayList<String>();
        after.forEach((name, value) -> {
            if (value.compareTo(before.get(name)) != 0) {
                repository.saveSetting(name, value, CurrentUser.username());
                changes.add(describe(name) + " " + plain(before.get(name)) + " to " + plain(value));
            }
        });
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, null, "Workload settings: " + String.join("; ", changes));
        }
    }

    /** Every team with case-holding workers, with its totals. */
    @Transactional(readOnly = true)
    public List<TeamWorkload> teams() {
        var loads = loads(null, null);
        var byTeam = loads.stream().collect(Collectors.groupingBy(WorkerLoad::teamId, LinkedHashMap::new, Collectors.toList()));
        return byTeam.values().stream().map(WorkloadService::total).toList();
    }

    public record TeamPage(TeamWorkload team, List<WorkerLoad> workers, WorkloadSettings settings) {
    }

    @Transactional(readOnly = true)
    public TeamPage team(long teamId) {
        var workers = loads(teamId, null);
        if (workers.isEmpty()) {
            throw new NotFoundException("Team " + teamId + " with case-holding workers");
        }
        return new TeamPage(total(workers), workers, settings());
    }

    /** A worker's children: the hidden ones are counted with their weight and never named. */
    public record WorkerPage(WorkerLoad load, List<HeldChild> children, long hidden) {
    }

    @Transactional(readOnly = true)
    public WorkerPage worker(long workerId) {
        var load = loads(null, workerId).stream().findFirst().orElseThrow(() -> new NotFoundException("Worker " + workerId));
        var settings = settings();
        var allocated = repository.allocatedTo(workerId);
        Map<Long, CaseloadEntry> named = records.caseloadOf(allocated.stream().map(WorkloadRepository.Allocated::personId).toList()).stream()
                .collect(Collectors.toMap(CaseloadEntry::personId, Function.identity(), (a, b) -> a));
        var children = allocated.stream().map(a -> new HeldChild(a.personId(), a.caseStatus(), a.inProceedings(), a.complexity(), a.allocatedOn(),
                        settings.points(a.caseStatus(), a.inProceedings(), a.complexity()), named.get(a.personId())))
                .sorted(HiddenRecords.visibleFirst(HeldChild::hidden, java.util.Comparator.comparing(HeldChild::allocatedOn),
                        java.util.Comparator.comparing(HeldChild::allocatedOn)))
                .toList();
        return new WorkerPage(load, children, children.stream().filter(HeldChild::hidden).count());
    }

    public record WorkingPattern(long workerId, String workerName, BigDecimal fte) {
    }

    @Transactional(readOnly = true)
    public WorkingPattern workingPattern(long workerId) {
        var name = repository.workerName(workerId).orElseThrow(() -> new NotFoundException("Worker " + workerId));
        return new WorkingPattern(workerId, name, repository.fte(workerId).orElse(BigDecimal.ONE.setScale(2)));
    }

    @Transactional
    public void setWorkingPattern(long workerId, WorkingPatternForm form) {
        var worker = workingPattern(workerId);
        var problems = new FieldProblems();
        var fte = Numbers.decimal(problems, "fte", "Share of full time", form.fte(), ZERO, false, BigDecimal.ONE, "0.6");
        problems.throwIfAny();
        repository.saveFte(workerId, fte, CurrentUser.username());
        audit.record(AuditAction.UPDATE, null, "Working pattern of staff " + workerId + ": "
                + plain(worker.fte()) + " to " + plain(fte) + " of full time", AuditSubject.staffUser(workerId));
    }

    /** The child's judgements of complexity, the current one first (the caller has read the record). */
    @Transactional(readOnly = true)
    public List<ComplexityJudgement> complexity(long personId) {
        records.visible(personId);
        return repository.complexityHistory(personId);
    }

    @Transactional
    public void judgeComplexity(long personId, ComplexityForm form) {
        records.visible(personId);
        var problems = new FieldProblems();
        var level = problems.choice("level", "How complex the case is", form.level(), code -> Coded.fromCode(Complexity.class, code), true);
        var reason = problems.text("reason", "Why", form.reason(), 500, true);
        problems.throwIfAny();
        repository.judgeComplexity(personId, level, reason, CurrentUser.username());
        audit.record(AuditAction.UPDATE, personId, "Case complexity for workload: " + level.label());
    }

    private List<WorkerLoad> loads(Long teamId, Long workerId) {
        var settings = settings();
        var rows = repository.held(teamId, workerId).stream()
                .collect(Collectors.groupingBy(WorkloadRepository.Held::workerId, LinkedHashMap::new, Collectors.toList()));
        return rows.values().stream().map(held -> load(held, settings)).toList();
    }

    /** Folds a worker's rows (one for each case status held) into their load. */
    static WorkerLoad load(List<WorkloadRepository.Held> rows, WorkloadSettings settings) {
        var first = rows.getFirst();
        var children = new EnumMap<CaseStatus, Integer>(CaseStatus.class);
        var points = ZERO;
        int proceedings = 0;
        int complex = 0;
        for (var row : rows) {
            if (row.caseStatus() == null) {
                continue;
            }
            children.merge(row.caseStatus(), row.children(), Integer::sum);
            proceedings += row.inProceedings();
            complex += row.highComplexity();
            points = points.add(settings.weight(row.caseStatus()).multiply(BigDecimal.valueOf(row.children())));
        }
        points = points.add(settings.inProceedings().multiply(BigDecimal.valueOf(proceedings)))
                .add(settings.highComplexity().multiply(BigDecimal.valueOf(complex)));
        return new WorkerLoad(first.workerId(), first.workerName(), first.teamId(), first.teamName(), first.fte(), children, proceedings, complex,
                points.setScale(2, java.math.RoundingMode.HALF_UP), settings.thresholdFor(first.fte()));
    }

    private static TeamWorkload total(List<WorkerLoad> workers) {
        var first = workers.getFirst();
        return new TeamWorkload(first.teamId(), first.teamName(), workers.stream().mapToInt(WorkerLoad::childCount).sum(),
                workers.stream().map(WorkerLoad::points).reduce(ZERO, BigDecimal::add), workers.size(),
                (int) workers.stream().filter(WorkerLoad::overThreshold).count());
    }

    private static BigDecimal weight(FieldProblems problems, String field, CaseStatus status, String typed) {
        return Numbers.decimal(problems, field, "Weight for " + status.label().toLowerCase(java.util.Locale.UK), typed, ZERO, true, TEN, "1.5");
    }

    private static String describe(String name) {
        return switch (name) {
            case WorkloadSettings.IN_PROCEEDINGS -> "in proceedings";
            case WorkloadSettings.HIGH_COMPLEXITY -> "high complexity";
            case WorkloadSettings.THRESHOLD -> "threshold";
            default -> CaseStatus.valueOf(name).label().toLowerCase(java.util.Locale.UK);
        };
    }

    /** A number as staff write it: 1.5, not 1.50. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString() : value.stripTrailingZeros().toPlainString();
    }
}
