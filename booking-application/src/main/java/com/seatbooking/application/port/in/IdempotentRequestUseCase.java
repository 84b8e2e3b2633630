package com.seatbooking.application.port.in;

import java.util.function.Supplier;

/**
 * Writes that may be retried safely: the first request with a key is answered and its answer kept
 * (for a configurable time, 24 h by default), in the same unit of work as the write itself, so
 * there is never one without the other; a retry with the same key gets that answer again.
 */
public interface IdempotentRequestUseCase {

    /**
     * Runs {@code work} (a driving adapter's call of a use case, turned into the answer it sends)
     * once per key within its lifetime, in one unit of work with the keeping of its answer; or
     * replays the answer kept for the key. {@code work} may be run again if the unit of work is
     * retried after a transient conflict, so it must have no effects outside the store.
     * Throws {@link IdempotencyKeyInUseException} while another request with the key is being
     * answered, {@link IdempotencyKeyReusedException} when the key was first used for another request.
     * An exception from {@code work} leaves nothing kept (and nothing written).
     */
    IdempotentOutcome run(IdempotentCommand command, Supplier<RecordedResponse> work);

    /**
     * Keeps the answer to a request whose work was refused with a client error (a 4xx problem, in
     * a unit of work of its own, as the refused one was rolled back), unless another answer for the
     * key is kept by now: then that one is returned, to be replayed.
     */
    IdempotentOutcome recordRefusal(IdempotentCommand command, RecordedResponse refusal);
}
