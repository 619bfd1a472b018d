package org.opencsc.child;

/**
 * The NHS number: ten digits, the last a modulus 11 check digit over the first nine weighted
 * 10 down to 2. A remainder giving 10 means the number can never be valid.
 */
public final class NhsNumber {

    private NhsNumber() {
    }

    /** Digits only, or null when blank; spaces and hyphens as people type them are allowed. */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replaceAll("[\\s-]", "");
    }

    public static boolean isValid(String value) {
        var digits = normalise(value);
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        var check = checkDigitFor(digits.substring(0, 9));
        return check >= 0 && check == digits.charAt(9) - '0';
    }

    /** The check digit for nine digits, or -1 when none exists. */
    static int checkDigitFor(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** A valid NHS number starting with the nine digits given, or null if they cannot make one. */
    public static String withCheckDigit(String nine) {
        var check = checkDigitFor(nine);
        return check < 0 ? null : nine + check;
    }

    /** As printed on NHS letters: 3-3-4. */
    public static String display(String digits) {
        return digits == null || digits.length() != 10 ? digits
                : digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
