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
                            .noneMatch(p -> !p.decisionDate().isAfter(placementOrderGranted(c))))));
}
