package com.seatbooking.domain.show;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShowNameTest {

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(new ShowName("\t Swan Lake \n").value()).isEqualTo("Swan Lake");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesMissingOrBlankNames(String name) {
        assertThatThrownBy(() -> new ShowName(name)).isInstanceOf(InvariantViolation.class);
    }

    @Test
    void allowsTwoHundredCharactersCountedAsCodePoints() {
        String emoji = "\uD83C\uDFAD"; // one code point, two chars
        assertThat(new ShowName(emoji.repeat(200)).value()).hasSize(400);
        assertThatThrownBy(() -> new ShowName("x".repeat(201)))
                .isInstanceOf(InvariantViolation.class)
                .hasMessage("must be at most 200 characters, got 201");
    }

    @Test
    void refusesControlCharacters() {
        assertThatThrownBy(() -> new ShowName("Swan\u0000Lake")).hasMessage("must not contain control characters");
    }
}
