package dk.jobmatch.security;

import dk.jobmatch.common.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client rate limit on the API: a token bucket per bearer token (or per address for callers
 * without one), refilled at {@code requests-per-second} up to {@code burst}. It runs before
 * authentication, so floods of bad tokens are limited too. Over the limit: 429 with Retry-After.
 */
@ServerFilter("/api/**")
class RateLimitFilter implements Ordered {

    private static final int MAX_CLIENTS = 50_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(@Value("${jobmatch.rate-limit.requests-per-second:50}") double perSecond,
                    @Value("${jobmatch.rate-limit.burst:100}") double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (buckets.size() > MAX_CLIENTS) {
            // Idle clients have full buckets; forgetting them changes nothing for anyone.
            long now = System.nanoTime();
            buckets.values().removeIf(b -> b.idleSeconds(now) > burst / perSecond);
        }
        Bucket bucket = buckets.computeIfAbsent(clientOf(request), k -> new Bucket(burst));
        double waitSeconds = bucket.take(System.nanoTime(), perSecond, burst);
        if (waitSeconds <= 0) {
            return null;
        }
        return Problems.response(HttpStatus.TOO_MANY_REQUESTS, "Too many requests; slow down.", List.of())
                .header(HttpHeaders.RETRY_AFTER, Long.toString((long) Math.ceil(waitSeconds)));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    private static String clientOf(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return authorization != null ? "token:" + authorization.hashCode() + ":" + authorization.length()
                : "address:" + request.getRemoteAddress().getAddress().getHostAddress();
    }

    private static final class Bucket {
        private double tokens;
        private long updated = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        /** Takes one token; returns 0 when granted, else the seconds until one is available. */
        synchronized double take(long now, double perSecond, double burst) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }

        synchronized double idleSeconds(long now) {
            return (now - updated) / 1e9;
        }
    }
}
