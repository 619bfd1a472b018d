package org.opencsc.returns.ssda903;

import static org.opencsc.returns.ssda903.Rule.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.opencsc.returns.ssda903.LookedAfterChild.MissingRow;
import org.opencsc.returns.ssda903.LookedAfterChild.ReviewRow;
import org.opencsc.returns.ssda903.Rule.Fired;

/** The DfE rules on reviews (participation codes and the child's age) and on times missing or away. */
final class ReviewAndMissingRules {

    private static final java.util.Set<String> SHORT_BREAKS = Rule.codes("V3", "V4");

    private ReviewAndMissingRules() {
    }

    private static Rule.Check onReviews(BiPredicate<LookedAfterChild, ReviewRow> fails) {
        return (child, year) -> child.reviews().stream().filter(r -> fails.test(child, r))
                .map(r -> new Fired(r.named(), child.careLink() + "#reviews-" + r.periodId()));
    }

    /** A check of each missing episode, seeing the one before it. */
    private interface MissingCheck {
        boolean fails(LookedAfterChild child, MissingRow missing, MissingRow before, ReturnYear year);
    }

    private static Rule.Check onMissing(MissingCheck check) {
        return (child, year) -> {
            var fired = new ArrayList<Fired>();
            MissingRow before = null;
            for (var missing : child.missing()) {
                if (check.fails(child, missing, before, year)) {
                    fired.add(new Fired(missing.named(), child.careLink() + "#missing-episodes"));
                }
                before = missing;
            }
            return fired.stream();
        };
    }

    /** The day the child's care ended in the year, when it did not carry on into another episode. */
    private static java.time.LocalDate careEnded(LookedAfterChild child) {
        return Stream.of(child).flatMap(c -> c.episodes().isEmpty() ? Stream.empty() : Stream.of(c.episodes().getLast()))
                .filter(e -> e.end() != null && !"X1".equals(e.reasonEnded())).map(LookedAfterChild.EpisodeRow::end).findFirst().orElse(null);
    }

    static final List<Rule> RULES = List.of(
            error("166", "Date of review is invalid or blank.",
                    onReviews((c, r) -> r.date() == null)),
            error("167", "Data entry for participation is invalid or blank.",
                    (c, y) -> c.reviews().stream().filter(r -> !y.isCode("Reviews", "REVIEW_CODE", r.participation()))
                            .map(r -> new Fired(r.named(), c.careLink() + "#reviews-" + r.periodId()))),
            error("440", "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date "
                            + "indicates the child was 4 years old or over.",
                    onReviews((c, r) -> "PN0".equals(r.participation()) && c.dateOfBirth() != null && r.date() != null && c.ageOn(r.date()) >= 4)),
            error("441", "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review "
                            + "date indicates the child was under 4 years old.",
                    onReviews((c, r) -> r.participation() != null && !"PN0".equals(r.participation()) && c.dateOfBirth() != null
                            && r.date() != null && c.ageOn(r.date()) < 4)),
            error("1006", "Missing type invalid.",
                    onMissing((c, m, before, y) -> !y.isCode("Missing", "MISSING", m.kind()))),
            error("567", "The date that the missing episode or episode that the child was away from placement without authorisation ended is "
                            + "before the date that it started.",
                    onMissing((c, m, before, y) -> m.end() != null && m.end().isBefore(m.start()))),
            error("574", "A new missing/away from placement without authorisation period cannot start when the previous missing/away from "
                            + "placement without authorisation period is still open. Missing/away from placement without authorisation periods "
                            + "should also not overlap.",
                    onMissing((c, m, before, y) -> before != null && (before.end() == null || m.start().isBefore(before.end())))),
            error("577", "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an "
                            + "end date.",
                    onMissing((c, m, before, y) -> careEnded(c) != null && m.end() == null)),
            error("578", "The date that the child started to be missing is after the child ceased to be looked after.",
                    onMissing((c, m, before, y) -> careEnded(c) != null && m.start().isAfter(careEnded(c)))),
            error("571", "The date that the child ceased to be missing or away from placement without authorisation is before the start or "
                            + "after the end of the collection year.",
                    onMissing((c, m, before, y) -> m.end() != null && (m.end().isBefore(y.start()) || m.end().isAfter(y.end())))),
            error("399", "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.",
                    (c, y) -> {
                        var onlyShortBreaks = !c.episodes().isEmpty() && c.episodes().stream().allMatch(e -> SHORT_BREAKS.contains(e.legalStatus()));
                        var reviews = c.reviews().stream().filter(r -> r.date() != null && c.episodes().stream()
                                        .anyMatch(e -> SHORT_BREAKS.contains(e.legalStatus()) && !r.date().isBefore(e.start())
                                                && (e.end() == null || !r.date().isAfter(e.end()))))
                                .map(r -> new Fired(r.named(), c.careLink() + "#reviews-" + r.periodId()));
                        return onlyShortBreaks && c.mother() != null ? Stream.concat(Stream.of(new Fired("Child's details", c.recordLink())), reviews) : reviews;
                    }),
            error("586", "Dates of missing periods are before child’s date of birth.",
                    onMissing((c, m, before, y) -> c.dateOfBirth() != null && !m.start().isAfter(c.dateOfBirth()))),
            error("570", "The date that the child started to be missing or away from placement without authorisation is after the end of the "
                            + "collection year.",
                    onMissing((c, m, before, y) -> m.start().isAfter(y.end()))),
            error("575", "If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away "
                            + "from placement without authorisation period in the missing module must also have an end date.",
                    onMissing((c, m, before, y) -> m.end() == null && c.episodes().stream()
                            .anyMatch(e -> e.end() != null && !m.start().isBefore(e.start()) && !m.start().isAfter(e.end())))),
            error("580", "Child is missing when cease being looked after but reason episode ceased not ‘E8’.",
                    onMissing((c, m, before, y) -> careEnded(c) != null && !"E8".equals(c.episodes().getLast().reasonEnded())
                            && !m.start().isAfter(careEnded(c)) && (m.end() == null || m.end().isAfter(careEnded(c))))));
}
