package org.opencsc.care;

/** Where a looked-after child stands in the long-term stability measure on a day. */
public enum LongTermStability {
    NOT_COUNTED("Not counted", "Looked after under two and a half years, or aged 16 or over"),
    STABLE("Stable", "With the same carers for two years or more"),
    UNSTABLE("Not stable", "Looked after two and a half years or more, with these carers under two years");

    private final String label;
    private final String meaning;

    LongTermStability(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
