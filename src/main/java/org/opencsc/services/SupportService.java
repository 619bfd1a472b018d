package org.opencsc.services;

import org.opencsc.platform.Coded;

/** The services a child is referred to whose waiting times the council watches. */
public enum SupportService implements Coded {
    CAMHS("Child and adolescent mental health services (CAMHS)"),
    EMOTIONAL_WELLBEING("Emotional wellbeing and counselling"),
    NEURODEVELOPMENTAL("Neurodevelopmental assessment (autism, ADHD)"),
    SPEECH_AND_LANGUAGE("Speech and language therapy"),
    SUBSTANCE_MISUSE("Young people's substance misuse service"),
    DOMESTIC_ABUSE("Domestic abuse support"),
    PARENTING("Parenting support"),
    EDUCATIONAL_PSYCHOLOGY("Educational psychology"),
    OTHER("Other service");

    private final String label;

    SupportService(String label) {
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
