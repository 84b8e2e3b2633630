package com.seatbooking.application.service;

import com.seatbooking.application.port.in.CheckRateLimitUseCase;
import com.seatbooking.application.port.in.RateLimitCommand;
import com.seatbooking.application.port.in.RateLimitDecision;
import com.seatbooking.application.port.out.FairUseEvents;
import com.seatbooking.application.port.out.RateLimitBuckets;
import java.time.Duration;

/**
 * Who may send how much: a write costs a token of the client address's bucket and, signed in, one
 * of the account's (so neither many accounts behind one address nor one account on many addresses
 * gets past); a read costs one of the address's read bucket. The address is checked first: a
 * script that floods from one address does not use up the account buckets of the people behind it.
 */
public final class RateLimitService implements CheckRateLimitUseCase {

    static final String ACCOUNT_WRITES = "account-writes";
    static final String ADDRESS_WRITES = "address-writes";
    static final String ADDRESS_READS = "address-reads";

    private final RateLimitBuckets buckets;
    private final FairUseEvents events;
    private final RateLimitSettings settings;

    public RateLimitService(RateLimitBuckets buckets, FairUseEvents events, RateLimitSettings settings) {
        this.buckets = buckets;
        this.events = events;
        this.settings = settings;
    }

    @Override
    public RateLimitDecision check(RateLimitCommand command) {
        if (!settings.enabled()) {
            return RateLimitDecision.allowed();
        }
        if (!command.write()) {
            return decide(ADDRESS_READS, buckets.tryConsume("r:" + command.clientAddress(), settings.addressReads(), false));
        }
        RateLimitDecision address = decide(ADDRESS_WRITES, buckets.tryConsume("w:" + command.clientAddress(), settings.addressWrites(), true));
        if (!address.isAllowed() || !command.actor().isSignedIn()) {
            return address;
        }
        return decide(ACCOUNT_WRITES, buckets.tryConsume("a:" + command.actor().id(), settings.accountWrites(), true));
    }

    private RateLimitDecision decide(String limit, Duration wait) {
        if (wait.isZero()) {
            return RateLimitDecision.allowed();
        }
        events.rateLimited(limit);
        return RateLimitDecision.refused(limit, wait);
    }
}
