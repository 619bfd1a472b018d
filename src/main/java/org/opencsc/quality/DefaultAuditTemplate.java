package org.opencsc.quality;

import java.util.List;

/**
 * The template a council starts with, until it writes its own: the areas Ofsted reads a child's
 * case for, and the themes quality assurance reports on. Also used by the demo authority.
 */
public final class DefaultAuditTemplate {

    private DefaultAuditTemplate() {
    }

    /** Section and question, in order. */
    public static final List<String[]> QUESTIONS = List.of(
            new String[] {"Voice of the child", "Is the child seen, and seen alone where appropriate, and are their wishes and feelings recorded?"},
            new String[] {"Voice of the child", "Does the child's lived experience shape the assessment and the plan?"},
            new String[] {"Assessment quality", "Is the assessment timely, analytical and informed by history and chronology?"},
            new String[] {"Assessment quality", "Are risks and strengths clearly identified, with the views of the family and other agencies?"},
            new String[] {"Plan quality (outcomes, actions, owners, dates)", "Does the plan set out outcomes for the child that are clear and measurable?"},
            new String[] {"Plan quality (outcomes, actions, owners, dates)", "Does every action have an owner and a date, and is progress reviewed?"},
            new String[] {"Management oversight", "Is there regular, reflective management oversight and supervision that makes a difference?"},
            new String[] {"Management oversight", "Are management decisions recorded with their reasons, and acted on?"},
            new String[] {"Visits and direct work", "Are statutory visits on time and purposeful, with direct work recorded?"},
            new String[] {"Recording", "Is the record up to date, clear and written to the child?"});

    public static final List<String> THEMES = List.of("Neglect", "Domestic abuse", "Exploitation", "Voice of the child", "Management oversight",
            "Drift and delay", "Parental mental health", "Substance misuse");

    public static final String CHANGE_NOTE = "The starting template";
}
