package org.opencsc.child;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What someone typed into the search box, read as the kinds of identifier staff use: a name
 * (or part of one), a date of birth, an LA child ID, a UPN, an NHS number or a postcode.
 * Several can be combined ("Smith 03/04/2015").
 */
public record ChildSearch(
        List<String> nameWords,
        LocalDate dateOfBirth,
        String identifier,
        String upn,
        String nhsNumber,
        String postcode,
        int page) {

    public static final int PAGE_SIZE = 25;

    private static final Pattern FULL_POSTCODE = Pattern.compile("^([A-Z]{1,2}\\d[A-Z\\d]?)\\s*(\\d[A-Z]{2})$");
    private static final Pattern UPN = Pattern.compile("^[A-Z]\\d{11}[A-Z\\d]$");
    private static final Pattern NHS = Pattern.compile("^\\d{3}[\\s-]?\\d{3}[\\s-]?\\d{4}$");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    public static ChildSearch parse(String text, String postcodeField, int page) {
        var words = new ArrayList<String>();
        LocalDate dob = null;
        String identifier = null;
        String upn = null;
        String nhs = null;
        String postcode = normalisePostcode(postcodeField);
        var typed = text == null ? "" : text.strip();
        var upper = typed.toUpperCase(Locale.ROOT);
        if (NHS.matcher(typed).matches()) {
            nhs = NhsNumber.normalise(typed);
        } else if (FULL_POSTCODE.matcher(upper).matches() && postcode == null) {
            postcode = normalisePostcode(upper);
        } else {
            for (var token : typed.split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                var date = parseDate(token);
                var tokenUpper = token.toUpperCase(Locale.ROOT);
                if (date != null) {
                    dob = date;
                } else if (UPN.matcher(tokenUpper).matches()) {
                    upn = tokenUpper;
                } else if (token.chars().anyMatch(Character::isDigit)) {
                    identifier = token;
                } else {
                    words.add(token);
                }
            }
        }
        return new ChildSearch(List.copyOf(words), dob, identifier, upn, nhs, postcode, Math.max(page, 0));
    }

    public boolean isEmpty() {
        return nameWords.isEmpty() && dateOfBirth == null && identifier == null && upn == null && nhsNumber == null && postcode == null;
    }

    public int offset() {
        return page * PAGE_SIZE;
    }

    /**
     * For the audit log's search words (kept apart from the detail, shown only to readers who
     * may see every child matched): what was searched for, without the page.
     */
    public String describe() {
        var parts = new ArrayList<String>();
        if (!nameWords.isEmpty()) {
            parts.add("name \"" + String.join(" ", nameWords) + "\"");
        }
        if (dateOfBirth != null) {
            parts.add("date of birth " + dateOfBirth);
        }
        if (identifier != null) {
            parts.add("ID " + identifier);
        }
        if (upn != null) {
            parts.add("UPN " + upn);
        }
        if (nhsNumber != null) {
            parts.add("NHS number " + nhsNumber);
        }
        if (postcode != null) {
            parts.add("postcode " + postcode);
        }
        return String.join(", ", parts);
    }

    static String normalisePostcode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static LocalDate parseDate(String token) {
        for (var format : DATE_FORMATS) {
            try {
                return LocalDate.parse(token, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}
