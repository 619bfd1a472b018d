package org.opencsc.performance;

import org.opencsc.child.HiddenRecords;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencsc.child.ChildRecordService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboards show: every indicator as a trend over two years, for the authority and for
 * each team, beside the national and comparator values, and the children behind each figure.
 * Read from the monthly sums only, so a page costs a few indexed reads however large the authority.
 */
@Service
public class PerformanceDashboards {

    /** Months on a trend: two years to the current month. */
    public static final int MONTHS_SHOWN = 24;
    public static final int CHILDREN_PER_PAGE = 50;

    public record TeamTrend(long teamId, String team, Trend trend, String sparkline) {
    }

    /** One indicator on the head of service's page: the authority's trend, each team's, and a breakdown where there is one. */
    public record IndicatorView(Trend authority, TrendChart chart, List<TeamTrend> teams, Map<String, Double> breakdown) {
    }

    public record FindingView(Finding finding, List<IndicatorView> indicators) {
    }

    public record Team(long id, String name) {
    }

    /** A child (or household) behind a figure; restricted records the reader may not see have no name. */
    public record ChildLine(Long personId, String name, String reference, String team, String outcome, java.time.LocalDate dueOn,
                            Integer days, String breakdown, boolean restricted) {
    }

    public record ChildList(Indicator indicator, YearMonth month, Team team, String outcome, String breakdown, List<ChildLine> lines,
                            int page, boolean hasNext) {
    }

    private final IndicatorRepository repository;
    private final ChildRecordService records;
    private final Clock clock;

    PerformanceDashboards(IndicatorRepository repository, ChildRecordService records, Clock clock) {
        this.repository = repository;
        this.records = records;
        this.clock = clock;
    }

