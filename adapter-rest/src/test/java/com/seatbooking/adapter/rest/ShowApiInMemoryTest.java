package com.seatbooking.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.seatbooking.adapter.inmemory.InMemoryShowRepository;
import com.seatbooking.application.port.out.ShowRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The same API tests on the in-memory adapters: proof that the persistence adapter is swappable. */
@QuarkusTest
@TestProfile(InMemoryProfile.class)
class ShowApiInMemoryTest extends ShowApiTest {

    @Inject
    ShowRepository shows;

    @Test
    void runsOnTheInMemoryAdapters() {
        assertThat(shows).isInstanceOf(InMemoryShowRepository.class);
    }
}
