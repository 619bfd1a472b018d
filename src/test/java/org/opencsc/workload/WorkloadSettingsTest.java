package org.opencsc.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.child.CaseStatus;

/** The weighting on its own: what a child weighs, what a worker's rows add up to, and when a worker is over. */
class WorkloadSettingsTest {

    private final WorkloadSettings defaults = WorkloadSettings.defaults();

    @Test
    void aChildWeighsTheirStatusPlusEachAdditionThatApplies() {
        assertThat(defaults.points(CaseStatus.CHILD_IN_NEED, false, Complexity.STANDARD)).isEqualByComparingTo("1");
        assertThat(defaults.points(CaseStatus.CHILD_PROTECTION, true, Complexity.HIGH)).isEqualByComparingTo("3");
        assertThat(defaults.points(CaseStatus.CARE_LEAVER, false, Complexity.HIGH)).isEqualByComparingTo("1.2");
        assertThat(defaults.points(CaseStatus.CLOSED, false, Complexity.STANDARD)).as("a case closed but still allocated").isEqualByComparingTo("0");
        assertThat(defaults.points(CaseStatus.NOT_OPEN, true, Complexity.STANDARD)).isEqualByComparingTo("1");
    }

    @Test
    void chosenValuesReplaceTheirDefaultsAndTheRestStay() {
        var chosen = WorkloadSettings.from(Map.of("LOOKED_AFTER", new BigDecimal("2.00"), "THRESHOLD", new BigDecimal("18.00")));
        assertThat(chosen.weight(CaseStatus.LOOKED_AFTER)).isEqualByComparingTo("2");
        assertThat(chosen.weight(CaseStatus.CHILD_PROTECTION)).isEqualByComparingTo("1.5");
        assertThat(chosen.thresholdFor(new BigDecimal("0.50"))).isEqualByComparingTo("9");
        assertThat(WorkloadSettings.from(Map.of())).isEqualTo(defaults);
    }

    private static WorkloadRepository.Held row(CaseStatus status, int children, int inProceedings, int high, String fte) {
        return new WorkloadRepository.Held(7, "Sam Whitfield", 1, "Child in Need Team 1", new BigDecimal(fte), status, children, inProceedings, high);
    }

    @Test
    void aWorkerExactlyAtTheirThresholdIsNotOverAndOneHundredthMoreIs() {
        var atThreshold = WorkloadService.load(List.of(row(CaseStatus.CHILD_IN_NEED, 8, 0, 0, "0.60"), row(CaseStatus.CHILD_PROTECTION, 2, 1, 0, "0.60")),
                defaults);
        assertThat(atThreshold.points()).as("8 + 3 + 1").isEqualByComparingTo("12");
        assertThat(atThreshold.threshold()).as("20 x 0.6").isEqualByComparingTo("12");
        assertThat(atThreshold.overThreshold()).isFalse();
        assertThat(atThreshold.percentOfThreshold()).isEqualTo(100);
        assertThat(atThreshold.childCount()).isEqualTo(10);

        var over = WorkloadService.load(List.of(row(CaseStatus.CHILD_IN_NEED, 8, 0, 0, "0.60"), row(CaseStatus.CHILD_PROTECTION, 2, 1, 0, "0.60")),
                WorkloadSettings.from(Map.of("THRESHOLD", new BigDecimal("19.98"))));
        assertThat(over.threshold()).isEqualByComparingTo("11.99");
        assertThat(over.overThreshold()).isTrue();
    }

    @Test
    void highComplexityAddsToEveryChildJudgedSo() {
        var load = WorkloadService.load(List.of(row(CaseStatus.LOOKED_AFTER, 5, 0, 2, "1.00"), row(CaseStatus.CARE_LEAVER, 10, 0, 0, "1.00")), defaults);
        assertThat(load.points()).as("6 + 1 + 7").isEqualByComparingTo("14");
        assertThat(load.highComplexity()).isEqualTo(2);
        assertThat(load.children(CaseStatus.CARE_LEAVER)).isEqualTo(10);
    }

    @Test
    void aWorkerHoldingNobodyIsCapacity() {
        var nobody = WorkloadService.load(List.of(row(null, 0, 0, 0, "1.00")), defaults);
        assertThat(nobody.childCount()).isZero();
        assertThat(nobody.points()).isEqualByComparingTo("0");
        assertThat(nobody.overThreshold()).isFalse();
    }

    @Test
    void numbersAreWrittenAsStaffWriteThem() {
        assertThat(WorkloadService.plain(new BigDecimal("1.50"))).isEqualTo("1.5");
        assertThat(WorkloadService.plain(new BigDecimal("20.00"))).isEqualTo("20");
        assertThat(WorkloadService.plain(new BigDecimal("0.00"))).isEqualTo("0");
    }
}
