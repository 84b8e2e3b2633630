package com.seatbooking.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChangeReasonTest {

    @ParameterizedTest
    @EnumSource(ChangeReason.class)
    void aReasonNamesAFailureExactlyWhenItFailsTheBooking(ChangeReason reason) {
        assertThat(reason.failureReason() != null).as(reason + " names a failure").isEqualTo(reason.leadsTo() == BookingStatus.FAILED);
    }

    @Test
    void eachFailingReasonNamesItsOwnFailure() {
        assertThat(ChangeReason.SEATS_UNAVAILABLE.failureReason()).isEqualTo(FailureReason.SEATS_UNAVAILABLE);
        assertThat(ChangeReason.HOLD_EXPIRED.failureReason()).isEqualTo(FailureReason.HOLD_EXPIRED);
    }
}
