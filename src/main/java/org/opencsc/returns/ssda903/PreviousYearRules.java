package org.opencsc.returns.ssda903;

import static org.opencsc.returns.ssda903.Rule.error;
import static org.opencsc.returns.ssda903.Rule.onChild;
import static org.opencsc.returns.ssda903.Rule.query;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.opencsc.returns.ssda903.LookedAfterChild.EpisodeRow;
import org.opencsc.returns.ssda903.Rule.Fired;

/**
 * The DfE rules that compare this year's return with last year's, which is built again from the
 * same records: the child's details must agree, and the episode open at the end of last year must
 * be the one this year's return starts with.
 */
final class PreviousYearRules {

    private PreviousYearRules() {
    }

    /** Last year's episode still open on 31 March, when last year's return had one. */
    private static EpisodeRow openAtEndOfLastYear(LookedAfterChild child, ReturnYear year) {
        var last = year.lastYear(child);
        if (last == null || last.episodes().isEmpty() || !last.episodes().getLast().open()) {
            return null;
        }
        return last.episodes().getLast();
    }

    private static Rule.Check firstEpisodeDiffers(Function<EpisodeRow, String> field) {
        return firstEpisodeDiffers(field, Objects::equals);
    }

    private static Rule.Check firstEpisodeDiffers(Function<EpisodeRow, String> field, java.util.function.BiPredicate<String, String> same) {
        return (child, year) -> {
            var open = openAtEndOfLastYear(child, year);
            if (open == null || child.episodes().isEmpty() || !child.episodes().getFirst().start().equals(open.start())) {
                return Stream.empty();
            }
            var first = child.episodes().getFirst();
            return same.test(field.apply(open), field.apply(first)) ? Stream.empty() : Stream.of(new Fired(first.named(), child.episodesLink(first)));
        };
    }

    private static boolean differs(LookedAfterChild child, ReturnYear year, Function<LookedAfterChild, Object> field) {
        var last = year.lastYear(child);
        return last != null && field.apply(last) != null && field.apply(child) != null && !field.apply(last).equals(field.apply(child));
    }

    static final List<Rule> RULES = List.of(
            error("202", "The gender code conflicts with the gender already recorded for this child.",
                    // Compared by what the codes say: last year's 1 and this year's M, across the 2024/25 change, are the same sex.
                    onChild((c, y) -> differs(c, y, child -> YearCodes.sexRecorded(child.sex())))),
            error("203", "Date of birth disagrees with the date of birth already recorded for this child.",
                    onChild((c, y) -> differs(c, y, LookedAfterChild::dateOfBirth))),
            error("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.",
                    onChild((c, y) -> differs(c, y, LookedAfterChild::ethnicity))),
            error("208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.",
                    onChild((c, y) -> differs(c, y, LookedAfterChild::upn) && !y.lastYear(c).upn().startsWith("UN")
                            && !c.upn().startsWith("UN"))),
            error("207", "Mother status for the current year disagrees with the mother status already recorded for this child.",
                    onChild((c, y) -> y.lastYear(c) != null && "1".equals(y.lastYear(c).mother()) && c.mother() != null && !"1".equals(c.mother()))),
            error("502", "Last year's record ended with an open episode. The date on which that episode started does not match the start date of "
                            + "the first episode on this year’s record.",
                    (c, y) -> {
                        var open = openAtEndOfLastYear(c, y);
                        if (open == null || c.episodes().isEmpty() || c.episodes().getFirst().start().equals(open.start())) {
                            return Stream.empty();
                        }
                        return Stream.of(new Fired(c.episodes().getFirst().named(), c.episodesLink(c.episodes().getFirst())));
                    }),
            error("503A", "The reason for new episode in the first episode does not match open episode at end of last year.",
                    firstEpisodeDiffers(EpisodeRow::reasonNew)),
            error("503B", "The legal status in the first episode does not match open episode at end of last year.",
                    firstEpisodeDiffers(EpisodeRow::legalStatus)),
            error("503C", "The category of need in the first episode does not match open episode at end of last year.",
                    firstEpisodeDiffers(EpisodeRow::cin)),
            error("503D", "The placement type in the first episode does not match open episode at end of last year",
                    // H5 last year and K3 this year, or Z1 and one of Z11 to Z14, are the same placement across the 2025/26 change.
                    firstEpisodeDiffers(EpisodeRow::place, YearCodes::samePlacement)),
            error("503E", "The placement provider in the first episode does not match open episode at end of last year.",
                    firstEpisodeDiffers(EpisodeRow::provider)),
            error("503F", "The Ofsted URN in the  first episode does not match open episode at end of last year.",
                    firstEpisodeDiffers(EpisodeRow::urn)),
            query("562", "Episode commenced before the start of the current collection year but there is a missing continuous episode in the "
                            + "previous year.",
                    (c, y) -> c.episodes().stream().filter(e -> e.start().isBefore(y.start()))
                            .filter(e -> y.lastYear(c) == null || y.lastYear(c).episodes().stream().noneMatch(l -> l.start().equals(e.start())))
                            .limit(1).map(e -> new Fired(e.named(), c.episodesLink(e)))));
}
