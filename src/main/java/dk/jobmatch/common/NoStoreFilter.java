package dk.jobmatch.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Answers can hold tokens and citizens' sensitive data; consultants read them on phones and through
 * proxies. No browser or intermediary may keep a copy that would outlive an erasure.
 */
@ServerFilter("/**")
class NoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
