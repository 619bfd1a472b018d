package org.opencsc.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The problems found with what someone submitted, each naming its field, gathered so that a
 * form can show them all at once and an API can return them all at once.
 */
public final class FieldProblems {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public void add(String field, String message) {
        problems.add(new Problem(field, message));
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    /** The trimmed text, or null when blank; a problem if it is required and missing or too long. */
    public String text(String field, String label, String value, int maxLength, boolean required) {
        var text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                add(field, "Enter " + asObject(label));
            }
            return null;
        }
        if (text.length() > maxLength) {
            add(field, label + " must be " + maxLength + " characters or fewer");
        }
        return text;
    }

    /** Looks a code up in a list; a problem if it is not one of them. */
    public <T> T choice(String field, String label, String value, java.util.function.Function<String, java.util.Optional<T>> lookup, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "Select " + asObject(label));
            }
            return null;
        }
        var found = lookup.apply(value.strip());
        if (found.isEmpty()) {
            add(field, label + " must be one of the listed options");
            return null;
        }
        return found.get();
    }

    /** A yes or no answer (radios sending "true" or "false"); {@code missing} says what to select when it is not answered. */
    public Boolean yesNo(String field, String missing, String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        add(field, missing);
        return null;
    }

    /** Adds the problem unless the field already has one: GOV.UK forms show one message a field. */
    public void check(boolean ok, String field, String message) {
        if (!ok && !has(field)) {
            add(field, message);
        }
    }

    public <T> void check(T value, Predicate<T> rule, String field, String message) {
        if (value != null && !has(field) && !rule.test(value)) {
            add(field, message);
        }
    }

    private static final java.time.format.DateTimeFormatter SPOKEN_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A date in the words a message uses: 5 March 2026. */
    public static String spoken(java.time.LocalDate date) {
        return date.format(SPOKEN_DATE);
    }

    /** The date typed into a GOV.UK date input; a problem naming the field if it is missing (when required) or not a date. */
    public java.time.LocalDate date(String field, String label, DateParts parts, boolean required) {
        var date = DateParts.orEmpty(parts).read(field, label, this);
        if (date == null && required && !has(field)) {
            add(field, "Enter the " + Character.toLowerCase(label.charAt(0)) + label.substring(1));
        }
        return date;
    }

    /** A problem if the date is after today: events are recorded once they have happened. */
    public void notInFuture(String field, String label, java.time.LocalDate date, java.time.LocalDate today) {
        check(date, d -> !d.isAfter(today), field, label + " must be today or in the past");
    }

    /**
     * A problem if one event's date comes before another's that it must follow. The message names
     * both dates, so that whoever reads it knows which record to correct.
     */
    public void notBefore(String field, String label, java.time.LocalDate date, String earlierLabel, java.time.LocalDate earlier) {
        if (date != null && earlier != null) {
            check(!date.isBefore(earlier), field, label + " (" + spoken(date) + ") must not be before " + earlierLabel + " (" + spoken(earlier) + ")");
        }
    }

    /** As {@link #notBefore} but the date must be strictly later. */
    public void after(String field, String label, java.time.LocalDate date, String earlierLabel, java.time.LocalDate earlier) {
        if (date != null && earlier != null) {
            check(date.isAfter(earlier), field, label + " (" + spoken(date) + ") must be after " + earlierLabel + " (" + spoken(earlier) + ")");
        }
    }

    private static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile("^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$");

    /** A UK postcode, written the usual way (NW1 4AB) whatever spacing or case it was typed in; a problem if it is not one. */
    public String postcode(String field, String label, String value, boolean required) {
        var typed = text(field, label, value, 8, required);
        if (typed == null) {
            return null;
        }
        var compact = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        var formatted = compact.length() < 5 ? compact : compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        check(formatted, p -> POSTCODE.matcher(p).matches(), field, "Enter a real postcode, like NW1 4AB");
        return formatted;
    }

    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("^([01]?\\d|2[0-3])[:.]([0-5]\\d)$");

    /**
     * A moment typed as a date and a 24-hour time (14:30), in UK time; a problem naming the time
     * field if the time is missing (when the date is given or the moment required) or not a time.
     */
    public java.time.Instant moment(String dateField, String timeField, String label, DateParts date, String time, boolean required) {
        var day = date(dateField, "Date " + label, date, required);
        var typed = time == null ? "" : time.strip();
        if (typed.isEmpty()) {
            if (day != null || required) {
                check(false, timeField, "Enter the time " + label + ", for example 14:30");
            }
            return null;
        }
        var matched = TIME.matcher(typed);
        if (!matched.matches()) {
            check(false, timeField, "Time " + label + " must be a time on the 24-hour clock, like 09:15 or 21:40");
            return null;
        }
        if (day == null) {
            if (!has(dateField)) {
                add(dateField, "Enter the date " + label);
            }
            return null;
        }
        var local = day.atTime(Integer.parseInt(matched.group(1)), Integer.parseInt(matched.group(2)));
        return local.atZone(ClockZone.UK).toInstant();
    }

    /** Throws when anything was found, so that nothing is saved half-way. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(this);
        }
    }

    /**
     * A label as the object of "Enter ...": a noun gets its article ("a reason for the referral"),
     * a clause or a phrase with its own determiner does not ("what you saw and heard", "the IRO's
     * recommendations"), and capitals inside the label (IRO, LA, URN) are kept.
     */
    static String asObject(String label) {
        var first = label.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        var lowered = label.length() > 1 && Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
        var ownDeterminer = java.util.Set.of("what", "who", "why", "how", "when", "where", "which", "the", "your").contains(first);
        return ownDeterminer ? lowered : article(label) + lowered;
    }

    private static String article(String label) {
        return "aeiou".indexOf(Character.toLowerCase(label.charAt(0))) >= 0 ? "an " : "a ";
    }
}
