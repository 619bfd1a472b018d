package org.opencsc.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.ssda903.AChild.episode;
import static org.opencsc.returns.ssda903.AChild.lookedAfter;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ssda903.LookedAfterChild.Adoption;
import org.opencsc.returns.ssda903.LookedAfterChild.EpisodeRow;
import org.opencsc.returns.ssda903.LookedAfterChild.HealthOutcomes;
import org.opencsc.returns.ssda903.LookedAfterChild.ReviewRow;

/**
 * Every DfE rule on dated examples in 2025/26: a child whose data breaks it, on whom it fires, and
 * the same child put right, on whom it stays quiet. Rules comparing with last year see last
 * year's return for the same child.
 */
class Ssda903RulesTest {

    private static final CollectionYear YEAR = new CollectionYear(2026);
    private static final ColumnSchema SCHEMA = ColumnSchema.published();

    /** A rule's example: the child it fires on, the child it is quiet on, and last year's return for both (or null). */
    record Example(String code, AChild fires, AChild quiet, AChild lastYear) {
        @Override
        public String toString() {
            return code;
        }
    }

    private static Example example(String code, AChild fires, AChild quiet) {
        return new Example(code, fires, quiet, null);
    }

    private static Example compared(String code, AChild fires, AChild quiet, AChild lastYear) {
        return new Example(code, fires, quiet, lastYear);
    }

    private static EpisodeRow ended(EpisodeRow row, String end, String reason) {
        return new EpisodeRow(row.periodId(), row.start(), row.reasonNew(), row.legalStatus(), row.cin(), row.place(), row.provider(),
                LocalDate.parse(end), reason, row.reasonPlaceChange(), row.homePostcode(), row.placementPostcode(), row.urn());
    }

    private static EpisodeRow cin(EpisodeRow row, String cin) {
        return new EpisodeRow(row.periodId(), row.start(), row.reasonNew(), row.legalStatus(), cin, row.place(), row.provider(), row.end(),
                row.reasonEnded(), row.reasonPlaceChange(), row.homePostcode(), row.placementPostcode(), row.urn());
    }

    private static EpisodeRow placeChange(EpisodeRow row, String reason) {
        return new EpisodeRow(row.periodId(), row.start(), row.reasonNew(), row.legalStatus(), row.cin(), row.place(), row.provider(), row.end(),
                row.reasonEnded(), reason, row.homePostcode(), row.placementPostcode(), row.urn());
    }

    /** Two episodes: the first ending the day the second begins, with X1. */
    private static AChild moved(String firstStatus, String firstPlace, String day, String reasonNew, String secondStatus, String secondPlace) {
        return lookedAfter().episodes(episode("2025-06-02", "S", firstStatus, firstPlace, day, "X1"),
                episode(day, reasonNew, secondStatus, secondPlace, null, null));
    }

