package org.opencsc.care;

import org.opencsc.platform.Coded;

/** Why no strengths and difficulties questionnaire was completed (SSDA903 SDQ_REASON). */
public enum SdqReason implements Coded {
    SDQ1("SDQ1", "No form returned as the child was under 4 or over 16 on the date of the latest assessment"),
    SDQ2("SDQ2", "Carer refused to complete and return the questionnaire"),
    SDQ3("SDQ3", "Not possible to complete the questionnaire because of the severity of the child's disability"),
    SDQ4("SDQ4", "Other"),
    SDQ5("SDQ5", "The child refused to allow an SDQ to be completed");

    private final String code;
    private final String label;

    SdqReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
