package org.opencsc.care;

import org.opencsc.platform.Coded;

/** Why a period of care ended (SSDA903 REC, without X1, which only joins episodes). */
public enum ReasonCeased implements Coded {
    E11("E11", "Adopted: application for an adoption order unopposed"),
    E12("E12", "Adopted: consent dispensed with by the court"),
    E2("E2", "Died"),
    E3("E3", "Care taken over by another local authority in the UK"),
    E4A("E4A", "Returned home to parents or others with parental responsibility as part of the care plan"),
    E4B("E4B", "Returned home to parents or others with parental responsibility, not as part of the care plan"),
    E13("E13", "Left care to live with parents, relatives or others with no parental responsibility"),
    E41("E41", "Child arrangements order (residence) granted"),
    E45("E45", "Special guardianship order to former foster carers who are relatives or friends"),
    E46("E46", "Special guardianship order to former foster carers other than relatives or friends"),
    E47("E47", "Special guardianship order to carers other than former foster carers, who are relatives or friends"),
    E48("E48", "Special guardianship order to carers other than former foster carers, other than relatives or friends"),
    E5("E5", "Moved to independent living with formal advice and support"),
    E6("E6", "Moved to independent living with no formal advice and support"),
    E7("E7", "Transferred to residential care funded by adult social care"),
    E9("E9", "Sentenced to custody"),
    E14("E14", "Accommodation on remand ended"),
    E15("E15", "Age assessment found the child to be 18 or over"),
    E16("E16", "Child moved abroad"),
    E17("E17", "Aged 18 or over and stayed with current carers (staying put)"),
    E8("E8", "Period of care ceased for any other reason");

    private final String code;
    private final String label;

    ReasonCeased(String code, String label) {
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
