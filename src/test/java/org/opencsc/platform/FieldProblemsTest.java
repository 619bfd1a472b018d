package org.opencsc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages for a missing answer read as English whatever the shape of the field's label. */
class FieldProblemsTest {

    private static String missing(String label) {
        var problems = new FieldProblems();
        problems.text("field", label, " ", 100, true);
        return problems.all().getFirst().message();
    }

    @Test
    void aNounGetsItsArticleAndAClauseDoesNot() {
        assertThat(missing("Reason for the referral")).isEqualTo("Enter a reason for the referral");
        assertThat(missing("Address line 1")).isEqualTo("Enter an address line 1");
        assertThat(missing("What you saw and heard")).isEqualTo("Enter what you saw and heard");
        assertThat(missing("Who took part")).isEqualTo("Enter who took part");
    }

    @Test
    void capitalsInsideTheLabelAreKept() {
        assertThat(missing("The IRO’s recommendations")).isEqualTo("Enter the IRO’s recommendations");
        assertThat(missing("Reference from the NHS trust")).isEqualTo("Enter a reference from the NHS trust");
        assertThat(missing("Ofsted unique reference number (URN)")).isEqualTo("Enter an ofsted unique reference number (URN)");
    }
}
