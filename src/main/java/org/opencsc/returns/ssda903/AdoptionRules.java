package org.opencsc.returns.ssda903;

import static org.opencsc.returns.ssda903.Rule.error;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.opencsc.returns.ssda903.LookedAfterChild.EpisodeRow;
import org.opencsc.returns.ssda903.Rule.Fired;

/** The DfE rules on adoption: AD1 complete, and decisions to place for adoption consistent with the episodes. */
final class AdoptionRules {

    private static final Set<String> PLACED_FOR_ADOPTION = Rule.codes("A3", "A4", "A5", "A6");
    private static final Set<String> ADOPTED = Rule.codes("E11", "E12");

    private AdoptionRules() {
    }

    private static Rule.Check onAdoption(BiFunction<LookedAfterChild, ReturnYear, Boolean> fails) {
        return (child, year) -> fails.apply(child, year)
                ? Stream.of(new Fired("Adoption", "/children/" + child.personId() + "/permanence")) : Stream.empty();
    }

    private static EpisodeRow firstPlacedForAdoption(LookedAfterChild child) {
        return child.episodes().stream().filter(e -> PLACED_FOR_ADOPTION.contains(e.place())).findFirst().orElse(null);
    }

    private static EpisodeRow careEnded(LookedAfterChild child) {
        return child.episodes().stream().filter(e -> e.end() != null && !"X1".equals(e.reasonEnded())).reduce((a, b) -> b).orElse(null);
    }

    /** The day the child's latest period of care in the return began (its episode started with S), or null if it began before the year. */
    private static java.time.LocalDate startedToBeLookedAfter(LookedAfterChild child) {
        return child.episodes().stream().filter(e -> "S".equals(e.reasonNew())).map(EpisodeRow::start).reduce((a, b) -> b).orElse(null);
    }

    /** The day the placement order was granted: the first episode whose legal status became E1 at its start. */
    private static java.time.LocalDate placementOrderGranted(LookedAfterChild child) {
        for (int i = 0; i < child.episodes().size(); i++) {
            var episode = child.episodes().get(i);
            var before = Rule.joinedBefore(child, i);
            if ("E1".equals(episode.legalStatus()) && Rule.codes("S", "L", "T", "U").contains(episode.reasonNew())
                    && (before == null || !"E1".equals(before.legalStatus()))) {
                return episode.start();
            }
        }
        return null;
    }

    /** Adopters of a legal status whose sexes are not one of those it allows. */
    private static Rule.Check adopters(String legalStatus, String... sexes) {
        return onAdoption((c, y) -> c.ad1() != null && legalStatus.equals(c.ad1().adoptersLegalStatus())
                && !Rule.codes(sexes).contains(c.ad1().adoptersSex()));
    }

    private static boolean anyBlank(Object... values) {
        return Stream.of(values).anyMatch(v -> v == null);
    }

