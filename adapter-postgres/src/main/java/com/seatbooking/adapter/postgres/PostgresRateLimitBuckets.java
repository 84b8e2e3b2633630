package com.seatbooking.adapter.postgres;

import com.seatbooking.application.port.out.RateLimitBuckets;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rate-limit buckets from Bucket4j. Shared buckets live in {@code rate_limit_buckets} through
 * Bucket4j's PostgreSQL proxy manager (SELECT ... FOR UPDATE in a short transaction of its own, on a
 * pooled connection), so every instance draws from the same bucket. Per-instance buckets are
 * Bucket4j's lock-free local buckets.
 * <p>
 * Each shared bucket is used through a proxy with Bucket4j's delaying optimization: an instance
 * takes tokens from its last view of the bucket and writes them to the database together, once it
 * took {@code rate-limits.sync-percent} of the bucket's capacity (10%, at least one token) or
 * {@code rate-limits.sync-interval} (1 s) passed since it last did; requests for one bucket at the
 * same moment are batched into one round trip. That spares most requests a database transaction of
 * their own. What it trades: between two synchronisations each instance may let through up to that
 * share more than the bucket holds, so with N instances a script gets at most about N x 10% of a
 * limit more per second; people never come near a limit anyway.
 * <p>
 * A failure of the store fails open (the request goes ahead, logged): a limit that cannot be read
 * must not take the service down with it.
 */
@ApplicationScoped
class PostgresRateLimitBuckets implements RateLimitBuckets {

    /** Past this many buckets an instance's proxies start over, which keeps memory bounded. */
    static final int LIMIT = 20_000;
    /** How long an idle bucket is kept after it has filled up again, before the clean-up may delete it. */
    static final Duration KEEP_AFTER_FULL = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(PostgresRateLimitBuckets.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(30).toNanos();

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;
    private final long syncPercent;
    private final Duration syncInterval;
    private final Map<String, Bucket> shared = new ConcurrentHashMap<>();
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();
    private final AtomicLong lastFailureLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    PostgresRateLimitBuckets(AgroalDataSource dataSource,
            @ConfigProperty(name = "rate-limits.sync-percent", defaultValue = "10") long syncPercent,
            @ConfigProperty(name = "rate-limits.sync-interval", defaultValue = "1s") Duration syncInterval) {
        this.store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
                .build();
        this.syncPercent = Math.max(0, syncPercent);
        this.syncInterval = syncInterval;
    }

    @Override
    public Duration tryConsume(String key, Rate rate, boolean shared) {
        try {
            ConsumptionProbe probe = bucket(key, rate, shared).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            long last = lastFailureLog.get();
            if (now - last >= LOG_EVERY_NANOS && lastFailureLog.compareAndSet(last, now)) {
                LOG.warnf("Rate limits could not be checked, so requests go ahead unlimited: %s", e.toString());
            }
            return Duration.ZERO;
        }
    }

    @Override
    public int deleteExpired(int limit) {
        return Transactions.joinOrRun(() -> store.removeExpired(limit));
    }

    private Bucket bucket(String key, Rate rate, boolean sharedBucket) {
        Map<String, Bucket> buckets = sharedBucket ? shared : local;
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= LIMIT) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> sharedBucket
                ? store.builder().withOptimization(Optimizations.delaying(delay(rate))).build(k, () -> configuration(rate))
                : Bucket.builder().addLimit(bandwidth(rate)).build());
    }

    private DelayParameters delay(Rate rate) {
        long unsynchronized = Math.max(1, Math.multiplyExact(rate.capacity(), syncPercent) / 100);
        return new DelayParameters(unsynchronized, syncInterval);
    }

    private static BucketConfiguration configuration(Rate rate) {
        return BucketConfiguration.builder().addLimit(bandwidth(rate)).build();
    }

    private static Bandwidth bandwidth(Rate rate) {
        return Bandwidth.builder().capacity(rate.capacity()).refillGreedy(rate.capacity(), rate.period()).build();
    }

    /** For tests: forget every proxy, so the next request reads the store afresh. */
    void forgetProxies() {
        shared.clear();
        local.clear();
    }

    /** The manager, for direct use in tests. */
    ProxyManager<String> store() {
        return store;
    }
}
