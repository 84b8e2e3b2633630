package com.seatbooking.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void isKeptAsTypedButComparedIgnoringCase() {
        Username typed = new Username("Alice.B_2-x");

        assertThat(typed.value()).isEqualTo("Alice.B_2-x");
        assertThat(typed.key()).isEqualTo("alice.b_2-x");
        assertThat(typed).isEqualTo(new Username("ALICE.b_2-X")).hasSameHashCodeAs(new Username("alice.b_2-x"));
        assertThat(typed).isNotEqualTo(new Username("Alice.B_2-y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a.b", "___", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsThreeToSixtyFourAllowedCharacters(String raw) {
        assertThat(new Username(raw).value()).isEqualTo(raw);
        assertThat(Username.isValid(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a b", " alice", "alice ", "al'ice", "<b>x</b>", "x; DROP TABLE accounts", "jürgen", "a@b.c",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void refusesAnythingElse(String raw) {
        assertThatThrownBy(() -> new Username(raw)).isInstanceOf(InvariantViolation.class)
                .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("username");
        assertThat(Username.isValid(raw)).isFalse();
    }

    @Test
    void isRequired() {
        assertThatThrownBy(() -> new Username(null)).hasMessage("is required");
        assertThat(Username.isValid(null)).isFalse();
    }
}
