package org.opencsc.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.returns.cin.CensusChildBuilder.day;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencsc.child.Upn;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.RuleFailure;
import org.opencsc.returns.Severity;
import org.opencsc.returns.cin.CensusChild.Assessment;
import org.opencsc.returns.cin.CensusChild.CinPlan;
import org.opencsc.returns.cin.CensusChild.CpPlan;
import org.opencsc.returns.cin.CensusChild.Enquiry;
import org.opencsc.returns.cin.CensusChild.Episode;

/**
 * Every DfE rule made to fire by one change to a clean 2025/26 record, and kept quiet by the
 * nearest record that is right (the clean record itself where there is no nearer one).
 */
class CinCensusRulesTest {

    private static final CollectionYear YEAR = new CollectionYear(2026);

    private static Arguments rule(String code, Consumer<CensusChildBuilder> fires, Consumer<CensusChildBuilder> quiet) {
        return Arguments.of(code, fires, quiet);
    }

    private static Arguments rule(String code, Consumer<CensusChildBuilder> fires) {
        return rule(code, fires, b -> { });
    }

    private static Assessment assessment(String start, String authorised, String... factors) {
        return new Assessment(2, day(start), authorised == null ? null : day(authorised), List.of(factors));
    }

    private static Enquiry enquiry(String start, String target, String icpc, boolean notRequired) {
        return new Enquiry(2, 12, day(start), target == null ? null : day(target), icpc == null ? null : day(icpc), notRequired);
    }

    private static Enquiry openEnquiry(String start) {
        return enquiry(start, null, null, false);
    }

    private static CinPlan cinPlan(long id, String start, String end) {
        return new CinPlan(id, day(start), end == null ? null : day(end));
    }

    private static CpPlan cpPlan(String start, String end, String... reviews) {
        return new CpPlan(1, day(start), end == null ? null : day(end), "NEG", "EMO", 0, Stream.of(reviews).map(CensusChildBuilder::day).toList());
    }

    private static void noActivity(CensusChildBuilder b) {
        b.assessments.clear();
        b.enquiries.clear();
        b.cinPlans.clear();
        b.cpPlans.clear();
    }

