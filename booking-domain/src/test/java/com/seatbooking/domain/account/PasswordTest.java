package com.seatbooking.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void acceptsTenToOneHundredTwentyEightCharactersKeptAsGiven() {
        assertThat(Password.of(" ten chars").reveal()).isEqualTo(" ten chars");
        assertThat(Password.of("x".repeat(72)).reveal()).hasSize(72);
    }

    @Test
    void refusesShortAndLongOnes() {
        assertThatThrownBy(() -> Password.of("nine char")).isInstanceOf(InvariantViolation.class)
                .hasMessage("must be at least 10 characters, got 9");
        assertThatThrownBy(() -> Password.of("x".repeat(129))).hasMessage("must be at most 128 characters, got 129");
        assertThatThrownBy(() -> Password.of("")).hasMessage("is required");
        assertThatThrownBy(() -> Password.of(null)).hasMessage("is required");
    }

    @Test
    void refusesMoreThanSeventyTwoBytesBecauseBcryptWouldIgnoreTheRest() {
        String seventyThree = "x".repeat(73);
        String fortyUmlauts = "ü".repeat(40); // 40 characters, 80 bytes

        assertThatThrownBy(() -> Password.of(seventyThree)).hasMessageStartingWith("must be at most 72 bytes in UTF-8");
        assertThatThrownBy(() -> Password.of(fortyUmlauts)).hasMessageContaining("got 80");
        assertThat(Password.isPlausible(seventyThree)).isFalse();
        assertThat(Password.isPlausible("x".repeat(72))).isTrue();
    }

    @Test
    void neverShowsItself() {
        assertThat(Password.of("correct horse battery").toString()).doesNotContain("horse");
        assertThat(new PasswordHash("$2a$10$abc").toString()).doesNotContain("abc");
    }
}
