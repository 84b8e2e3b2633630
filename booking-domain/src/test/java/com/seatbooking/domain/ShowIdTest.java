package com.seatbooking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShowIdTest {

    @Test
    void parsesTheCanonicalForm() {
        assertThat(ShowId.parse("3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a").toString())
                .isEqualTo("3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7a");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abc", "1-2-3-4-5", "3f1c9a52-7b1e-4c0e-9a51-2d4c8f0e6b7z", "3f1c9a52x7b1e-4c0e-9a51-2d4c8f0e6b7a"})
    void refusesAnythingElse(String raw) {
        assertThatThrownBy(() -> ShowId.parse(raw))
                .isInstanceOf(InvariantViolation.class)
                .hasMessageContaining("is not a valid id")
                .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("showId");
    }

    @Test
    void randomIdsDiffer() {
        assertThat(ShowId.random()).isNotEqualTo(ShowId.random());
    }
}
