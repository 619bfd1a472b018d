package org.opencsc.care;

import org.opencsc.platform.Coded;

/** How the child took part in their review (SSDA903 review code). */
public enum ReviewParticipation implements Coded {
    PN0("PN0", "Child aged under 4 at the time of the review"),
    PN1("PN1", "Child attended and spoke for themselves"),
    PN2("PN2", "Child attended and an advocate spoke for them"),
    PN3("PN3", "Child attended and conveyed their views without words"),
    PN4("PN4", "Child attended but did not convey their views"),
    PN5("PN5", "Child did not attend but briefed an advocate to speak for them"),
    PN6("PN6", "Child did not attend but conveyed their views another way"),
    PN7("PN7", "Child did not attend and their views were not conveyed");

    private final String code;
    private final String label;

    ReviewParticipation(String code, String label) {
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
