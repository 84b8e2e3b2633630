package com.seatbooking.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.seatbooking.domain.InvariantViolation;
import org.junit.jupiter.api.Test;

class UserNameTest {

    @Test
    void isTrimmedAndAtMostOneHundredCharacters() {
        assertThat(new UserName(" alice ").value()).isEqualTo("alice");
        assertThat(new UserName("a".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new UserName("a".repeat(101)))
                .isInstanceOf(InvariantViolation.class)
                .extracting(e -> ((InvariantViolation) e).property()).isEqualTo("userName");
        assertThatThrownBy(() -> new UserName(" ")).hasMessage("must not be blank");
        assertThatThrownBy(() -> new UserName(null)).hasMessage("is required");
    }
}
