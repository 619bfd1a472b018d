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
                            && c.placedForAdoption().getLast().ceasedDate() != null)));
}