    static final List<Rule> RULES = List.of(
            error("151", "All data items relating to a childs adoption must be coded or left blank.",
                    onAdoption((c, y) -> c.ad1() != null && anyBlank(c.ad1().decisionDate(), c.ad1().matchDate(), c.ad1().fosterCarers(),
                            c.ad1().adopters(), c.ad1().adoptersSex(), c.ad1().adoptersLegalStatus()))),
            error("551", "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.",
                    onAdoption((c, y) -> firstPlacedForAdoption(c) != null && c.placedForAdoption().isEmpty())),
            error("552", "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.",
                    onAdoption((c, y) -> firstPlacedForAdoption(c) != null && c.placedForAdoption().stream()
                            .noneMatch(p -> !p.decisionDate().isAfter(firstPlacedForAdoption(c).start())) && !c.placedForAdoption().isEmpty())),
            error("557", "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and "
                            + "information on the decision that they should no longer be placed for adoption items has not been completed.",
                    onAdoption((c, y) -> careEnded(c) != null && !ADOPTED.contains(careEnded(c).reasonEnded())
                            && c.placedForAdoption().stream().anyMatch(p -> p.ceasedDate() == null))),
            error("558", "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the "
                            + "decision that a child should no longer be placed for adoption should be left blank.",
                    onAdoption((c, y) -> careEnded(c) != null && ADOPTED.contains(careEnded(c).reasonEnded()) && !c.placedForAdoption().isEmpty()
                            && c.placedForAdoption().getLast().ceasedDate() != null)),
            error("331", "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().matchDate() != null && careEnded(c) != null
                            && ADOPTED.contains(careEnded(c).reasonEnded()) && c.ad1().matchDate().isAfter(careEnded(c).start()))),
            error("333", "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().matchDate() != null
                            && (c.ad1().decisionDate() == null || c.ad1().decisionDate().isAfter(c.ad1().matchDate())))),
            error("521", "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must "
                            + "be on or prior to the date the child is placed for adoption.",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().decisionDate() != null && firstPlacedForAdoption(c) != null
                            && c.ad1().decisionDate().isAfter(firstPlacedForAdoption(c).start()))),
            error("1003", "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
                    onAdoption((c, y) -> startedToBeLookedAfter(c) != null && c.placedForAdoption().stream()
                            .anyMatch(p -> p.ceasedDate() == null && p.decisionDate().isBefore(startedToBeLookedAfter(c))))),
            error("522", "Date of decision that the child should be placed for adoption must be on or before the date that a child should no "
                            + "longer be placed for adoption.",
                    onAdoption((c, y) -> c.placedForAdoption().stream().anyMatch(p -> p.ceasedDate() != null && p.ceasedDate().isBefore(p.decisionDate())))),
            error("117", "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or "
                            + "after the child ceased to be looked after.",
                    onAdoption((c, y) -> c.placedForAdoption().stream().anyMatch(p -> p.decisionDate().isAfter(y.end())
                            || (p.ceasedDate() != null && p.ceasedDate().isAfter(y.end()))
                            || (careEnded(c) != null && (p.decisionDate().isAfter(careEnded(c).end())
                                || (p.ceasedDate() != null && p.ceasedDate().isAfter(careEnded(c).end()))))))),
            error("118", "Date of decision that a child should no longer be placed for adoption is before the current collection year or before "
                            + "the date the child started to be looked after.",
                    onAdoption((c, y) -> c.placedForAdoption().stream().anyMatch(p -> p.ceasedDate() != null && (p.ceasedDate().isBefore(y.start())
                            || (startedToBeLookedAfter(c) != null && p.ceasedDate().isBefore(startedToBeLookedAfter(c))))))),
            error("554", "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order "
                            + "was granted.",
                    onAdoption((c, y) -> placementOrderGranted(c) != null && !c.placedForAdoption().isEmpty() && c.placedForAdoption().stream()
                            .noneMatch(p -> !p.decisionDate().isAfter(placementOrderGranted(c))))),
            error("119", "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the "
                            + "reason why this decision was made must be completed.",
                    onAdoption((c, y) -> c.placedForAdoption().stream().anyMatch(p -> (p.ceasedDate() == null) != (p.ceasedReason() == null)))),
            error("120", "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.",
                    onAdoption((c, y) -> c.placedForAdoption().stream()
                            .anyMatch(p -> p.ceasedReason() != null && !y.isCode("PlacedAdoption", "REASON_PLACED_CEASED", p.ceasedReason())))),
            error("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().fosterCarers() != null && !y.isCode("AD1", "FOSTER_CARE", c.ad1().fosterCarers()))),
            error("175", "The number of adopter(s) code is not a valid code.",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().adopters() != null && c.ad1().adopters() != 1 && c.ad1().adopters() != 2)),
            error("176", "The gender of adopter(s) at the date of adoption code is not a valid code.",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().adoptersSex() != null && !y.isCode("AD1", "SEX_ADOPTR", c.ad1().adoptersSex()))),
            error("177", "The legal status of adopter(s) code is not a valid code.",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().adoptersLegalStatus() != null
                            && !y.isCode("AD1", "LS_ADOPTR", c.ad1().adoptersLegalStatus()))),
            error("134", "Data on adoption should not be entered for the OC3 cohort.",
                    onAdoption((c, y) -> c.ad1() != null && c.oc3() != null
                            && Stream.of(c.oc3().inTouch(), c.oc3().activity(), c.oc3().accommodation()).anyMatch(v -> v != null))),
            error("556", "Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order "
                            + "was granted.",
                    onAdoption((c, y) -> c.episodes().stream().filter(e -> "D1".equals(e.legalStatus()))
                            .anyMatch(e -> c.placedForAdoption().stream().anyMatch(p -> p.decisionDate().isAfter(e.start()))))),
            error("631", "Previous permanence option not a valid value.",
                    onAdoption((c, y) -> c.previousPermanence() != null && c.previousPermanence().code() != null
                            && !y.isCode("PrevPerm", "PREV_PERM", c.previousPermanence().code()))),
            error("635", "There are entries for date of order and local authority code where previous permanence option was arranged but "
                            + "previous permanence code is Z1",
                    onAdoption((c, y) -> c.previousPermanence() != null
                            && (c.previousPermanence().authority() != null || c.previousPermanence().date() != null)
                            && (c.previousPermanence().code() == null || "Z1".equals(c.previousPermanence().code())))),
            error("630", "Information on previous permanence option should be returned.",
                    onAdoption((c, y) -> c.episodes().stream().anyMatch(e -> "S".equals(e.reasonNew()) && !e.start().isBefore(y.start()))
                            && (c.previousPermanence() == null || c.previousPermanence().code() == null
                                || (!"Z1".equals(c.previousPermanence().code())
                                    && (c.previousPermanence().authority() == null || c.previousPermanence().date() == null))))),
            error("602", "The episode data submitted for this child does not show that he/she was adopted during the year.",
                    onAdoption((c, y) -> c.ad1() != null && c.episodes().stream()
                            .noneMatch(e -> ADOPTED.contains(e.reasonEnded()) && e.end() != null && !e.end().isBefore(y.start()) && !e.end().isAfter(y.end())))),
            error("1012", "No other data should be returned for OC3 children who had no episodes in the current year",
                    onAdoption((c, y) -> !c.lookedAfterInYear() && (c.ad1() != null || c.oc2() != null || !c.reviews().isEmpty()
                            || !c.missing().isEmpty() || !c.placedForAdoption().isEmpty() || c.previousPermanence() != null))),
            error("553", "Placement order has been granted but there is no date of decision that the child should be placed for adoption.",
                    onAdoption((c, y) -> c.placedForAdoption().isEmpty() && c.episodes().stream().anyMatch(e -> "E1".equals(e.legalStatus())))),
            error("184", "Date of decision that a child should be placed for adoption is before the child was born.",
                    onAdoption((c, y) -> c.dateOfBirth() != null && c.placedForAdoption().stream().anyMatch(p -> p.decisionDate().isBefore(c.dateOfBirth())))),
            error("525", "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.",
                    onAdoption((c, y) -> c.ad1() != null && c.placedForAdoption().stream().anyMatch(p -> p.ceasedDate() != null))),
            error("523", "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is "
                            + "in the best interest (date should be placed).",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().decisionDate() != null
                            && c.placedForAdoption().stream().anyMatch(p -> !p.decisionDate().equals(c.ad1().decisionDate())))),
            error("335", "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or "
                            + "A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 "
                            + "or A6.",
                    onAdoption((c, y) -> c.ad1() != null && c.ad1().fosterCarers() != null && careEnded(c) != null
                            && ADOPTED.contains(careEnded(c).reasonEnded())
                            && (("0".equals(c.ad1().fosterCarers()) && Rule.codes("A2", "A3", "A5").contains(careEnded(c).place()))
                                || ("1".equals(c.ad1().fosterCarers()) && Rule.codes("A1", "A4", "A6").contains(careEnded(c).place()))))),
            error("511", "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be "
                            + "MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting "
                            + "couple are male and female.",
                    onAdoption((c, y) -> c.ad1() != null && Integer.valueOf(2).equals(c.ad1().adopters())
                            && Rule.codes("M1", "F1").contains(c.ad1().adoptersSex()))),
            error("514", "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as "
                            + "a couple.",
                    adopters("L0", "M1", "F1")),
            error("517", "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple "
                            + "are male and female.",
                    adopters("L3", "MF")),
            error("518", "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting "
                            + "couple are both males. FF = the adopting couple are both females.",
                    adopters("L4", "MM", "FF")),
            error("519", "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does "
                            + "not show it as a couple.",
                    adopters("L2", "MM", "FF", "MF")),
            error("520", "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters "
                            + "shows it as a same gender couple.",
                    adopters("L11", "MF")),
            error("524", "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting "
                            + "couple are both males. FF = the adopting couple are both females",
                    adopters("L12", "MM", "FF")));
}
