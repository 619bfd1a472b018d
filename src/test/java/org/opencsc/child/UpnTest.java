package org.opencsc.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {

    @Test
    void acceptsAUpnWhoseCheckLetterMatches() {
        // 12 characters: LA 999, establishment 1234, year 15, serial 001.
        var upn = Upn.withCheckLetter("999123415001");
        assertThat(Upn.isValid(upn)).isTrue();
        assertThat(Upn.isValid(upn.toLowerCase())).as("typed in lower case").isTrue();
    }

    @Test
    void worksTheCheckLetterOutByHand() {
        // 2*9 + 3*9 + 4*9 + 5*1 + 6*2 + 7*3 + 8*4 + 9*1 + 10*5 + 11*0 + 12*0 + 13*1 = 223; 223 mod 23 = 16 -> 'T'
        assertThat(Upn.withCheckLetter("999123415001")).isEqualTo("T999123415001");
    }

    @Test
    void refusesAWrongCheckLetter() {
        assertThat(Upn.isValid("A999123415001")).isFalse();
    }

    @Test
    void acceptsATemporaryUpnWithALetterInTwelfthPlace() {
        var temporary = Upn.withCheckLetter("9991234150A1");
        assertThat(Upn.isValid(temporary)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"T99912341500", "T9991234150011", "T99912341X001", "I999123415001", ""})
    void refusesMalformedUpns(String value) {
        assertThat(Upn.isValid(value)).isFalse();
    }
}
