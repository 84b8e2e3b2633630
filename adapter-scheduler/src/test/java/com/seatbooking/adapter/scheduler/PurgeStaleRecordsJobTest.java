package com.seatbooking.adapter.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.seatbooking.application.port.in.PurgeStaleRecordsUseCase.Purged;
import org.junit.jupiter.api.Test;

class PurgeStaleRecordsJobTest {

    @Test
    void aRunAsksForTheCleanUp() {
        int[] calls = {0};
        PurgeStaleRecordsJob job = new PurgeStaleRecordsJob(() -> {
            calls[0]++;
            return new Purged(3, 2, 1);
        });

        job.run();

        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void aFailingRunIsLoggedAndTheNextRunTriesAgain() {
        int[] calls = {0};
        PurgeStaleRecordsJob job = new PurgeStaleRecordsJob(() -> {
            calls[0]++;
            throw new IllegalStateException("database down");
        });

        assertThatCode(job::run).doesNotThrowAnyException();
        assertThatCode(job::run).doesNotThrowAnyException();
        assertThat(calls[0]).isEqualTo(2);
    }
}
