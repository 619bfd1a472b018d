package org.opencsc.returns.ssda903;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.opencsc.returns.Severity;
import org.opencsc.returns.ssda903.LookedAfterChild.EpisodeRow;

/**
 * One DfE SSDA903 validation rule: its code, whether it is an error or a query, the DfE's message,
 * and the check over one child's return data, which names each recorded event it fires on.
 */
record Rule(String code, Severity severity, String message, Check check) {

    /** Where a rule fired: the recorded event in words and its page. */
    record Fired(String event, String link) {
    }

    @FunctionalInterface
    interface Check {
        Stream<Fired> test(LookedAfterChild child, ReturnYear year);
    }

    /** A check of one episode, seeing the child's episodes in order and its place among them. */
    @FunctionalInterface
    interface EpisodeCheck {
        boolean fails(LookedAfterChild child, int index, ReturnYear year);
    }

    /** A set of codes that answers false, not an exception, when asked about a blank value. */
    static java.util.Set<String> codes(String... codes) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(List.of(codes)));
    }

    static Rule error(String code, String message, Check check) {
        return new Rule(code, Severity.ERROR, message, check);
    }

    static Rule query(String code, String message, Check check) {
        return new Rule(code, Severity.QUERY, message, check);
    }

    /** A check of the child's header, firing on the child's record. */
    static Check onChild(BiFunction<LookedAfterChild, ReturnYear, Boolean> fails) {
        return (child, year) -> fails.apply(child, year)
                ? Stream.of(new Fired("Child's details", child.recordLink())) : Stream.empty();
    }

    /** A check of each episode, firing on the episode's period of care. */
    static Check onEpisodes(EpisodeCheck check) {
        return (child, year) -> {
            var fired = new ArrayList<Fired>();
            for (int i = 0; i < child.episodes().size(); i++) {
                if (check.fails(child, i, year)) {
                    fired.add(new Fired(child.episodes().get(i).named(), child.episodesLink(child.episodes().get(i))));
                }
            }
            return fired.stream();
        };
    }

    /** The episode before one in the child's return, or null for the first. */
    static EpisodeRow before(LookedAfterChild child, int index) {
        return index == 0 ? null : child.episodes().get(index - 1);
    }

    /** The episode before one when it runs straight into it (ended the day this one began). */
    static EpisodeRow joinedBefore(LookedAfterChild child, int index) {
        var before = before(child, index);
        return before != null && child.episodes().get(index).start().equals(before.end()) ? before : null;
    }

    static List<Rule> all() {
        var rules = new ArrayList<Rule>();
        rules.addAll(HeaderRules.RULES);
        rules.addAll(EpisodeRules.RULES);
        rules.addAll(ReviewAndMissingRules.RULES);
        rules.addAll(OutcomeRules.RULES);
        rules.addAll(AdoptionRules.RULES);
        rules.addAll(PreviousYearRules.RULES);
        return List.copyOf(rules);
    }
}
