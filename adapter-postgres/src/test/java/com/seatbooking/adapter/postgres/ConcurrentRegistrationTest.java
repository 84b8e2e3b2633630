package com.seatbooking.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.application.port.in.RegisterAccountCommand;
import com.seatbooking.application.port.in.UsernameTakenException;
import com.seatbooking.application.port.out.AccountRepository;
import com.seatbooking.application.port.out.UnitOfWork;
import com.seatbooking.application.service.RegisterAccountService;
import com.seatbooking.domain.account.Account;
import com.seatbooking.testing.FakePasswordHasher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Many threads sign up for one username at once, each in another mix of upper and lower case,
 * through the real use case against PostgreSQL: exactly one wins, and SQL shows one account.
 */
@QuarkusTest
class ConcurrentRegistrationTest {

    private static final int THREADS = 32;

    @Inject
    AccountRepository accounts;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    TestDatabase database;

    @Test
    void ofManySignUpsForOneUsernameInAnyCaseExactlyOneWins() throws Exception {
        database.empty();
        RegisterAccountService register = new RegisterAccountService(accounts, new FakePasswordHasher(), unitOfWork, Clock.systemUTC());
        List<String> spellings = IntStream.range(0, THREADS).mapToObj(ConcurrentRegistrationTest::spelling).toList();
        Queue<Account> won = new ConcurrentLinkedQueue<>();
        Queue<Throwable> lost = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> runs = spellings.stream().map(name -> CompletableFuture.runAsync(() -> {
            try {
                go.await();
                won.add(register.register(RegisterAccountCommand.of(name, "a long secret", "Racer " + name)));
            } catch (Throwable e) {
                lost.add(e);
            }
        }, pool)).toList();

        go.countDown();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(won).as("one winner").hasSize(1);
        assertThat(lost).hasSize(THREADS - 1).allSatisfy(e -> assertThat(e).isInstanceOf(UsernameTakenException.class));
        assertThat(database.count("SELECT count(*) FROM accounts WHERE lower(username) = 'racer.one'")).isEqualTo(1);
        assertThat(database.strings("SELECT username FROM accounts")).containsExactly(won.peek().username().value());
    }

    @Test
    void theDatabaseItselfRefusesASecondSpellingOfAUsername() {
        database.empty();
        database.execute("INSERT INTO accounts (id, username, display_name, password_hash, roles, created_at, updated_at) "
                + "VALUES (gen_random_uuid(), 'Mallory', 'M', 'h', '{CUSTOMER}', now(), now())");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> database.execute(
                "INSERT INTO accounts (id, username, display_name, password_hash, roles, created_at, updated_at) "
                        + "VALUES (gen_random_uuid(), 'mALLORY', 'M', 'h', '{CUSTOMER}', now(), now())"))
                .hasStackTraceContaining("accounts_username_key");
    }

    /** "racer.one" with the letters of thread {@code i}'s bit pattern in upper case. */
    private static String spelling(int i) {
        char[] name = "racer.one".toCharArray();
        for (int bit = 0; bit < name.length; bit++) {
            if ((i >> bit & 1) == 1) {
                name[bit] = Character.toUpperCase(name[bit]);
            }
        }
        return new String(name);
    }
}
