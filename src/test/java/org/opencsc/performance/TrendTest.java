package org.opencsc.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the monthly sums become figures, a year's figure and a chart. */
class TrendTest {

    private static final YearMonth FROM = YearMonth.of(2025, 1);
    private static final YearMonth TO = YearMonth.of(2026, 12);

    private static IndicatorRepository.MonthSum sum(Indicator indicator, YearMonth month, long counted, long met, long days) {
        return new IndicatorRepository.MonthSum(indicator, month, 0, "", counted, met, days);
    }

    @Test
    void everyIndicatorHasTheQueryThatGivesItsFactsAndADefinition() {
        for (var indicator : Indicator.values()) {
            assertThat(IndicatorFactSql.BY_INDICATOR.get(indicator)).as(indicator.name()).contains(":authority");
            assertThat(indicator.definition()).as(indicator.name()).endsWith(".");
            assertThat(Indicator.fromSlug(indicator.slug())).contains(indicator);
        }
    }

    @Test
    void aPercentageIsMetOverCountedAndTheYearPoolsTheLastTwelveMonths() {
        var trend = PerformanceDashboards.trend(Indicator.CARE_VISITS_ON_TIME, List.of(
                sum(Indicator.CARE_VISITS_ON_TIME, TO, 8, 6, 0),
                sum(Indicator.CARE_VISITS_ON_TIME, TO.minusMonths(11), 2, 2, 0),
                sum(Indicator.CARE_VISITS_ON_TIME, TO.minusMonths(12), 100, 0, 0)), FROM, TO, null, null);
        assertThat(trend.months()).hasSize(24);
        assertThat(trend.latest()).isEqualTo(75.0);
        assertThat(trend.lastYear()).as("the 13th month back is outside the year").isEqualTo(80.0);
        assertThat(trend.months().get(0).figure()).as("nothing due: no figure, not 0%").isNull();
        assertThat(trend.format(trend.latest())).isEqualTo("75.0%");
    }

    @Test
    void aCountAddsUpOverTheYearAndAFigureAtTheMonthsEndIsTheLatest() {
        var referrals = PerformanceDashboards.trend(Indicator.REFERRALS, List.of(
                sum(Indicator.REFERRALS, TO, 1200, 0, 0), sum(Indicator.REFERRALS, TO.minusMonths(1), 30, 0, 0)), FROM, TO, null, null);
        assertThat(referrals.lastYear()).isEqualTo(1230.0);
        assertThat(referrals.format(referrals.lastYear())).isEqualTo("1,230");
        var open = PerformanceDashboards.trend(Indicator.CP_PLANS_BY_CATEGORY, List.of(
                sum(Indicator.CP_PLANS_BY_CATEGORY, TO, 40, 0, 0), sum(Indicator.CP_PLANS_BY_CATEGORY, TO.minusMonths(1), 30, 0, 0)), FROM, TO, null, null);
        assertThat(open.lastYear()).isEqualTo(40.0);
    }

    @Test
    void aRatePer10000NeedsThePopulationAndAnAverageIsDaysOverCounted() {
        var rate = List.of(sum(Indicator.CHILDREN_IN_CARE_RATE, TO, 350, 0, 0));
        assertThat(PerformanceDashboards.trend(Indicator.CHILDREN_IN_CARE_RATE, rate, FROM, TO, 50_000, null).latest()).isEqualTo(70.0);
        assertThat(PerformanceDashboards.trend(Indicator.CHILDREN_IN_CARE_RATE, rate, FROM, TO, null, null).latest()).isNull();
        var waits = PerformanceDashboards.trend(Indicator.MENTAL_HEALTH_WAIT, List.of(sum(Indicator.MENTAL_HEALTH_WAIT, TO, 3, 0, 100)),
                FROM, TO, null, null);
        assertThat(waits.latest()).isEqualTo(33.0);
        assertThat(waits.format(waits.latest())).isEqualTo("33 days");
    }

    @Test
    void theChartScalesToARoundCeilingAboveTheHighestFigureAndTheNationalLine() {
        var trend = PerformanceDashboards.trend(Indicator.RE_REFERRALS, List.of(sum(Indicator.RE_REFERRALS, TO, 10, 3, 0)), FROM, TO, null,
                new Trend.Comparison("2024/25", 45.0, null, null));
        var chart = TrendChart.of(trend, 640, 200);
        assertThat(chart.yLabels()).extracting(TrendChart.Label::text).containsExactly("50.0%", "0.0%");
        assertThat(chart.line()).as("one point: the only month with a figure").doesNotContain(" ");
        assertThat(chart.dots()).hasSize(1);
        assertThat(chart.nationalY()).isBetween(10.0, (double) chart.plotBottom());
        assertThat(chart.comparatorY()).isNull();
        assertThat(TrendChart.sparkline(trend, 120, 24).split(" ")).hasSize(1);
    }
}
