package dk.jobmatch.idempotency;

import dk.jobmatch.common.BackgroundWork;
import dk.jobmatch.common.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on POSTs: the first request with a key runs and its successful answer is
 * kept; a repeat by the same caller gets that answer again (with {@code Idempotent-Replayed}) and
 * creates nothing. A failed request frees its key for the corrected retry. Keys live for a day.
 */
@ServerFilter(value = "/api/**", methods = HttpMethod.POST)
@BackgroundWork
class IdempotencyFilter implements Ordered {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final int MAX_KEY = 200;

    private final IdempotencyKeyRepository keys;
    private final SecurityService security;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration keep;

    IdempotencyFilter(IdempotencyKeyRepository keys, SecurityService security, JsonMapper json, Clock clock,
                      @Value("${jobmatch.idempotency.keep:24h}") Duration keep) {
        this.keys = keys;
        this.security = security;
        this.json = json;
        this.clock = clock;
        this.keep = keep;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> beforeWrite(HttpRequest<?> request) {
        String key = request.getHeaders().get(HEADER);
        Optional<String> caller = security.getAuthentication().map(Authentication::getName);
        if (key == null || caller.isEmpty()) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY) {
            return Problems.response(HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1-" + MAX_KEY + " characters.",
                    List.of());
        }
        Optional<IdempotencyKey> stored = keys.findById(new IdempotencyKey.Id(caller.get(), key));
        if (stored.isPresent()) {
            return replay(stored.get());
        }
        if (!keys.claim(caller.get(), key, clock.instant())) {
            return inProgress();
        }
        request.setAttribute(CLAIMED, caller.get());
        return null;
    }

    @ResponseFilter
    void afterWrite(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<String> caller = request.getAttribute(CLAIMED, String.class);
        if (caller.isEmpty()) {
            return;
        }
        var id = new IdempotencyKey.Id(caller.get(), request.getHeaders().get(HEADER));
        if (response.getStatus().getCode() >= 300) {
            keys.deleteByIdAndStatusIsNull(id);
            return;
        }
        try {
            String body = response.getBody().isPresent() ? json.writeValueAsString(response.getBody().get()) : null;
            keys.update(id, response.getStatus().getCode(), response.getHeaders().get(HttpHeaders.LOCATION), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void forgetOldKeys() {
        keys.deleteByCreatedAtLessThan(clock.instant().minus(keep));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    private static HttpResponse<?> replay(IdempotencyKey stored) {
        if (stored.status() == null) {
            return inProgress();
        }
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(stored.status()))
                .header(REPLAYED, "true");
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body() != null) {
            response.body(stored.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return response;
    }

    private static HttpResponse<?> inProgress() {
        return Problems.response(HttpStatus.CONFLICT,
                "A request with this Idempotency-Key is still being processed; retry shortly.", List.of());
    }
}
