package org.opencsc.returns.cin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.Severity;
import org.opencsc.returns.cin.CensusChild.Assessment;
import org.opencsc.returns.cin.CensusChild.CinPlan;
import org.opencsc.returns.cin.CensusChild.CpPlan;
import org.opencsc.returns.cin.CensusChild.Enquiry;
import org.opencsc.returns.cin.CensusChild.Episode;

/**
 * One of the DfE's CIN census validation rules: its code, whether it is an error or a query, the
 * DfE's message, and the check over one child's census record that finds each place it fails.
 */
record CinRule(String code, Severity severity, String message, Check check) {

    /** Where a rule fails: the recorded event in words, and its page in the application. */
    record Place(String event, String link) {
    }

    @FunctionalInterface
    interface Check {
        void failures(CensusChild child, CollectionYear year, Consumer<Place> found);
    }

    /** A check on one record (an assessment, a plan ...) within its episode. */
    @FunctionalInterface
    interface On<T> {
        boolean fails(CensusChild child, Episode episode, T item, CollectionYear year);
    }

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static CinRule child(String code, Severity severity, String message, BiPredicate<CensusChild, CollectionYear> fails) {
        return new CinRule(code, severity, message, (child, year, found) -> {
            if (fails.test(child, year)) {
                found.accept(new Place("Child's details", "/children/" + child.personId()));
            }
        });
    }

    static CinRule episode(String code, Severity severity, String message, On<Episode> fails) {
        return new CinRule(code, severity, message, (child, year, found) -> {
            for (var episode : child.episodes()) {
                if (fails.fails(child, episode, episode, year)) {
                    found.accept(referral(child, episode));
                }
            }
        });
    }

    static CinRule assessment(String code, Severity severity, String message, On<Assessment> fails) {
        return each(code, severity, message, Episode::assessments, fails, (child, a) -> new Place("Assessment started " + spoken(a.startDate()),
                "/children/" + child.personId() + "/assessments/" + a.id()));
    }

    static CinRule cinPlan(String code, Severity severity, String message, On<CinPlan> fails) {
        return each(code, severity, message, Episode::cinPlans, fails, (child, p) -> new Place("Child in need plan started " + spoken(p.startDate()),
                "/children/" + child.personId()));
    }

    static CinRule enquiry(String code, Severity severity, String message, On<Enquiry> fails) {
        return each(code, severity, message, Episode::enquiries, fails, (child, e) -> new Place("Section 47 enquiry started " + spoken(e.startDate()),
                "/children/" + child.personId() + "/strategy-discussions/" + e.strategyDiscussionId()));
    }

    static CinRule cpPlan(String code, Severity severity, String message, On<CpPlan> fails) {
        return each(code, severity, message, Episode::cpPlans, fails, (child, p) -> new Place("Child protection plan started " + spoken(p.startDate()),
                "/children/" + child.personId() + "/cp-plans/" + p.id()));
    }

    static Place referral(CensusChild child, Episode episode) {
        return new Place("Referral of " + spoken(episode.referralDate()), "/children/" + child.personId());
    }

    private static <T> CinRule each(String code, Severity severity, String message, Function<Episode, List<T>> items,
                                    On<T> fails, BiFunction<CensusChild, T, Place> place) {
        return new CinRule(code, severity, message, (child, year, found) -> {
            for (var episode : child.episodes()) {
                for (var item : items.apply(episode)) {
                    if (fails.fails(child, episode, item, year)) {
                        found.accept(place.apply(child, item));
                    }
                }
            }
        });
    }

    static String spoken(LocalDate day) {
        return day == null ? "(no date)" : day.format(SPOKEN);
    }

    // Small date helpers the rules read by.

    static boolean before(LocalDate day, LocalDate other) {
        return day != null && other != null && day.isBefore(other);
    }

    static boolean after(LocalDate day, LocalDate other) {
        return day != null && other != null && day.isAfter(other);
    }

    static boolean outside(LocalDate day, CollectionYear year) {
        return day != null && !year.contains(day);
    }

    static boolean weekend(LocalDate day) {
        return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    /**
     * The day {@code count} weekdays before {@code day}. The DfE's overdue queries count working
     * days as weekdays, without bank holidays, so these do too.
     */
    static LocalDate weekdaysBefore(LocalDate day, int count) {
        var at = day;
        for (int left = count; left > 0; ) {
            at = at.minusDays(1);
            if (!weekend(at)) {
                left--;
            }
        }
        return at;
    }
}
