package com.seatbooking.application.service;

import com.seatbooking.application.port.in.IdempotencyKeyInUseException;
import com.seatbooking.application.port.in.IdempotencyKeyReusedException;
import com.seatbooking.application.port.in.IdempotentCommand;
import com.seatbooking.application.port.in.IdempotentOutcome;
import com.seatbooking.application.port.in.IdempotentRequestUseCase;
import com.seatbooking.application.port.in.RecordedResponse;
import com.seatbooking.application.port.out.FairUseEvents;
import com.seatbooking.application.port.out.IdempotencyKeyRepository;
import com.seatbooking.application.port.out.IdempotencyKeyRepository.KeptAnswer;
import com.seatbooking.application.port.out.IdempotencyKeyRepository.Lookup;
import com.seatbooking.application.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One unit of work takes the key (without waiting: a duplicate that arrives meanwhile is told the
 * key is in use), replays what is kept for it or runs the work, and keeps its answer; the work's own
 * units of work join this one. So a key is kept exactly when its write committed, and when the unit
 * of work is run again after a transient conflict (a lost seat race), the key goes with it.
 */
public final class IdempotentRequestService implements IdempotentRequestUseCase {

    private final IdempotencyKeyRepository keys;
    private final UnitOfWork unitOfWork;
    private final FairUseEvents events;
    private final Clock clock;
    private final IdempotencySettings settings;

    public IdempotentRequestService(IdempotencyKeyRepository keys, UnitOfWork unitOfWork, FairUseEvents events, Clock clock,
            IdempotencySettings settings) {
        this.keys = keys;
        this.unitOfWork = unitOfWork;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public IdempotentOutcome run(IdempotentCommand command, Supplier<RecordedResponse> work) {
        IdempotentOutcome outcome = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Lookup lookup = keys.lockAndFind(command.scope(), command.key(), now);
            if (!lookup.locked()) {
                throw new IdempotencyKeyInUseException();
            }
            if (lookup.kept().isPresent()) {
                KeptAnswer kept = lookup.kept().get();
                if (kept.booking() != null && kept.answers(command.method(), command.path(), command.fingerprint())) {
                    // a booking's key, kept by the booking statement: only the booking path replays it
                    throw new IdempotencyKeyInUseException();
                }
                return replay(command, kept);
            }
            RecordedResponse response = work.get();
            if (response.isWorthRecording()) {
                keys.add(command.scope(), command.key(), answer(command, response), now, now.plus(settings.keyTtl()));
            }
            return IdempotentOutcome.fresh(response);
        });
        if (outcome.replayed()) {
            events.replayed();
        }
        return outcome;
    }

    @Override
    public IdempotentOutcome recordRefusal(IdempotentCommand command, RecordedResponse refusal) {
        if (!refusal.isWorthRecording()) {
            return IdempotentOutcome.fresh(refusal);
        }
        IdempotentOutcome outcome = unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            Lookup lookup = keys.lockAndFind(command.scope(), command.key(), now);
            if (!lookup.locked()) {
                // a duplicate is running again right now; it keeps its own answer
                return IdempotentOutcome.fresh(refusal);
            }
            if (lookup.kept().isPresent()) {
                KeptAnswer kept = lookup.kept().get();
                if (kept.booking() != null && kept.answers(command.method(), command.path(), command.fingerprint())) {
                    // a duplicate of this booking request stored its booking meanwhile; its retry replays that
                    return IdempotentOutcome.fresh(refusal);
                }
                return replay(command, kept);
            }
            keys.add(command.scope(), command.key(), answer(command, refusal), now, now.plus(settings.keyTtl()));
            return IdempotentOutcome.fresh(refusal);
        });
        if (outcome.replayed()) {
            events.replayed();
        }
        return outcome;
    }

    private static IdempotentOutcome replay(IdempotentCommand command, KeptAnswer kept) {
        if (!kept.answers(command.method(), command.path(), command.fingerprint())) {
            throw new IdempotencyKeyReusedException(kept.method(), kept.path());
        }
        return IdempotentOutcome.replay(kept.response());
    }

    private static KeptAnswer answer(IdempotentCommand command, RecordedResponse response) {
        return new KeptAnswer(command.method(), command.path(), command.fingerprint(), response);
    }
}
