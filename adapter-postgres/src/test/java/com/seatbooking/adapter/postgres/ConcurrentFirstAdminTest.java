package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.FirstAdmin;
import com.seatbooking.application.port.in.ProvideFirstAdminCommand;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.application.service.ProvideFirstAdminService;
import com.seatbooking.domain.account.Username;
import com.seatbooking.testing.FakePasswordHasher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several instances starting at once against one empty database: exactly one creates the first admin. */
@QuarkusTest
class ConcurrentFirstAdminTest {

    private static final int INSTANCES = 8;

    @Inject
    AccountRepository accounts;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    TestDatabase database;

    @Test
    void exactlyOneOfSeveralStartingInstancesCreatesTheFirstAdmin() throws Exception {
        database.empty();
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<FirstAdmin>> starts = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            // each instance has its own service, as separate processes would
            ProvideFirstAdminService instance = new ProvideFirstAdminService(accounts, new FakePasswordHasher(), unitOfWork, Clock.systemUTC());
            starts.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return instance.provideFirstAdmin(new ProvideFirstAdminCommand(new Username("admin"), null, false));
            }, pool));
        }
        go.countDown();
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        pool.shutdown();

        List<FirstAdmin.Outcome> outcomes = starts.stream().map(CompletableFuture::join).map(FirstAdmin::outcome).toList();
        assertThat(outcomes).filteredOn(outcome -> outcome == FirstAdmin.Outcome.CREATED_WITH_GENERATED_PASSWORD)
                .as("one creator, the only one to print a password").hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> outcome == FirstAdmin.Outcome.ALREADY_PROVIDED).hasSize(INSTANCES - 1);
        assertThat(database.count("SELECT count(*) FROM accounts WHERE 'ADMIN' = ANY (roles)")).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
