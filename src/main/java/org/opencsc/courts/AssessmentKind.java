package org.opencsc.courts;

import org.opencsc.platform.Coded;

/** The assessments commissioned during pre-proceedings, whose reports the court will want if proceedings are issued. */
public enum AssessmentKind implements Coded {
    PARENTING("Parenting assessment"),
    PSYCHOLOGICAL("Psychological assessment"),
    PSYCHIATRIC("Psychiatric assessment"),
    DRUG_AND_ALCOHOL_TESTING("Drug and alcohol testing"),
    VIABILITY("Viability assessment of a family member or friend"),
    OTHER("Other assessment");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
