package org.opencsc.workload;

import java.math.BigDecimal;
import org.opencsc.platform.FieldProblems;

/** Reading a typed decimal (a weight, a threshold, a share of full time) with a message naming the field. */
final class Numbers {

    private Numbers() {
    }

    /** The number, to two decimal places at most; a problem if it is missing, not a number or outside the range. */
    static BigDecimal decimal(FieldProblems problems, String field, String label, String typed, BigDecimal least, boolean leastAllowed,
                              BigDecimal most, String example) {
        var text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            problems.add(field, "Enter the " + Character.toLowerCase(label.charAt(0)) + label.substring(1));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            problems.add(field, label + " must be a number, like " + example);
            return null;
        }
        var inRange = (leastAllowed ? value.compareTo(least) >= 0 : value.compareTo(least) > 0) && value.compareTo(most) <= 0;
        if (!inRange) {
            problems.add(field, label + " must be " + (leastAllowed ? "between " + least.toPlainString() + " and "
                    : "more than " + least.toPlainString() + " and at most ") + most.toPlainString());
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(field, label + " must have no more than 2 decimal places");
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
