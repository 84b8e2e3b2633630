package com.seatbooking.adapter.postgres;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import com.seatbooking.application.port.in.BookingCursor;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.UUID;

/** Hibernate ORM with Panache for what it does well: loading, locking and updating a booking. */
@ApplicationScoped
class BookingEntityRepository implements PanacheRepositoryBase<BookingEntity, UUID> {

    // NO KEY UPDATE: strong enough to serialize confirm, cancel and expiry of one booking, without
    // blocking the key-share locks that foreign-key checks take.
    private static final String EXPIRED_HOLDS = """
            SELECT * FROM bookings
            WHERE status = 'PENDING' AND expires_at <= ?1
            ORDER BY expires_at
            LIMIT ?2
            FOR NO KEY UPDATE SKIP LOCKED""";

    // newest first, ties by id, as bookings_show_idx has them; after a cursor by a row comparison
    // the index range serves, so each batch of a cancellation starts where the last one ended; only
    // of a show whose cancellation is committed
    private static final String LIVE_OF_SHOW = """
            SELECT * FROM bookings
            WHERE show_id = ?1 AND status IN ('PENDING', 'CONFIRMED')
              AND EXISTS (SELECT 1 FROM shows WHERE id = ?1 AND status = 'CANCELLED')
            ORDER BY created_at DESC, id DESC
            LIMIT ?2
            FOR NO KEY UPDATE SKIP LOCKED""";
    private static final String LIVE_OF_SHOW_AFTER = """
            SELECT * FROM bookings
            WHERE show_id = ?1 AND status IN ('PENDING', 'CONFIRMED') AND (created_at, id) < (?3, ?4)
              AND EXISTS (SELECT 1 FROM shows WHERE id = ?1 AND status = 'CANCELLED')
            ORDER BY created_at DESC, id DESC
            LIMIT ?2
            FOR NO KEY UPDATE SKIP LOCKED""";

    /** Newest first, ties by id: the order of bookings_owner_idx, which serves this query. */
    List<BookingEntity> findByOwner(UUID owner, BookingCursor after, int limit) {
        Sort newestFirst = Sort.descending("createdAt").and("id", Sort.Direction.Ascending);
        var query = after == null
                ? find("ownerId = ?1", newestFirst, owner)
                : find("ownerId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id > ?3))", newestFirst, owner, after.createdAt(),
                        after.id().value());
        return query.page(Page.ofSize(limit)).list();
    }

    @SuppressWarnings("unchecked")
    List<BookingEntity> lockLiveOfShow(UUID show, BookingCursor after, int limit) {
        var query = getEntityManager().createNativeQuery(after == null ? LIVE_OF_SHOW : LIVE_OF_SHOW_AFTER, BookingEntity.class)
                .setParameter(1, show)
                .setParameter(2, limit);
        if (after != null) {
            query.setParameter(3, OffsetDateTime.ofInstant(after.createdAt(), ZoneOffset.UTC)).setParameter(4, after.id().value());
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    List<BookingEntity> lockExpiredHolds(Instant now, int limit) {
        return getEntityManager().createNativeQuery(EXPIRED_HOLDS, BookingEntity.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
    }
}
