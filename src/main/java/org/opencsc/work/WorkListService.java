package org.opencsc.work;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.assessment.Assessment;
import org.opencsc.assessment.AssessmentService;
import org.opencsc.care.MissingEpisode;
import org.opencsc.care.MissingFromCareService;
import org.opencsc.child.CaseloadEntry;
import org.opencsc.child.ChildRecordService;
import org.opencsc.timescales.StatutoryClock;
import org.opencsc.timescales.TimescaleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work lists: what each child on a caseload is due next, what is overdue, when they were last
 * seen, and for a manager what waits for allocation or authorisation. Every date comes from the
 * statutory clocks, which come from recorded events: nothing here is typed in.
 */
@Service
public class WorkListService {

    public static final int PAGE_SIZE = 50;

    private final ChildRecordService records;
    private final TimescaleService timescales;
    private final VisitService visits;
    private final AssessmentService assessments;
    private final MissingFromCareService missing;

    WorkListService(ChildRecordService records, TimescaleService timescales, VisitService visits, AssessmentService assessments,
                    MissingFromCareService missing) {
        this.missing = missing;
        this.records = records;
        this.timescales = timescales;
        this.visits = visits;
        this.assessments = assessments;
    }

    /** One child on a worker's list. */
    public record ChildLine(CaseloadEntry child, StatutoryClock nextDue, long overdue, LastSeen lastSeen) {
    }

    public record WorkerList(LocalDate today, List<ChildLine> children, long overdue) {
    }

    /** One overdue item on a team's list, with the child and who holds them. */
    public record OverdueLine(CaseloadEntry child, StatutoryClock clock, long daysOverdue) {
    }

    public record TeamList(LocalDate today, long teamId, int caseload, List<OverdueLine> overdue, long overdueCount, int page, boolean hasNext,
                           List<CaseloadEntry> unallocated, List<AwaitingAuthorisation> awaitingAuthorisation, List<InterviewDue> interviewsDue) {
    }

    /** A return home interview still to do after a child in the team came back from being missing. */
    public record InterviewDue(CaseloadEntry child, MissingEpisode episode) {
    }

    public record AwaitingAuthorisation(CaseloadEntry child, Assessment assessment) {
    }

    /** A review or conference due, with the child and who holds them. */
    public record ReviewLine(CaseloadEntry child, StatutoryClock clock) {
    }

    public record ReviewList(LocalDate today, LocalDate until, int weeks, List<ReviewLine> reviews, int page, boolean hasNext) {
    }

    /**
     * An IRO's or CP chair's list: every looked-after review and CP review conference due in the
     * coming weeks or overdue, soonest first. Restricted children the reader may not see are left
     * out of the page.
     */
    @Transactional(readOnly = true)
    public ReviewList reviewsDue(int weeks, int page) {
        var today = timescales.today();
        var safeWeeks = Math.clamp(weeks, 1, 26);
        var safePage = Math.max(page, 0);
        var until = today.plusWeeks(safeWeeks);
        var clocks = timescales.reviewsDueBy(until, PAGE_SIZE + 1, safePage * PAGE_SIZE);
        var shown = clocks.stream().limit(PAGE_SIZE).toList();
        Map<Long, CaseloadEntry> children = records.caseloadOf(shown.stream().map(StatutoryClock::personId).distinct().toList()).stream()
                .collect(Collectors.toMap(CaseloadEntry::personId, Function.identity()));
        var lines = shown.stream().filter(clock -> children.containsKey(clock.personId()))
                .map(clock -> new ReviewLine(children.get(clock.personId()), clock)).toList();
        return new ReviewList(today, until, safeWeeks, lines, safePage, clocks.size() > PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public WorkerList forWorker(long workerId) {
        var today = timescales.today();
        var caseload = records.workerCaseload(workerId);
        var ids = caseload.stream().map(CaseloadEntry::personId).toList();
        var clocks = timescales.running(ids).stream().collect(Collectors.groupingBy(StatutoryClock::personId));
        var seen = visits.lastSeen(ids);
        var lines = caseload.stream().map(child -> {
            var running = clocks.getOrDefault(child.personId(), List.of());
            return new ChildLine(child, running.stream().min(Comparator.comparing(StatutoryClock::dueOn)).orElse(null),
                    running.stream().filter(c -> c.overdueOn(today)).count(), seen.get(child.personId()));
        }).sorted(Comparator.comparing((ChildLine line) -> line.nextDue() == null ? LocalDate.MAX : line.nextDue().dueOn())
                .thenComparing(line -> line.child().familyName())).toList();
        return new WorkerList(today, lines, lines.stream().mapToLong(ChildLine::overdue).sum());
    }

    /**
     * A team's list a page at a time: the team's children are read as ids only, and names are read
     * for the page shown, so the list costs the same for a team of 50 children as of 2,000.
     */
    @Transactional(readOnly = true)
    public TeamList forTeam(long teamId, int page) {
        var today = timescales.today();
        var ids = records.teamMembers(teamId);
        var safePage = Math.max(page, 0);
        var overdue = timescales.overdue(ids, PAGE_SIZE + 1, safePage * PAGE_SIZE);
        var waiting = assessments.awaitingAuthorisation(ids);
        var interviews = missing.awaitingInterview(ids);
        var shown = new java.util.HashSet<Long>();
        overdue.stream().limit(PAGE_SIZE).forEach(clock -> shown.add(clock.personId()));
        waiting.forEach(assessment -> shown.add(assessment.personId()));
        interviews.forEach(episode -> shown.add(episode.personId()));
        Map<Long, CaseloadEntry> byId = records.teamCaseloadOf(teamId, shown).stream()
                .collect(Collectors.toMap(CaseloadEntry::personId, Function.identity()));
        return new TeamList(today, teamId, ids.size(),
                overdue.stream().limit(PAGE_SIZE).map(clock -> new OverdueLine(byId.get(clock.personId()), clock, clock.daysOverdue(today))).toList(),
                timescales.countOverdue(ids), safePage, overdue.size() > PAGE_SIZE, records.teamUnallocated(teamId),
                waiting.stream().map(a -> new AwaitingAuthorisation(byId.get(a.personId()), a)).toList(),
                interviews.stream().map(e -> new InterviewDue(byId.get(e.personId()), e)).toList());
    }
}
