package org.opencsc.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137"})
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943476591", "94347659190", "943476591A"})
    void refusesWrongOrMalformedNumbers(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
    }

    @Test
    void aRemainderOfTenNeverMakesAValidNumber() {
        // 1*10 + 2*9 + ... weights give a check value of 10 for these nine digits.
        assertThat(NhsNumber.withCheckDigit("000000006")).isNull();
    }

    @Test
    void aRemainderOfZeroGivesCheckDigitZero() {
        assertThat(NhsNumber.withCheckDigit("000000000")).isEqualTo("0000000000");
    }

    @Test
    void printsInThreeGroups() {
        assertThat(NhsNumber.display("9434765919")).isEqualTo("943 476 5919");
    }
}