    /** Fostered from 2 June 2025, then away from the foster home from 3 June (T0 to T4) until the day given, then back. */
    private static AChild temporary(String place, String back) {
        return lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-06-03", "X1"), episode("2025-06-03", "P", "V2", place, back, "X1"),
                episode(back, "P", "V2", "U6", null, null));
    }

    private static HealthOutcomes health(Integer score, String reason, String healthCheck) {
        return new HealthOutcomes(score, reason, null, healthCheck, "1", "1", "1", "0", null, null);
    }

    private static AChild allYear() {
        return lookedAfter().episodes(episode("2024-03-04", "S", "C2", "U4", null, null));
    }

    private static final Adoption COMPLETE = new Adoption(LocalDate.of(2025, 12, 1), LocalDate.of(2024, 9, 2), LocalDate.of(2025, 3, 3), "0", 2, "MF", "L2");

    private static AChild adoptedFrom(String place) {
        return lookedAfter().episodes(episode("2025-06-02", "S", "E1", place, "2025-12-01", "E11"));
    }

    private static Adoption adoption(String decided, String matched) {
        return new Adoption(LocalDate.of(2025, 12, 1), LocalDate.parse(decided), matched == null ? null : LocalDate.parse(matched), "0", 2, "MF", "L2");
    }

    /** Fostered from 2 June 2025, then placed for adoption (E1, A5) from the day given. */
    private static AChild placedForAdoptionFrom(String day) {
        return lookedAfter().episodes(episode("2025-06-02", "S", "C2", "U4", day, "X1"), episode(day, "T", "E1", "A5", null, null));
    }

    /** Fostered from 2 June 2025 under an interim care order, then a placement order from the day given, in the same placement. */
    private static AChild placementOrderOn(String day) {
        return lookedAfter().episodes(episode("2025-06-02", "S", "C2", "U4", day, "X1"), episode(day, "L", "E1", "U4", null, null));
    }

    private static Adoption adopters(int count, String sexes, String legalStatus) {
        return new Adoption(LocalDate.of(2025, 12, 1), LocalDate.of(2024, 9, 2), LocalDate.of(2025, 3, 3), "0", count, sexes, legalStatus);
    }

    private static Adoption fosterCarers(String value) {
        return new Adoption(LocalDate.of(2025, 12, 1), LocalDate.of(2024, 9, 2), LocalDate.of(2025, 3, 3), value, 2, "MF", "L2");
    }

    private static EpisodeRow withoutPostcodes(EpisodeRow row) {
        return new EpisodeRow(row.periodId(), row.start(), row.reasonNew(), row.legalStatus(), row.cin(), row.place(), row.provider(), row.end(),
                row.reasonEnded(), row.reasonPlaceChange(), null, null, row.urn());
    }

    /** Short breaks (V3) of the given days each, a fortnight apart, from 2 June 2025. */
    private static AChild shortBreaks(int count, int days) {
        var rows = new java.util.ArrayList<EpisodeRow>();
        var start = LocalDate.of(2025, 6, 2);
        for (int i = 0; i < count; i++) {
            rows.add(withoutPostcodes(episode(start.toString(), "S", "V3", "U6", start.plusDays(days).toString(), "E13")));
            start = start.plusDays(14);
        }
        return lookedAfter().episodes(rows.toArray(EpisodeRow[]::new));
    }

    /** Fostered from 2 June 2025 with the given number of fortnight holidays with other carers (T3), a month apart. */
    private static AChild holidays(int count) {
        var rows = new java.util.ArrayList<EpisodeRow>();
        var day = LocalDate.of(2025, 6, 2);
        rows.add(episode(day.toString(), "S", "V2", "U6", day.plusDays(30).toString(), "X1"));
        for (int i = 0; i < count; i++) {
            day = day.plusDays(30);
            rows.add(episode(day.toString(), "P", "V2", "T3", day.plusDays(14).toString(), "X1"));
            rows.add(episode(day.plusDays(14).toString(), "P", "V2", "U6", i == count - 1 ? null : day.plusDays(30).toString(), i == count - 1 ? null : "X1"));
        }
        return lookedAfter().episodes(rows.toArray(EpisodeRow[]::new));
    }

    static Stream<Example> examples() {
        return Stream.of(
                example("101", lookedAfter().sex(null), lookedAfter()),
                example("232", lookedAfter().sex("U"), lookedAfter()),
                example("102", lookedAfter().bornOn(null), lookedAfter()),
                example("103", lookedAfter().ethnicity("XXXX"), lookedAfter()),
                example("168", lookedAfter().upn("12345"), lookedAfter().upn("UN2")),
                example("165", lookedAfter().mother(null, null), lookedAfter()),
                example("209", lookedAfter().upn("UN1"), lookedAfter().upn("UN1").bornOn("2022-01-01")),
                example("620", lookedAfter().bornOn("2016-01-01").mother("1", "2025-01-01"), lookedAfter().mother("1", "2025-01-01")),
                example("621", lookedAfter().mother("1", "2012-05-14"), lookedAfter().mother("1", "2025-01-01")),
                example("301", lookedAfter().bornOn("2026-05-01"), lookedAfter()),
                example("174", lookedAfter().sex("M").mother(null, "2025-01-01"), lookedAfter().sex("M").mother(null, null)),
                example("612", lookedAfter().mother("0", "2025-01-01"), lookedAfter().mother("1", "2025-01-01")),
                example("442", lookedAfter().upn(null), lookedAfter()),
                example("210", allYear().upn("UN4"), lookedAfter().upn("UN4").episodes(episode("2026-03-27", "S", "V2", "U6", null, null))),
                example("611", lookedAfter().mother("1", null), lookedAfter().mother("1", "2025-01-01")),
                example("393", lookedAfter().mother(null, null), lookedAfter()),
                example("628", lookedAfter().leaver("YES", "F2", "D1"), lookedAfter().leaver("YES", "F2", "D1").mother(null, null)),
                example("625", lookedAfter().mother("1", "2026-05-01"), lookedAfter().mother("1", "2025-01-01")),

                example("143", lookedAfter().episodes(episode("2025-06-02", "X", "V2", "U6", null, null)), lookedAfter()),
                example("144", lookedAfter().episodes(episode("2025-06-02", "S", "Z9", "U6", null, null)), lookedAfter()),
                example("145", lookedAfter().episodes(cin(episode("2025-06-02", "S", "V2", "U6", null, null), null)), lookedAfter()),
                example("146", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "Q1", null, null)), lookedAfter()),
                example("149", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "E99")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "E4A"))),
                example("178", lookedAfter().episodes(episode("2025-06-02", "V2", "T0", "PR1", null)),
                        lookedAfter().episodes(episode("2025-06-02", "V2", "T0", null, null))),
                example("1009", lookedAfter().episodes(placeChange(ended(episode("2025-06-02", "S", "V2", "U6", null, null), "2025-09-01", "X1"), "LAZY"),
                                episode("2025-09-01", "P", "V2", "U4", null, null)),
                        lookedAfter().episodes(placeChange(ended(episode("2025-06-02", "S", "V2", "U6", null, null), "2025-09-01", "X1"), "CARPL"),
                                episode("2025-09-01", "P", "V2", "U4", null, null))),
                example("142", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", null, null), episode("2025-09-01", "P", "V2", "U4", null, null)),
                        moved("V2", "U6", "2025-09-01", "P", "V2", "U4")),
                example("356", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-05-01", "E4A")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-07-01", "E4A"))),
                example("357", lookedAfter().episodes(episode("2025-06-02", "L", "C1", "U6", null, null)),
                        lookedAfter().episodes(episode("2024-06-03", "L", "C1", "U6", null, null))),
                example("501", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "X1"), episode("2025-08-01", "P", "V2", "U4", null, null)),
                        moved("V2", "U6", "2025-09-01", "P", "V2", "U4")),
                example("431", moved("V2", "U6", "2025-09-01", "S", "V2", "U4"), moved("V2", "U6", "2025-09-01", "P", "V2", "U4")),
                example("434", moved("V2", "U6", "2025-09-01", "L", "V2", "U6"), moved("V2", "U6", "2025-09-01", "L", "C1", "U6")),
                example("435", moved("V2", "U6", "2025-09-01", "P", "C1", "U4"), moved("V2", "U6", "2025-09-01", "P", "V2", "U4")),
                example("436", moved("V2", "U6", "2025-09-01", "T", "V2", "U4"), moved("V2", "U6", "2025-09-01", "T", "C1", "U4")),
                example("437", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "E2"), episode("2025-10-01", "S", "V2", "U6", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "E2"))),
                example("302", lookedAfter().bornOn("2025-07-01"), lookedAfter()),
                example("351", lookedAfter().bornOn("2003-01-01"), lookedAfter().bornOn("2004-06-01")),
                example("358", lookedAfter().bornOn("2017-01-01").episodes(episode("2025-06-02", "S", "J1", "K2", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "J1", "K2", null, null))),
                example("359", lookedAfter().bornOn("2007-01-01").episodes(episode("2025-06-02", "S", "C2", "K3", null, null)),
                        lookedAfter().bornOn("2007-01-01").episodes(episode("2025-06-02", "S", "V2", "K3", null, null))),
                example("378", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "P1", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "C2", "P1", null, null))),
                example("380", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "T0", null, null)), lookedAfter()),
                example("381", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "X1"), episode("2025-09-01", "P", "V2", "T1", "2025-10-01", "E4A")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-10-01", "E4A"))),
                example("386", adoptedFrom("A5").bornOn("2007-01-01"), adoptedFrom("A5")),
                example("387", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "K3", "2025-12-01", "E5")),
                        lookedAfter().bornOn("2009-01-01").episodes(episode("2025-06-02", "S", "V2", "K3", "2025-12-01", "E5"))),
                example("389", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "K2", "2025-12-01", "E7")),
                        lookedAfter().bornOn("2008-01-01").episodes(episode("2025-06-02", "S", "V2", "K2", "2025-12-01", "E7"))),
                example("390", adoptedFrom("U6"), adoptedFrom("A5")),
                example("445", lookedAfter().episodes(episode("2025-06-02", "S", "D1", "A6", null, null)),
                        lookedAfter().episodes(episode("2005-06-01", "S", "D1", "A6", null, null))),
                example("446", lookedAfter().episodes(episode("2005-06-01", "S", "E1", "A6", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "E1", "A6", null, null))),
                example("530", lookedAfter().episodes(episode("2025-06-02", "C1", "P1", "PR4", null)), lookedAfter().episodes(episode("2025-06-02", "C1", "P1", "PR0", null))),
                example("531", lookedAfter().episodes(episode("2025-06-02", "C1", "P1", "PR5", null)), lookedAfter().episodes(episode("2025-06-02", "C1", "P1", "PR0", null))),
                example("550", lookedAfter().episodes(episode("2025-06-02", "C1", "U6", "PR0", null)), lookedAfter().episodes(episode("2025-06-02", "C1", "P1", "PR0", null))),
                example("222", lookedAfter().episodes(episode("2025-06-02", "V2", "P3", "PR4", "SC123456")),
                        lookedAfter().episodes(episode("2025-06-02", "V2", "K2", "PR4", "SC123456"))),
                example("370", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "P2", null, null)),
                        lookedAfter().bornOn("2010-01-01").episodes(episode("2025-06-02", "S", "V2", "P2", null, null))),
                example("371", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "K3", null, null)),
                        lookedAfter().bornOn("2009-01-01").episodes(episode("2025-06-02", "S", "V2", "K3", null, null))),
                example("372", lookedAfter().bornOn("2016-01-01").episodes(episode("2025-06-02", "S", "J1", "R5", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "J1", "R5", null, null))),
                example("374", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "P3", null, null)),
                        lookedAfter().bornOn("2010-01-01").episodes(episode("2025-06-02", "S", "V2", "P3", null, null))),
                example("373", lookedAfter().bornOn("2022-01-01").episodes(episode("2025-06-02", "S", "C2", "S1", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "C2", "S1", null, null))),
                example("375", temporary("T1", "2025-08-01"), temporary("T1", "2025-07-10")),
                example("376", temporary("T3", "2025-07-01"), temporary("T3", "2025-06-20")),
                example("379", temporary("T4", "2025-06-11"), temporary("T4", "2025-06-10")),
                example("526", lookedAfter().episodes(episode("2025-06-02", "V2", "U6", null, null)), lookedAfter()),
                example("363", lookedAfter().episodes(episode("2025-06-02", "S", "L3", "U6", "2025-06-06", "X1"), episode("2025-06-06", "P", "L3", "U4", "2025-06-12", "X1"),
                                episode("2025-06-12", "L", "C1", "U4", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "L3", "U6", "2025-06-06", "X1"), episode("2025-06-06", "P", "L3", "U4", "2025-06-09", "X1"),
                                episode("2025-06-09", "L", "C1", "U4", null, null))),
                example("362", lookedAfter().episodes(episode("2025-06-02", "S", "L2", "U6", "2025-06-30", "X1"), episode("2025-06-30", "L", "C1", "U6", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "L2", "U6", "2025-06-20", "X1"), episode("2025-06-20", "L", "C1", "U6", null, null))),
                example("361", lookedAfter().episodes(episode("2025-06-02", "S", "L1", "U6", "2025-06-06", "X1"), episode("2025-06-06", "L", "C1", "U6", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "L1", "U6", "2025-06-04", "X1"), episode("2025-06-04", "L", "C1", "U6", null, null))),
                example("382", lookedAfter().episodes(episode("2025-06-02", "S", "V3", "T1", "2025-06-04", "E13")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-04", "E13"))),
                example("364", lookedAfter().episodes(episode("2025-06-02", "S", "J2", "K2", "2025-07-01", "E14")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "J2", "K2", "2025-06-20", "E14"))),
                example("388", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "X1")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "E4A"))),
                example("516", lookedAfter().episodes(episode("2025-06-02", "S", "C2", "K2", "2025-12-01", "E45")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "C2", "U1", "2025-12-01", "E45"))),
                example("148", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "E4A"))),
                example("352", lookedAfter().bornOn("2007-01-01").episodes(episode("2025-06-02", "S", "V2", "H5", null, null)), lookedAfter()),
                example("432", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-07-01", "E4A"), episode("2025-09-01", "P", "V2", "U6", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-07-01", "E4A"), episode("2025-09-01", "S", "V2", "U6", null, null))),
                example("433", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-07-01", "X1"), episode("2025-07-05", "P", "V2", "U4", null, null)),
                        moved("V2", "U6", "2025-07-01", "P", "V2", "U4")),
                example("407", lookedAfter().bornOn("2007-01-01").episodes(episode("2025-06-02", "S", "C2", "U4", "2025-12-01", "E45")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "C2", "U4", "2025-12-01", "E45"))),
                example("460", lookedAfter().episodes(episode("2025-06-02", "S", "C2", "U4", "2025-12-01", "E17")),
                        lookedAfter().bornOn("2007-01-01").episodes(episode("2025-06-02", "S", "C2", "U4", "2025-12-01", "E17"))),
                example("384", lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U4", "2025-06-05", "E13")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-05", "E13"))),
                example("365", lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-25", "E13")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-19", "E13"))),
                example("367", shortBreaks(16, 5), shortBreaks(15, 5)),
                example("398", lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-05", "E13")),
                        lookedAfter().episodes(withoutPostcodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-05", "E13")))),
                example("377", holidays(3), holidays(2)),
                example("451", lookedAfter().episodes(episode("2005-06-01", "S", "D1", "A6", null, null)),
                        lookedAfter().episodes(episode("2005-06-01", "S", "D1", "A6", "2025-07-01", "E11"))),
                example("226", lookedAfter().episodes(placeChange(ended(episode("2025-06-02", "S", "V2", "U6", null, null), "2025-06-03", "X1"), "CARPL"),
                                episode("2025-06-03", "P", "V2", "T1", "2025-06-10", "X1"), episode("2025-06-10", "P", "V2", "U6", null, null)),
                        temporary("T1", "2025-06-10")),
                example("213", lookedAfter().episodes(episode("2025-06-02", "V2", "T0", "PR1", null)),
                        lookedAfter().episodes(episode("2025-06-02", "V2", "T0", null, null))),
                example("214", lookedAfter().episodes(episode("2025-06-02", "V3", "U6", "PR1", "SC123456")),
                        lookedAfter().episodes(withoutPostcodes(episode("2025-06-02", "V3", "U6", "PR1", null)))),
                example("366", lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-04", "X1"), episode("2025-06-04", "P", "V3", "U4", "2025-06-06", "E13")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-06", "E13"))),
                example("355", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-06-02", "E4A")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-06-03", "E4A"))),
                example("353", lookedAfter().episodes(episode("1990-06-01", "S", "C2", "U4", null, null)), allYear()),
                example("385", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2026-05-01", "E4A")),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2026-03-01", "E4A"))),
                example("408", lookedAfter().episodes(episode("2025-06-02", "S", "C2", "A6", null, null)),
                        lookedAfter().episodes(episode("2025-06-02", "S", "E1", "A6", null, null))),
                example("504", lookedAfter().episodes(ended(episode("2025-06-02", "S", "V2", "U6", null, null), "2025-09-01", "X1"),
                                cin(episode("2025-09-01", "P", "V2", "U4", null, null), "N2")),
                        moved("V2", "U6", "2025-09-01", "P", "V2", "U4")),
                example("225", moved("V2", "U6", "2025-09-01", "P", "V2", "U4"),
                        lookedAfter().episodes(placeChange(ended(episode("2025-06-02", "S", "V2", "U6", null, null), "2025-09-01", "X1"), "CARPL"),
                                episode("2025-09-01", "P", "V2", "U4", null, null))),
                example("383", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-06-03", "X1"), episode("2025-06-03", "P", "V2", "T1", "2025-06-10", "X1"),
                                episode("2025-06-10", "P", "V2", "U4", null, null)),
                        temporary("T1", "2025-06-10")),
                example("527", lookedAfter().episodes(episode("2025-06-02", "C2", "R2", "PR1", null)), lookedAfter().episodes(episode("2025-06-02", "C2", "R2", "PR3", null))),
                example("528", lookedAfter().episodes(episode("2025-06-02", "C2", "R2", "PR2", null)), lookedAfter().episodes(episode("2025-06-02", "C2", "R2", "PR3", null))),
                example("529", lookedAfter().episodes(episode("2025-06-02", "C2", "U4", "PR3", null)), lookedAfter().episodes(episode("2025-06-02", "C2", "U4", "PR1", null))),
                example("1008", lookedAfter().episodes(episode("2025-06-02", "V2", "K2", "PR4", "ABC")),
                        lookedAfter().episodes(episode("2025-06-02", "V2", "K2", "PR4", "SC123456"))),

                example("166", lookedAfter().reviews(new ReviewRow(10, null, "PN1")), lookedAfter().review("2025-06-27", "PN1")),
                example("167", lookedAfter().review("2025-06-27", "PN9"), lookedAfter().review("2025-06-27", "PN1")),
                example("440", lookedAfter().review("2025-06-27", "PN0"), lookedAfter().review("2025-06-27", "PN1")),
                example("441", lookedAfter().bornOn("2023-01-01").review("2025-06-27", "PN1"), lookedAfter().bornOn("2023-01-01").review("2025-06-27", "PN0")),
                example("1006", lookedAfter().missing("X", "2025-07-01", "2025-07-02"), lookedAfter().missing("M", "2025-07-01", "2025-07-02")),
                example("567", lookedAfter().missing("M", "2025-07-03", "2025-07-01"), lookedAfter().missing("M", "2025-07-01", "2025-07-03")),
                example("574", lookedAfter().missing("M", "2025-07-01", null).missing("A", "2025-08-01", "2025-08-02"),
                        lookedAfter().missing("M", "2025-07-01", "2025-07-02").missing("A", "2025-08-01", "2025-08-02")),
                example("577", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-10-01", "E4A")).missing("M", "2025-09-01", null),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-10-01", "E4A")).missing("M", "2025-09-01", "2025-09-02")),
                example("586", lookedAfter().missing("M", "2012-05-14", "2012-05-15"), lookedAfter().missing("M", "2025-07-01", "2025-07-02")),
                example("570", lookedAfter().missing("M", "2026-04-02", null), lookedAfter().missing("M", "2025-07-01", null)),
                example("575", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "X1"), episode("2025-09-01", "P", "V2", "U4", null, null))
                                .missing("M", "2025-08-20", null),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-09-01", "X1"), episode("2025-09-01", "P", "V2", "U4", null, null))
                                .missing("M", "2025-09-20", null)),
                example("580", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-10-01", "E4A")).missing("M", "2025-09-28", "2025-10-03"),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-10-01", "E8")).missing("M", "2025-09-28", "2025-10-03")),
                example("571", lookedAfter().missing("M", "2025-03-01", "2025-03-20"), lookedAfter().missing("M", "2025-03-01", "2025-04-02")),
                example("399", lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-05", "E13")).review("2025-06-04", "PN1"),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V3", "U6", "2025-06-05", "E13")).mother(null, null)),
                example("578", lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-10-01", "E4A")).missing("M", "2025-11-01", "2025-11-02"),
                        lookedAfter().episodes(episode("2025-06-02", "S", "V2", "U6", "2025-10-01", "E4A")).missing("M", "2025-09-01", "2025-09-02")),

                example("186", allYear().health(health(null, null, null)), allYear().health(health(14, null, null))),
                example("188", allYear().bornOn("2023-01-01").health(health(14, null, "1")), allYear().bornOn("2023-01-01").health(health(null, null, "1"))),
                example("189", allYear().bornOn("2007-01-01").health(health(14, null, null)), allYear().bornOn("2007-01-01").health(health(null, null, null))),
                example("196", allYear().health(health(null, "SDQ9", null)), allYear().health(health(null, "SDQ1", null))),
                example("182", allYear().health(new HealthOutcomes(14, null, null, null, "1", null, "1", "0", null, null)), allYear().health(health(14, null, null))),
                example("193", allYear().health(new HealthOutcomes(14, null, null, null, "1", "1", "1", "0", "1", null)),
                        allYear().health(new HealthOutcomes(14, null, null, null, "1", "1", "1", "1", "1", null))),
                example("545", allYear().bornOn("2022-01-01").health(health(null, null, null)), allYear().bornOn("2022-01-01").health(health(null, null, "1"))),
                example("546", allYear().health(health(14, null, "1")), allYear().health(health(14, null, null))),
                example("131", lookedAfter().leaver(null, "F2", "D1"), lookedAfter().leaver("YES", "F2", "D1")),
                example("132", lookedAfter().leaver("YES", null, "D1"), lookedAfter().leaver("YES", "F2", "D1")),
                example("133", lookedAfter().leaver("YES", "F2", "Q1"), lookedAfter().leaver("YES", "F2", "D1")),
                example("153", lookedAfter().leaver("YES", null, null), lookedAfter().leaver("YES", "F2", "D1")),

                example("344", lookedAfter().leaver("DIED", "F2", "D1"), lookedAfter().leaver("DIED", null, null)),
                example("345", lookedAfter().leaver("YES", null, "D1"), lookedAfter().leaver("YES", "F2", "D1")),
                example("3001", lookedAfter().leaver("YES", "F2", "Z1").leaverAged(17), lookedAfter().leaver("YES", "F2", "Z1")),
                example("191", allYear().health(new HealthOutcomes(14, null, null, null, "1", null, "1", "0", null, null)), allYear().health(health(14, null, null))),
                example("547", allYear().bornOn("2022-01-01").health(new HealthOutcomes(null, null, null, "1", "1", null, "1", "0", null, null)),
                        allYear().bornOn("2022-01-01").health(health(null, null, "1"))),
                example("158", allYear().health(new HealthOutcomes(14, null, null, null, "1", "1", "1", "1", "1", "1")),
                        allYear().health(new HealthOutcomes(14, null, null, null, "1", "1", "1", "1", "1", null))),
                example("159", allYear().health(new HealthOutcomes(14, null, null, null, "1", "1", "1", "1", "0", null)),
                        allYear().health(new HealthOutcomes(14, null, null, null, "1", "1", "1", "1", "0", "1"))),
                example("180", allYear().health(health(41, null, null)), allYear().health(health(14, null, null))),
                example("181", allYear().health(new HealthOutcomes(14, null, null, null, "2", "1", "1", "0", null, null)), allYear().health(health(14, null, null))),
                example("192", allYear().health(new HealthOutcomes(14, null, null, null, "1", "1", "1", "1", null, "1")),
                        allYear().health(new HealthOutcomes(14, null, null, null, "1", "1", "1", "1", "1", null))),
                example("197a", allYear().health(health(14, "SDQ1", null)), allYear().health(health(14, null, null))),
                example("157", allYear().health(health(null, "SDQ1", null)), allYear().health(health(null, "SDQ2", null))),

                example("151", adoptedFrom("A5").adopted(new Adoption(LocalDate.of(2025, 12, 1), LocalDate.of(2024, 9, 2), null, "0", 2, "MF", "L2")),
                        adoptedFrom("A5").adopted(COMPLETE)),
                example("551", adoptedFrom("A5"), adoptedFrom("A5").placedForAdoption("2024-09-02", null, null)),
                example("552", adoptedFrom("A5").placedForAdoption("2025-07-01", null, null), adoptedFrom("A5").placedForAdoption("2025-05-01", null, null)),
                example("557", lookedAfter().episodes(episode("2025-06-02", "S", "E1", "U4", "2025-12-01", "E4A")).placedForAdoption("2025-07-01", null, null),
                        lookedAfter().episodes(episode("2025-06-02", "S", "E1", "U4", "2025-12-01", "E4A")).placedForAdoption("2025-07-01", "2025-11-01", "RD1")),
                example("558", adoptedFrom("A5").placedForAdoption("2025-05-01", "2025-11-01", "RD1"), adoptedFrom("A5").placedForAdoption("2025-05-01", null, null)),

                example("331", adoptedFrom("A5").adopted(adoption("2024-09-02", "2025-07-01")), adoptedFrom("A5").adopted(COMPLETE)),
                example("333", adoptedFrom("A5").adopted(adoption("2025-04-01", "2025-03-03")), adoptedFrom("A5").adopted(COMPLETE)),
                example("521", adoptedFrom("A5").adopted(adoption("2025-07-01", null)), adoptedFrom("A5").adopted(COMPLETE)),
                example("1003", placedForAdoptionFrom("2025-08-01").placedForAdoption("2025-05-01", null, null),
                        placedForAdoptionFrom("2025-08-01").placedForAdoption("2025-07-01", null, null)),
                example("522", lookedAfter().placedForAdoption("2025-07-01", "2025-06-20", "RD1"), lookedAfter().placedForAdoption("2025-07-01", "2025-07-20", "RD1")),
                example("117", lookedAfter().episodes(episode("2025-06-02", "S", "C2", "U4", "2025-10-01", "E4A")).placedForAdoption("2025-07-01", "2025-11-01", "RD1"),
                        lookedAfter().episodes(episode("2025-06-02", "S", "C2", "U4", "2025-10-01", "E4A")).placedForAdoption("2025-07-01", "2025-09-01", "RD1")),
                example("118", lookedAfter().placedForAdoption("2025-05-01", "2025-05-20", "RD1"), lookedAfter().placedForAdoption("2025-05-01", "2025-07-01", "RD1")),
                example("554", placementOrderOn("2025-08-01").placedForAdoption("2025-09-01", null, null),
                        placementOrderOn("2025-08-01").placedForAdoption("2025-07-01", null, null)),

                example("119", lookedAfter().placedForAdoption("2025-07-01", "2025-08-01", null), lookedAfter().placedForAdoption("2025-07-01", "2025-08-01", "RD1")),
                example("120", lookedAfter().placedForAdoption("2025-07-01", "2025-08-01", "RD9"), lookedAfter().placedForAdoption("2025-07-01", "2025-08-01", "RD1")),
                example("114", adoptedFrom("A5").adopted(fosterCarers("2")), adoptedFrom("A5").adopted(fosterCarers("1"))),
                example("175", adoptedFrom("A5").adopted(adopters(3, "MF", "L2")), adoptedFrom("A5").adopted(COMPLETE)),
                example("176", adoptedFrom("A5").adopted(adopters(2, "XX", "L2")), adoptedFrom("A5").adopted(COMPLETE)),
                example("177", adoptedFrom("A5").adopted(adopters(2, "MF", "L9")), adoptedFrom("A5").adopted(COMPLETE)),
                example("134", lookedAfter().leaver("YES", "F2", "D1").adopted(COMPLETE), lookedAfter().leaver("YES", "F2", "D1")),
                example("556", lookedAfter().episodes(episode("2005-06-01", "S", "D1", "A6", null, null)).placedForAdoption("2005-07-01", null, null),
                        lookedAfter().episodes(episode("2005-06-01", "S", "D1", "A6", null, null)).placedForAdoption("2005-05-01", null, null)),
                example("631", lookedAfter().permanence("P9", null, null), lookedAfter().permanence("P2", "999", "2020-01-01")),
                example("635", lookedAfter().permanence("Z1", "999", null), lookedAfter()),
                example("630", lookedAfter().permanence("P2", null, null), lookedAfter().permanence("P2", "999", "2020-01-01")),
                example("602", lookedAfter().adopted(COMPLETE), adoptedFrom("A5").adopted(COMPLETE)),
                example("1012", lookedAfter().leaver("YES", "F2", "D1").missing("M", "2025-07-01", "2025-07-02"), lookedAfter().leaver("YES", "F2", "D1")),
                example("553", placementOrderOn("2025-08-01"), placementOrderOn("2025-08-01").placedForAdoption("2025-07-01", null, null)),
                example("184", lookedAfter().placedForAdoption("2012-01-01", null, null), lookedAfter().placedForAdoption("2025-07-01", null, null)),
                example("525", adoptedFrom("A5").adopted(COMPLETE).placedForAdoption("2024-09-02", "2024-12-01", "RD1"),
                        adoptedFrom("A5").adopted(COMPLETE).placedForAdoption("2024-09-02", null, null)),
                example("523", adoptedFrom("A5").adopted(COMPLETE).placedForAdoption("2024-09-03", null, null),
                        adoptedFrom("A5").adopted(COMPLETE).placedForAdoption("2024-09-02", null, null)),
                example("335", adoptedFrom("A6").adopted(fosterCarers("1")), adoptedFrom("A5").adopted(fosterCarers("1"))),
                example("511", adoptedFrom("A5").adopted(adopters(2, "M1", "L2")), adoptedFrom("A5").adopted(COMPLETE)),
                example("514", adoptedFrom("A5").adopted(adopters(1, "MF", "L0")), adoptedFrom("A5").adopted(adopters(1, "F1", "L0"))),
                example("517", adoptedFrom("A5").adopted(adopters(2, "FF", "L3")), adoptedFrom("A5").adopted(adopters(2, "MF", "L3"))),
                example("518", adoptedFrom("A5").adopted(adopters(2, "MF", "L4")), adoptedFrom("A5").adopted(adopters(2, "FF", "L4"))),
                example("519", adoptedFrom("A5").adopted(adopters(2, "F1", "L2")), adoptedFrom("A5").adopted(COMPLETE)),
                example("520", adoptedFrom("A5").adopted(adopters(2, "MM", "L11")), adoptedFrom("A5").adopted(adopters(2, "MF", "L11"))),
                example("524", adoptedFrom("A5").adopted(adopters(2, "MF", "L12")), adoptedFrom("A5").adopted(adopters(2, "MM", "L12"))),

                compared("207", lookedAfter(), lookedAfter().mother("1", "2025-01-01"), lookedAfter().mother("1", "2025-01-01")),
                compared("202", lookedAfter(), lookedAfter().sex("M"), lookedAfter().sex("M")),
                compared("203", lookedAfter(), lookedAfter().bornOn("2012-06-14"), lookedAfter().bornOn("2012-06-14")),
                compared("204", lookedAfter(), lookedAfter().ethnicity("BAFR"), lookedAfter().ethnicity("BAFR")),
                compared("208", lookedAfter(), lookedAfter().upn("UN2"), lookedAfter().upn(org.opencsc.child.Upn.withCheckLetter("999123425002"))),
                compared("502", lookedAfter(), allYear(), allYear()),
                compared("503A", lookedAfter().episodes(episode("2024-03-04", "L", "C2", "U4", null, null)), allYear(), allYear()),
                compared("503B", lookedAfter().episodes(episode("2024-03-04", "S", "C1", "U4", null, null)), allYear(), allYear()),
                compared("503C", lookedAfter().episodes(cin(episode("2024-03-04", "S", "C2", "U4", null, null), "N2")), allYear(), allYear()),
                compared("503D", lookedAfter().episodes(episode("2024-03-04", "S", "C2", "U6", null, null)), allYear(), allYear()),
                compared("503E", lookedAfter().episodes(episode("2024-03-04", "C2", "U4", "PR4", null)), allYear(), allYear()),
                compared("503F", lookedAfter().episodes(episode("2024-03-04", "C2", "U4", "PR1", "SC123456")), allYear(), allYear()),
                compared("562", allYear(), lookedAfter(), lookedAfter().episodes(episode("2024-03-05", "S", "C2", "U4", null, null))));
    }

    private static List<String> fired(AChild child, AChild lastYear) {
        return firedIn(YEAR, child, lastYear);
    }

    private static List<String> firedIn(CollectionYear year, AChild child, AChild lastYear) {
        var context = ReturnYear.of(year, SCHEMA, lastYear == null ? List.of() : List.of(lastYear.build()));
        var built = child.build();
        return Rule.all().stream().filter(rule -> rule.check().test(built, context).findAny().isPresent()).map(Rule::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachRuleFiresOnTheChildWhoseDataBreaksItAndStaysQuietWhenPutRight(Example example) {
        assertThat(fired(example.fires(), example.lastYear())).as("fires").contains(example.code());
        assertThat(fired(example.quiet(), example.lastYear())).as("quiet").doesNotContain(example.code());
    }

    @Test
    void everyRuleHasAnExampleAndEveryCodeIsUsedOnce() {
        var examples = examples().map(Example::code).toList();
        var codes = Rule.all().stream().map(Rule::code).toList();
        assertThat(examples).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void aChildWithNothingWrongFiresNoRule() {
        assertThat(fired(lookedAfter().review("2025-06-27", "PN1"), null)).isEmpty();
        assertThat(fired(allYear().health(health(14, null, null)), allYear())).isEmpty();
    }

    @Test
    void aRuleNamesTheEpisodeItFiresOnAndLinksToItsCare() {
        var child = lookedAfter().episodes(episode("2025-06-02", "S", "V2", "P1", null, null)).build();
        var rule = Rule.all().stream().filter(r -> r.code().equals("378")).findFirst().orElseThrow();
        var fired = rule.check().test(child, ReturnYear.of(YEAR, SCHEMA, List.of())).toList();
        assertThat(fired).containsExactly(new Rule.Fired("Episode from 02/06/2025 (V2, P1)", "/children/1/care#episodes-10"));
    }

    @Test
    void failuresAreReportedErrorsFirstWithTheChildTheyFireOn() {
        var ssda903 = new Ssda903Return(null);
        var child = lookedAfter().ethnicity(null).episodes(episode("2024-03-04", "S", "C2", "U4", null, null)).build();
        var failures = ssda903.validate(List.of(child), ReturnYear.of(YEAR, SCHEMA, List.of()), org.opencsc.returns.ExportProgress.NONE);
        assertThat(failures).extracting(f -> f.code() + " " + f.severity()).containsExactly("103 ERROR", "562 QUERY");
        assertThat(failures.getFirst().childReference()).isEqualTo("C1");
        assertThat(failures.getFirst().personId()).isEqualTo(1L);
    }

    @Test
    void sexIsMFOrUFrom2024To25And1Or2Before() {
        var before = new CollectionYear(2024);
        var from = new CollectionYear(2025);
        assertThat(firedIn(from, lookedAfter().sex("U"), null)).doesNotContain("101");
        assertThat(firedIn(from, lookedAfter().sex("M").mother(null, null), null)).doesNotContain("101", "165");
        assertThat(firedIn(from, lookedAfter().sex("2"), null)).contains("101");
        assertThat(firedIn(before, lookedAfter().sex("2"), null)).doesNotContain("101");
        assertThat(firedIn(before, lookedAfter().sex("F"), null)).contains("101");
        assertThat(firedIn(before, lookedAfter().sex(null), null)).contains("101");
    }

    @Test
    void theRulesOnMothersReadTheYearsCodeForAGirlAndABoy() {
        var before = new CollectionYear(2024);
        // A girl looked after with no mother status: 165 and 393, whichever code the year gives her.
        assertThat(firedIn(before, lookedAfter().sex("2").mother(null, null), null)).contains("165", "393");
        assertThat(firedIn(YEAR, lookedAfter().sex("F").mother(null, null), null)).contains("165", "393");
        assertThat(firedIn(YEAR, lookedAfter().sex("M").mother(null, null), null)).doesNotContain("165", "393");
        // A boy with a mother's child's date of birth: 174 in both years.
        assertThat(firedIn(before, lookedAfter().sex("1").mother(null, "2025-01-01"), null)).contains("174");
        assertThat(firedIn(YEAR, lookedAfter().sex("M").mother(null, "2025-01-01"), null)).contains("174").doesNotContain("612");
        assertThat(firedIn(before, lookedAfter().sex("2").mother("0", "2025-01-01"), null)).contains("612");
        // A girl of 2024/25 written as 2 the year before is the same girl (202 quiet); as a boy she is not.
        assertThat(firedIn(YEAR, lookedAfter(), lookedAfter().sex("2"))).doesNotContain("202");
        assertThat(firedIn(YEAR, lookedAfter(), lookedAfter().sex("1"))).contains("202");
    }

    private static AChild placed(String start, String place, String provider, String urn) {
        return lookedAfter().episodes(episode(start, "V2", place, provider, urn));
    }

    @Test
    void thePlacementTypesAreTheYearsH5P2AndZ1GoingAndK3AndZ11ToZ14ComingIn2025To26() {
        var before = new CollectionYear(2025);
        for (var gone : List.of("H5", "P2", "Z1")) {
            assertThat(firedIn(before, placed("2024-06-03", gone, gone.equals("Z1") ? null : "PR1", null), null)).as(gone).doesNotContain("146");
            assertThat(firedIn(YEAR, placed("2025-06-02", gone, gone.equals("Z1") ? null : "PR1", null), null)).as(gone).contains("146");
        }
        for (var come : List.of("Z11", "Z12", "Z13", "Z14")) {
            assertThat(firedIn(YEAR, placed("2025-06-02", come, null, null), null)).as(come).doesNotContain("146", "178", "213", "526");
            assertThat(firedIn(YEAR, placed("2025-06-02", come, "PR1", null), null)).as(come).contains("178", "213").doesNotContain("526");
            assertThat(firedIn(YEAR, placed("2025-06-02", come, null, "SC123456"), null)).as(come).contains("222");
            assertThat(firedIn(before, placed("2024-06-03", come, null, null), null)).as(come).contains("146", "526");
        }
        assertThat(firedIn(YEAR, placed("2025-06-02", "K3", "PR1", "SC123456"), null)).doesNotContain("146", "222");
        assertThat(firedIn(before, placed("2024-06-03", "K3", "PR1", "SC123456"), null)).contains("146");
        // Z1 had no provider to 2024/25; with one it was 213.
        assertThat(firedIn(before, placed("2024-06-03", "Z1", null, null), null)).doesNotContain("178", "213", "526");
        assertThat(firedIn(before, placed("2024-06-03", "Z1", "PR1", null), null)).contains("213");
        assertThat(firedIn(before, placed("2024-06-03", "P2", "PR4", "SC123456"), null)).contains("222");
    }

    @Test
    void supportedAccommodationIsH5From14To2024To25AndK3From16From2025To26() {
        var before = new CollectionYear(2025);
        // Born 14 May 2009: 15 in June 2024 and 16 in June 2025.
        assertThat(firedIn(before, lookedAfter().bornOn("2009-05-14").episodes(episode("2024-06-03", "S", "V2", "H5", null, null)), null))
                .doesNotContain("371");
        assertThat(firedIn(before, lookedAfter().bornOn("2011-05-14").episodes(episode("2024-06-03", "S", "V2", "H5", null, null)), null))
                .contains("371");
        assertThat(firedIn(YEAR, lookedAfter().bornOn("2010-05-14").episodes(episode("2025-06-02", "S", "V2", "K3", null, null)), null))
                .as("15 in K3").contains("371");
        assertThat(firedIn(YEAR, lookedAfter().bornOn("2009-05-14").episodes(episode("2025-06-02", "S", "V2", "K3", null, null)), null))
                .doesNotContain("371");
    }

    @Test
    void anOpenPlacementWrittenH5LastYearAndK3ThisYearOrZ1AndZ11IsTheSamePlacementFor503D() {
        var lastYear = lookedAfter().episodes(episode("2024-03-04", "S", "C2", "H5", null, null));
        assertThat(firedIn(YEAR, lookedAfter().episodes(episode("2024-03-04", "S", "C2", "K3", null, null)), lastYear)).doesNotContain("503D");
        assertThat(firedIn(YEAR, lookedAfter().episodes(episode("2024-03-04", "S", "C2", "K2", null, null)), lastYear)).contains("503D");
        var otherLastYear = lookedAfter().episodes(episode("2024-03-04", "C2", "Z1", null, null));
        assertThat(firedIn(YEAR, lookedAfter().episodes(episode("2024-03-04", "C2", "Z12", null, null)), otherLastYear)).doesNotContain("503D");
        assertThat(firedIn(YEAR, lookedAfter().episodes(episode("2024-03-04", "S", "C2", "H5", null, null)),
                lookedAfter().episodes(episode("2024-03-04", "S", "C2", "K3", null, null)))).as("not back from K3 to H5").contains("503D");
    }
}
