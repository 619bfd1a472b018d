package org.opencsc.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencsc.child.CaseloadEntry;
import org.opencsc.child.ChildRecordService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority's management lists: children whose oversight is late, and children whose plans
 * are drifting. A page names a child only where the reader may see their record; a restricted
 * child is counted, and shown as a restricted record, but never named or linked.
 */
@Service
public class OversightLists {

    static final int PAGE_SIZE = 50;

    private final OversightListRepository lists;
    private final ChildRecordService records;
    private final Clock clock;

    OversightLists(OversightListRepository lists, ChildRecordService records, Clock clock) {
        this.lists = lists;
        this.records = records;
        this.clock = clock;
    }

    /** A child on the late list; {@code child} is null for a restricted record the reader may not see. */
    public record LateLine(CaseloadEntry child, LocalDate dueOn, long daysOverdue, LocalDate lastHeldOn) {
    }

    public record LateList(LocalDate today, Long teamId, List<TeamCount> teams, long total, List<LateLine> lines, int page, boolean hasNext) {
    }

    /** A drifting child and why; {@code child} is null for a restricted record the reader may not see. */
    public record DriftLine(CaseloadEntry child, java.util.Set<DriftReason> reasons, LocalDate cpPlanStarted) {
    }

    public record DriftList(LocalDate today, Long teamId, DriftReason reason, List<TeamCount> teams, long total, Map<DriftReason, Long> byReason,
                     List<DriftLine> lines, int page, boolean hasNext) {
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    LateList late(Long teamId, int page) {
        var today = today();
        var safePage = Math.max(page, 0);
        var rows = lists.late(teamId, today, PAGE_SIZE + 1, safePage * PAGE_SIZE);
        var shown = rows.stream().limit(PAGE_SIZE).toList();
        var children = namedFor(shown.stream().map(OversightListRepository.LateRow::personId).toList());
        var teams = lists.lateByTeam(today);
        return new LateList(today, teamId, teams, total(teams, teamId),
                shown.stream().map(r -> new LateLine(children.get(r.personId()), r.dueOn(), r.daysOverdue(), r.lastHeldOn())).toList(),
                safePage, rows.size() > PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    DriftList drift(Long teamId, DriftReason reason, int page) {
        var today = today();
        var safePage = Math.max(page, 0);
        var rows = lists.drift(teamId, reason, today, PAGE_SIZE + 1, safePage * PAGE_SIZE);
        var shown = rows.stream().limit(PAGE_SIZE).toList();
        var children = namedFor(shown.stream().map(OversightListRepository.DriftRow::personId).toList());
        var teams = lists.driftByTeam(today);
        return new DriftList(today, teamId, reason, teams, total(teams, teamId), byReason(teams, teamId),
                shown.stream().map(r -> new DriftLine(children.get(r.personId()), r.reasons(), r.cpPlanStarted())).toList(),
                safePage, rows.size() > PAGE_SIZE);
    }

    /** Children with oversight overdue in a team, or across the authority when no team is given. */
    @Transactional(readOnly = true)
    long lateCount(Long teamId) {
        return total(lists.lateByTeam(today()), teamId);
    }

    /** Drifting children in a team (or the authority): each counted once, and for each reason. */
    public record DriftCounts(long children, Map<DriftReason, Long> byReason) {
    }

    @Transactional(readOnly = true)
    DriftCounts driftCounts(Long teamId) {
        var teams = lists.driftByTeam(today());
        return new DriftCounts(total(teams, teamId), byReason(teams, teamId));
    }

    private Map<Long, CaseloadEntry> namedFor(List<Long> personIds) {
        return records.caseloadOf(personIds).stream().collect(Collectors.toMap(CaseloadEntry::personId, Function.identity(), (a, b) -> a));
    }

    private static long total(List<TeamCount> teams, Long teamId) {
        return teams.stream().filter(t -> teamId == null || teamId.equals(t.teamId())).mapToLong(TeamCount::children).sum();
    }

    private static Map<DriftReason, Long> byReason(List<TeamCount> teams, Long teamId) {
        var counts = new java.util.EnumMap<DriftReason, Long>(DriftReason.class);
        for (var reason : DriftReason.values()) {
            counts.put(reason, teams.stream().filter(t -> teamId == null || teamId.equals(t.teamId()))
                    .mapToLong(t -> t.byReason().getOrDefault(reason, 0L)).sum());
        }
        return counts;
    }
}