    /** Moves on whenever a figure, or a value shown beside the figures, changes. */
    @Transactional(readOnly = true)
    public long version() {
        return repository.version();
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    @Transactional(readOnly = true)
    public List<Team> teams() {
        return repository.teams().stream().map(t -> new Team(t.id(), t.name())).toList();
    }

    /** Every indicator for the authority (team null) or one team. */
    @Transactional(readOnly = true)
    public Map<Indicator, Trend> trends(Long teamId) {
        var to = currentMonth();
        var from = to.minusMonths(MONTHS_SHOWN - 1);
        var comparisons = comparisons();
        var population = teamId == null ? repository.childPopulation().orElse(null) : null;
        var sums = repository.sums(from, to, teamId);
        var byIndicator = sums.stream().collect(Collectors.groupingBy(IndicatorRepository.MonthSum::indicator));
        var trends = new EnumMap<Indicator, Trend>(Indicator.class);
        for (var indicator : Indicator.values()) {
            trends.put(indicator, trend(indicator, byIndicator.getOrDefault(indicator, List.of()), from, to, population,
                    teamId == null ? comparisons.get(indicator) : null));
        }
        return trends;
    }

    /** The head of service's page: every finding, each indicator's trend for the authority and each team. */
    @Transactional(readOnly = true)
    public List<FindingView> byFinding(Collection<Finding> findings) {
        var to = currentMonth();
        var from = to.minusMonths(MONTHS_SHOWN - 1);
        var authority = trends(null);
        var breakdowns = breakdowns(to);
        var teams = teams();
        var perTeam = repository.sumsPerTeam(from, to).stream()
                .collect(Collectors.groupingBy(IndicatorRepository.MonthSum::indicator, Collectors.groupingBy(IndicatorRepository.MonthSum::teamId)));
        var views = new ArrayList<FindingView>();
        for (var finding : findings) {
            var indicators = new ArrayList<IndicatorView>();
            for (var indicator : Indicator.answering(finding)) {
                var teamTrends = new ArrayList<TeamTrend>();
                var ofIndicator = perTeam.getOrDefault(indicator, Map.of());
                for (var team : teams) {
                    var sums = ofIndicator.get(team.id());
                    if (sums != null && indicator.measure() != Measure.PER_10K) {
                        var trend = trend(indicator, sums, from, to, null, null);
                        teamTrends.add(new TeamTrend(team.id(), team.name(), trend, TrendChart.sparkline(trend, 120, 24)));
                    }
                }
                var trend = authority.get(indicator);
                indicators.add(new IndicatorView(trend, TrendChart.of(trend, 640, 200), teamTrends, breakdowns.getOrDefault(indicator, Map.of())));
            }
            views.add(new FindingView(finding, indicators));
        }
        return views;
    }

    /** One indicator's trend for the authority, and each team's month by month. */
    @Transactional(readOnly = true)
    public IndicatorView indicator(Indicator indicator) {
        var to = currentMonth();
        var from = to.minusMonths(MONTHS_SHOWN - 1);
        var trend = trends(null).get(indicator);
        var names = teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        var teamTrends = repository.sumsByTeam(indicator, from, to).stream()
                .collect(Collectors.groupingBy(IndicatorRepository.MonthSum::teamId)).entrySet().stream()
                .map(e -> {
                    var teamTrend = trend(indicator, e.getValue(), from, to, null, null);
                    return new TeamTrend(e.getKey(), names.getOrDefault(e.getKey(), "No team"), teamTrend, TrendChart.sparkline(teamTrend, 120, 24));
                })
                .sorted(java.util.Comparator.comparing(TeamTrend::team))
                .toList();
        return new IndicatorView(trend, TrendChart.of(trend, 720, 240), teamTrends, breakdowns(to).getOrDefault(indicator, Map.of()));
    }

    /** The children (or households) behind one month's figure, a page at a time. */
    @Transactional(readOnly = true)
    public ChildList children(Indicator indicator, YearMonth month, Long teamId, String outcome, String breakdown, int asked) {
        // Pages count from 1 here; page 0 (which every list accepts) is the first.
        var page = Math.max(asked, 1);
        var facts = repository.facts(indicator, month, teamId, outcome, breakdown, CHILDREN_PER_PAGE + 1, (page - 1) * CHILDREN_PER_PAGE);
        var names = new HashMap<Long, String>();
        repository.teams().forEach(t -> names.put(t.id(), t.name()));
        var lines = facts.stream().limit(CHILDREN_PER_PAGE).map(f -> {
            var hidden = f.hidden();
            return new ChildLine(hidden ? null : f.personId(), hidden ? HiddenRecords.LABEL : f.name(), hidden ? null : f.reference(),
                    names.getOrDefault(f.teamId(), "No team"), f.outcome(), f.dueOn(), f.days(), f.breakdown(), hidden);
        }).toList();
        var team = teamId == null ? null : new Team(teamId, names.getOrDefault(teamId, "No team"));
        return new ChildList(indicator, month, team, outcome, breakdown, lines, page, facts.size() > CHILDREN_PER_PAGE);
    }

    /** How many were counted and how many met the standard, over a span of months, for one breakdown or all. */
    public record Totals(long counted, long met) {
    }

    @Transactional(readOnly = true)
    public Totals totals(Indicator indicator, YearMonth from, YearMonth to, String breakdown) {
        long counted = 0;
        long met = 0;
        for (var sum : repository.sums(from, to, null)) {
            if (sum.indicator() == indicator && (breakdown == null || breakdown.equals(sum.breakdown()))) {
                counted += sum.counted();
                met += sum.met();
            }
        }
        return new Totals(counted, met);
    }

    @Transactional(readOnly = true)
    public Map<Indicator, Trend.Comparison> comparisons() {
        var map = new EnumMap<Indicator, Trend.Comparison>(Indicator.class);
        repository.comparisons().forEach(c -> map.put(c.indicator(), new Trend.Comparison(c.period(), c.national(), c.comparator(), c.comparatorName())));
        return map;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Integer> childPopulation() {
        return repository.childPopulation();
    }

    private Map<Indicator, Map<String, Double>> breakdowns(YearMonth month) {
        var result = new EnumMap<Indicator, Map<String, Double>>(Indicator.class);
        for (var sum : repository.sums(month, month, null)) {
            if (!sum.breakdown().isEmpty()) {
                result.computeIfAbsent(sum.indicator(), i -> new java.util.TreeMap<>())
                        .merge(sum.breakdown(), (double) sum.counted(), Double::sum);
            }
        }
        return result;
    }

    static Trend trend(Indicator indicator, List<IndicatorRepository.MonthSum> sums, YearMonth from, YearMonth to, Integer population,
                       Trend.Comparison comparison) {
        var byMonth = new HashMap<YearMonth, long[]>();
        for (var sum : sums) {
            var totals = byMonth.computeIfAbsent(sum.month(), m -> new long[3]);
            totals[0] += sum.counted();
            totals[1] += sum.met();
            totals[2] += sum.days();
        }
        var measure = indicator.measure();
        var months = new ArrayList<Trend.MonthFigure>();
        var year = new long[3];
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            var totals = byMonth.getOrDefault(month, new long[3]);
            months.add(new Trend.MonthFigure(month, measure.figure(totals[0], totals[1], totals[2], population), totals[0], totals[1]));
            if (month.isAfter(to.minusMonths(12))) {
                Arrays.setAll(year, i -> year[i] + totals[i]);
            }
        }
        var latest = months.getLast().figure();
        var lastYear = switch (measure) {
            case AT_MONTH_END, PER_10K -> latest;
            default -> measure.figure(year[0], year[1], year[2], population);
        };
        return new Trend(indicator, months, latest, lastYear, comparison);
    }
}