    private static Episode openEpisode(String referred, boolean nfa) {
        return new Episode(99, day(referred), "2A", "N4", null, null, nfa, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                // The child
                rule("8500", b -> b.laChildId = null, b -> b.laChildId = "C0000001"),
                rule("8590", b -> b.noEpisodes = true),
                rule("4180", b -> b.sex = "X", b -> b.sex = null),
                rule("8750", b -> { b.birthDate = null; b.expectedBirthDate = day("2026-05-01"); },
                        b -> { b.birthDate = null; b.expectedBirthDate = day("2026-05-01"); b.sex = null; }),
                rule("8525", b -> b.birthDate = null, b -> { b.birthDate = null; b.expectedBirthDate = day("2026-05-01"); }),
                rule("8520", b -> b.birthDate = day("2026-04-02"), b -> b.birthDate = day("2026-03-31")),
                rule("8530Q", b -> { b.birthDate = null; b.expectedBirthDate = day("2027-01-15"); },
                        b -> { b.birthDate = null; b.expectedBirthDate = day("2026-06-01"); }),
                rule("8535Q", b -> b.deathDate = day("2017-01-01"), b -> b.deathDate = day("2026-03-01")),
                rule("8545Q", b -> b.deathDate = day("2025-01-01"), b -> b.deathDate = day("2026-03-01")),
                rule("4220", b -> b.ethnicity = null, b -> b.ethnicity = "NOBT"),
                rule("8540", b -> b.disabilities.clear(), b -> { b.disabilities.clear(); b.birthDate = null; b.expectedBirthDate = day("2026-05-01"); }),
                rule("8790", b -> b.disabilities.add("HEAR"), b -> { b.disabilities.clear(); b.disabilities.addAll(List.of("HEAR", "VIS")); }),
                rule("8775Q", b -> b.birthDate = day("2000-01-01"), b -> b.birthDate = day("2001-04-01")),
                rule("8770Q", b -> b.upn = null, b -> { b.upn = null; b.upnUnknown = "UN5"; }),
                rule("8772", b -> b.upnUnknown = "UN7"),
                rule("1510", b -> b.upn = (b.upn.charAt(0) == 'A' ? "B" : "A") + b.upn.substring(1)),
                rule("8815", b -> { b.earlierEpisodes.add(openEpisode("2025-04-10", false)); b.closureDate = null; b.closureReason = null; }, b -> b.earlierEpisodes.add(openEpisode("2025-04-10", true))),
                rule("8816", b -> b.earlierEpisodes.add(openEpisode("2025-04-10", false)), b -> b.earlierEpisodes.add(openEpisode("2025-04-10", true))),
                rule("8820", b -> b.earlierEpisodes.add(CensusChildBuilder.noFurtherAction(99, "2025-04-10", "2025-05-10")),
                        b -> b.earlierEpisodes.add(CensusChildBuilder.noFurtherAction(99, "2025-04-10", "2025-04-20"))),
                rule("8555Q", b -> b.deathDate = day("2025-04-15"), b -> b.deathDate = day("2026-03-01")),
                rule("8606", b -> b.birthDate = day("2026-03-01"), b -> b.birthDate = day("2026-01-01")),
                // The episode
                rule("8650", b -> b.primaryNeed = "N99", b -> b.primaryNeed = "N0"),
                rule("8610", b -> b.primaryNeed = null, b -> { b.primaryNeed = null; b.nfa = true; noActivity(b); }),
                rule("8620", b -> b.closureDate = day("2025-03-01")),
                rule("8630", b -> b.closureDate = day("2025-04-20")),
                rule("8805", b -> b.closureReason = null, b -> { b.closureReason = null; b.closureDate = null; }),
                rule("8810", b -> b.closureDate = null, b -> { b.closureReason = null; b.closureDate = null; }),
                rule("8565", b -> b.closureDate = day("2026-01-20"), b -> b.closureDate = day("2026-02-02")),
                rule("8868", b -> b.enquiries.set(0, openEnquiry("2025-06-12")), b -> b.enquiries.set(0, enquiry("2025-06-12", "2025-07-03", null, true))),
                rule("8867", b -> b.assessments.set(0, assessment("2025-05-02", null)), b -> {
                    b.assessments.set(0, assessment("2025-05-02", null));
                    b.closureDate = null;
                    b.closureReason = null;
                }),
                rule("8825Q", b -> { b.closureReason = "RC8"; noActivity(b); }, b -> { b.closureReason = "RC8"; b.enquiries.clear(); b.cinPlans.clear(); b.cpPlans.clear(); }),
                rule("8825Q", b -> { b.closureReason = "RC9"; noActivity(b); }, b -> { b.closureReason = "RC9"; b.enquiries.clear(); b.cinPlans.clear(); b.cpPlans.clear(); }),
                rule("8585Q", b -> b.closureReason = "RC2", b -> { b.closureReason = "RC2"; b.deathDate = day("2026-02-02"); }),
                rule("2990", b -> b.closureReason = "RC8", b -> { b.closureReason = "RC8"; b.enquiries.clear(); b.cinPlans.clear(); b.cpPlans.clear(); }),
                rule("2990", b -> b.closureReason = "RC9", b -> { b.closureReason = "RC9"; b.enquiries.clear(); b.cinPlans.clear(); b.cpPlans.clear(); }),
                rule("8831", b -> b.nfa = true, b -> { b.nfa = true; noActivity(b); }),
                rule("8569Q", b -> { b.nfa = true; noActivity(b); b.referralDate = day("2025-03-20"); },
                        b -> { b.nfa = true; noActivity(b); b.referralDate = day("2025-03-31"); }),
                rule("8839", b -> { b.enquiries.set(0, openEnquiry("2025-06-12")); b.enquiries.add(openEnquiry("2025-06-13")); },
                        b -> b.enquiries.set(0, openEnquiry("2025-06-12"))),
                rule("8890", b -> b.enquiries.add(enquiry("2025-06-15", "2025-07-04", "2025-06-27", false)),
                        b -> b.enquiries.add(enquiry("2025-06-20", "2025-07-04", "2025-06-27", false))),
                rule("8896", b -> { b.assessments.set(0, assessment("2025-05-02", null)); b.assessments.add(assessment("2025-05-03", null)); },
                        b -> b.assessments.set(0, assessment("2025-05-02", null))),
                rule("8863", b -> b.assessments.add(assessment("2025-05-20", "2025-06-30", "3A")),
                        b -> b.assessments.add(assessment("2025-06-10", "2025-06-30", "3A"))),
                rule("8873Q", b -> b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "21")),
                        b -> { b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "21")); b.closureReason = "RC8"; }),
                rule("8873Q", b -> { b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "21")); b.closureDate = null; b.closureReason = null; },
                        b -> { b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "21")); b.closureReason = "RC9"; }),
                rule("8873Q", b -> { b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "21")); b.closureReason = "RC2"; b.deathDate = day("2026-02-02"); },
                        b -> { b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "21")); b.assessments.add(assessment("2025-06-11", "2025-06-30", "3A")); }),
                rule("4000", b -> b.nfa = true),
                rule("4001", b -> { b.cinPlans.set(1, cinPlan(2, "2026-01-12", null)); b.cpPlans.add(cpPlan("2026-01-20", null)); },
                        b -> b.cinPlans.set(1, cinPlan(2, "2026-01-12", null))),
                rule("4003", b -> b.cinPlans.set(1, cinPlan(2, "2025-09-01", "2025-10-01")), b -> b.cinPlans.set(1, cinPlan(2, "2025-09-15", "2025-10-01"))),
                rule("4004", b -> { b.cinPlans.set(0, cinPlan(1, "2025-06-11", null)); b.cinPlans.set(1, cinPlan(2, "2026-01-12", null)); }),
                rule("4014", b -> b.cinPlans.add(cinPlan(3, "2025-06-15", "2025-06-19")), b -> b.cinPlans.add(cinPlan(3, "2026-02-02", "2026-02-02"))),
                rule("4016", b -> b.cinPlans.add(cinPlan(3, "2025-07-01", "2025-08-01"))),
                rule("4017", b -> b.cinPlans.set(0, cinPlan(1, "2025-06-11", "2025-06-25"))),
                rule("8832", b -> b.nfa = true),
                rule("8935", b -> { b.cpPlans.set(0, cpPlan("2025-06-20", null)); b.cpPlans.add(cpPlan("2025-06-21", null)); }),
                rule("8940", b -> b.cpPlans.add(cpPlan("2025-10-01", "2025-12-01")), b -> b.cpPlans.add(cpPlan("2026-01-13", "2026-01-30"))),
                rule("2991Q", b -> b.assessments.clear()),
                // Assessments
                rule("1103", b -> b.assessments.set(0, assessment("2025-04-25", "2025-06-10", "3A")),
                        b -> b.assessments.set(0, assessment("2025-05-01", "2025-06-10", "3A"))),
                rule("8608", b -> b.assessments.set(0, assessment("2025-05-02", "2025-05-01", "3A")),
                        b -> b.assessments.set(0, assessment("2025-05-02", "2025-05-02", "3A"))),
                rule("8670Q", b -> { b.closureDate = null; b.closureReason = null; b.assessments.set(0, assessment("2025-12-01", null)); },
                        b -> { b.closureDate = null; b.closureReason = null; b.assessments.set(0, assessment("2026-03-20", null)); }),
                rule("8897", b -> b.assessments.set(0, assessment("2025-05-02", "2025-06-10")), b -> b.assessments.set(0, assessment("2025-05-02", null))),
                rule("8614", b -> b.assessments.set(0, assessment("2025-05-02", null, "3A"))),
                rule("8696", b -> b.assessments.set(0, assessment("2025-03-01", "2025-03-30", "3A"))),
                rule("8736", b -> b.assessments.set(0, assessment("2025-03-20", null)), b -> b.assessments.set(0, assessment("2025-04-01", null))),
                rule("8869", b -> b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "21", "3A")),
                        b -> b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "21"))),
                rule("8898", b -> b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "3A", "3A"))),
                rule("8899Q", b -> b.disabilities.set(0, "HEAR"), b -> {
                    b.disabilities.set(0, "HEAR");
                    b.assessments.set(0, assessment("2025-05-02", "2025-06-10", "3A", "6A"));
                }),
                // Child in need plans
                rule("4008", b -> b.deathDate = day("2025-06-01"), b -> b.deathDate = day("2026-03-01")),
                rule("4009", b -> b.deathDate = day("2026-01-20"), b -> b.deathDate = day("2026-02-02")),
                rule("4010", b -> b.cinPlans.set(1, cinPlan(2, "2026-04-05", null))),
                rule("4011", b -> b.cinPlans.set(0, cinPlan(1, "2025-06-11", "2025-06-10"))),
                rule("4012Q", b -> b.cinPlans.set(0, cinPlan(1, "2025-06-11", "2025-06-11")), b -> b.cinPlans.set(0, cinPlan(1, "2025-06-11", "2025-06-12"))),
                rule("4013", b -> b.cinPlans.set(1, cinPlan(2, "2026-01-12", "2026-04-10"))),
                rule("4015", b -> b.cinPlans.set(0, cinPlan(1, "2025-04-20", "2025-06-20")), b -> b.cinPlans.set(0, cinPlan(1, "2025-05-01", "2025-06-20"))),
                // Section 47 enquiries
                rule("1104", b -> b.enquiries.set(0, enquiry("2025-04-24", "2025-05-15", "2025-04-25", false))),
                rule("8615", b -> b.enquiries.set(0, enquiry("2025-06-25", "2025-07-03", "2025-06-20", false)),
                        b -> b.enquiries.set(0, enquiry("2025-06-20", "2025-07-03", "2025-06-20", false))),
                rule("2889", b -> b.enquiries.set(0, enquiry("2025-04-30", "2025-07-03", "2025-06-20", false)),
                        b -> b.enquiries.set(0, enquiry("2025-05-01", "2025-07-03", "2025-06-20", false))),
                rule("8740", b -> b.enquiries.set(0, openEnquiry("2025-03-20")), b -> b.enquiries.set(0, openEnquiry("2025-04-01"))),
                rule("8675Q", b -> b.enquiries.set(0, openEnquiry("2026-03-01")), b -> b.enquiries.set(0, openEnquiry("2026-03-20"))),
                rule("8870Q", b -> b.enquiries.set(0, enquiry("2025-06-12", "2025-07-05", "2025-06-20", false))),
                rule("8715", b -> b.enquiries.set(0, enquiry("2025-06-12", "2025-07-03", "2026-04-02", false))),
                rule("8875", b -> b.enquiries.set(0, enquiry("2025-06-12", "2025-07-03", "2025-06-21", false))),
                // Child protection plans
                rule("8720", b -> b.cpPlans.set(0, cpPlan("2026-04-02", null))),
                rule("8905", b -> b.cpPlans.set(0, new CpPlan(1, day("2025-06-20"), day("2026-01-12"), "XYZ", "EMO", 0, List.of()))),
                rule("8910", b -> b.cpPlans.set(0, new CpPlan(1, day("2025-06-20"), day("2026-01-12"), "NEG", "XYZ", 0, List.of()))),
                rule("8915", b -> b.deathDate = day("2025-06-01"), b -> b.deathDate = day("2026-03-01")),
                rule("8920", b -> b.deathDate = day("2025-12-01"), b -> b.deathDate = day("2026-01-12")),
                rule("8925", b -> b.cpPlans.set(0, cpPlan("2025-06-20", "2025-06-19"))),
                rule("8930", b -> b.cpPlans.set(0, cpPlan("2025-06-20", "2026-04-10"))),
                rule("8840", b -> b.cpPlans.set(0, cpPlan("2025-06-20", "2025-06-20")), b -> b.cpPlans.set(0, cpPlan("2025-06-20", "2025-06-21"))),
                rule("8841", b -> b.cpPlans.set(0, cpPlan("2025-06-20", "2026-01-12", "2025-06-20")),
                        b -> b.cpPlans.set(0, cpPlan("2025-06-20", "2026-01-12", "2025-06-21"))),
                rule("2885", b -> b.cpPlans.set(0, cpPlan("2025-06-23", "2026-01-12")), b -> b.cpPlans.set(0, cpPlan("2025-03-10", "2026-01-12"))),
                rule("1105", b -> b.cpPlans.set(0, cpPlan("2025-04-20", "2026-01-12"))));
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("rules")
    void fires(String code, Consumer<CensusChildBuilder> fires, Consumer<CensusChildBuilder> quiet) {
        var child = new CensusChildBuilder();
        fires.accept(child);
        var failures = codes(CinCensusRules.check(child.build(), YEAR));
        assertThat(failures).contains(code);
    }

    @ParameterizedTest(name = "{0} stays quiet")
    @MethodSource("rules")
    void staysQuiet(String code, Consumer<CensusChildBuilder> fires, Consumer<CensusChildBuilder> quiet) {
        var child = new CensusChildBuilder();
        quiet.accept(child);
        assertThat(codes(CinCensusRules.check(child.build(), YEAR))).doesNotContain(code);
    }

    @Test
    void theCleanRecordBreaksNoRuleAtAll() {
        assertThat(CinCensusRules.check(new CensusChildBuilder().build(), YEAR)).isEmpty();
    }

    @Test
    void everyRuleHasItsTestsAndEachCodeIsUsedOnce() {
        var tested = rules().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
        var implemented = CinCensusRules.ALL.stream().map(CinRule::code).toList();
        assertThat(implemented).doesNotHaveDuplicates();
        assertThat(Set.copyOf(implemented)).isEqualTo(tested);
    }

    @Test
    void aCodeEndingInQIsAQueryAndEveryOtherAnError() {
        assertThat(CinCensusRules.ALL).allSatisfy(rule -> assertThat(rule.severity())
                .as(rule.code()).isEqualTo(rule.code().endsWith("Q") ? Severity.QUERY : Severity.ERROR));
    }

    @Test
    void aFailureNamesTheEventAndLinksToItsPage() {
        var child = new CensusChildBuilder();
        child.cpPlans.set(0, cpPlan("2025-06-20", "2025-06-20"));
        var failure = CinCensusRules.check(child.build(), YEAR).stream().filter(f -> f.code().equals("8840")).findFirst().orElseThrow();
        assertThat(failure.event()).isEqualTo("Child protection plan started 20/06/2025");
        assertThat(failure.link()).isEqualTo("/children/1/cp-plans/1");
        assertThat(failure.childReference()).isEqualTo("C0000001");
        assertThat(failure.message()).isEqualTo("Child Protection Plan cannot start and end on the same day");
    }

    @Test
    void twoChildrenWithOneUpnAndMorePlansThanConferencesAreFoundAcrossTheReturn() {
        var whole = new WholeReturnRules(YEAR);
        var first = new CensusChildBuilder();
        first.enquiries.clear();
        whole.count(first.build());
        whole.count(new CensusChildBuilder().build());
        assertThat(whole.failures()).extracting(RuleFailure::code).containsExactly("1520", "1520", "2883", "2887Q", "2888Q");

        var quiet = new WholeReturnRules(YEAR);
        quiet.count(new CensusChildBuilder().build());
        var other = new CensusChildBuilder();
        other.upn = Upn.withCheckLetter("201000012346");
        other.disabilities.clear();
        other.disabilities.addAll(List.of("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"));
        quiet.count(other.build());
        assertThat(quiet.failures()).isEmpty();
    }

    @Test
    void moreThanTwoInAHundredBornChildrenWithoutASexIsQueriedAcrossTheReturn() {
        var whole = new WholeReturnRules(YEAR);
        var unknown = new CensusChildBuilder();
        unknown.sex = null;
        whole.count(unknown.build());
        assertThat(whole.failures()).extracting(RuleFailure::code).contains("2886Q");

        var quiet = new WholeReturnRules(YEAR);
        var unborn = new CensusChildBuilder();
        unborn.sex = null;
        unborn.birthDate = null;
        unborn.expectedBirthDate = day("2026-05-01");
        quiet.count(unborn.build());
        quiet.count(new CensusChildBuilder().build());
        assertThat(quiet.failures()).extracting(RuleFailure::code).doesNotContain("2886Q");
    }

    private static List<String> codes(List<RuleFailure> failures) {
        return failures.stream().map(RuleFailure::code).toList();
    }
}
