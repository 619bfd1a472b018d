package org.opencsc.adopters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencsc.adopters.StageClock.Standing;

/** The adopters' stage timescales on dated cases: calendar months, the ends of months, leap years. */
class AdopterTimescalesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void stageOneIsDueTwoCalendarMonthsAfterItStartsAndStageTwoFourMonthsAfterTheApplication() {
        assertThat(AdopterTimescales.stageOneDue(d("2026-03-10"))).isEqualTo("2026-05-10");
        assertThat(AdopterTimescales.stageTwoDue(d("2026-03-10"))).isEqualTo("2026-07-10");
        assertThat(AdopterTimescales.stageOneDue(null)).as("not started").isNull();
    }

    @Test
    void aStageStartingOnADayAShorterMonthLacksIsDueOnThatMonthsLastDay() {
        assertThat(AdopterTimescales.stageOneDue(d("2025-12-31"))).isEqualTo("2026-02-28");
        assertThat(AdopterTimescales.stageTwoDue(d("2026-10-31"))).isEqualTo("2027-02-28");
        assertThat(AdopterTimescales.stageOneDue(d("2026-07-31"))).isEqualTo("2026-09-30");
        assertThat(AdopterTimescales.latestApplication(d("2026-08-31"))).as("31 August + 6 months").isEqualTo("2027-02-28");
        assertThat(AdopterTimescales.latestApplication(d("2027-08-31"))).as("into a leap year").isEqualTo("2028-02-29");
    }

    @Test
    void twentyNinthFebruaryInALeapYear() {
        assertThat(AdopterTimescales.stageOneDue(d("2027-12-29"))).isEqualTo("2028-02-29");
        assertThat(AdopterTimescales.stageOneDue(d("2027-12-30"))).isEqualTo("2028-02-29");
        assertThat(AdopterTimescales.stageTwoDue(d("2027-10-31"))).isEqualTo("2028-02-29");
        assertThat(AdopterTimescales.stageOneDue(d("2028-02-29"))).isEqualTo("2028-04-29");
        assertThat(AdopterTimescales.stageTwoDue(d("2028-02-29"))).isEqualTo("2028-06-29");
        assertThat(AdopterTimescales.latestApplication(d("2028-02-29"))).isEqualTo("2028-08-29");
    }

    @Test
    void aStageEndingOnItsDueDayIsInTimeAndTheNextDayLate() {
        var due = AdopterTimescales.stageOneDue(d("2026-03-10"));
        assertThat(StageClock.standing(due, d("2026-05-10"), d("2026-06-30"))).isEqualTo(Standing.ENDED_IN_TIME);
        assertThat(StageClock.standing(due, d("2026-05-11"), d("2026-06-30"))).isEqualTo(Standing.ENDED_LATE);
        assertThat(StageClock.standing(due, null, d("2026-05-10"))).isEqualTo(Standing.DUE_SOON);
        assertThat(StageClock.standing(due, null, d("2026-05-11"))).isEqualTo(Standing.LATE);
        assertThat(StageClock.standing(due, null, d("2026-04-26"))).as("14 days before").isEqualTo(Standing.DUE_SOON);
        assertThat(StageClock.standing(due, null, d("2026-04-25"))).as("15 days before").isEqualTo(Standing.IN_TIME);
        assertThat(StageClock.of(null, null, null, d("2026-04-25"))).as("not started").isNull();
    }

    @Test
    void aFamilysStagesEndWithTheDecisionOrWhenTheyLeave() {
        var family = new AdoptiveFamily(1, "Okafor family", null, d("2026-01-05"), d("2026-01-20"), null, null, null, null, null, d("2026-04-01"),
                LeavingReason.WITHDREW, null, java.util.List.of(), java.util.List.of(), 0);
        assertThat(family.stage()).isEqualTo(FamilyStage.LEFT);
        assertThat(family.stageReached()).isEqualTo(FamilyStage.STAGE_ONE);
        assertThat(family.stageOneEnded()).isEqualTo("2026-04-01");
        assertThat(family.stageOne(d("2026-06-01")).standing()).as("left after the due day").isEqualTo(Standing.ENDED_LATE);
        assertThat(family.stageTwo(d("2026-06-01"))).isNull();
    }

    @Test
    void theFamilyNameComesFromTheAdoptersSurnames() {
        var okafor = new Adopter(1, "Ada", "Okafor", org.opencsc.child.Sex.F, org.opencsc.child.Ethnicity.BAFR, AdopterDisability.NO);
        var okaforToo = new Adopter(2, "Chidi", "Okafor", org.opencsc.child.Sex.M, org.opencsc.child.Ethnicity.BAFR, AdopterDisability.NO);
        var mensah = new Adopter(3, "Kofi", "Mensah", org.opencsc.child.Sex.M, org.opencsc.child.Ethnicity.BAFR, AdopterDisability.YES);
        assertThat(AdoptersService.familyName(java.util.List.of(okafor, okaforToo))).isEqualTo("Okafor family");
        assertThat(AdoptersService.familyName(java.util.List.of(okafor, mensah))).isEqualTo("Okafor and Mensah family");
    }
}
