package org.opencsc.child;

import java.util.Locale;

/**
 * The unique pupil number: a check letter then 12 characters (LA code, establishment, year,
 * serial). The 12th character is a letter for a temporary UPN. The check letter is the sum of
 * characters 2 to 13, each times its position, modulo 23, read off {@link #LETTERS}.
 */
public final class Upn {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {
    }

    /** Upper case with spaces removed, or null when blank. */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String value) {
        var upn = normalise(value);
        if (upn == null || upn.length() != 13 || LETTERS.indexOf(upn.charAt(0)) < 0) {
            return false;
        }
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char c = upn.charAt(position - 1);
            int value12;
            if (Character.isDigit(c)) {
                value12 = c - '0';
            } else if (position == 12 && LETTERS.indexOf(c) >= 0) {
                value12 = LETTERS.indexOf(c);
            } else {
                return false;
            }
            sum += value12 * position;
        }
        return LETTERS.charAt(sum % 23) == upn.charAt(0);
    }

    /** The check letter for the 12 characters that follow it. */
    static char checkLetterFor(String twelve) {
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char c = twelve.charAt(position - 2);
            sum += (Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c)) * position;
        }
        return LETTERS.charAt(sum % 23);
    }

    /** A valid UPN for the given 12 characters (used by the demo authority). */
    public static String withCheckLetter(String twelve) {
        return checkLetterFor(twelve) + twelve;
    }
}
