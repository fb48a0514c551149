package dk.jobmatch.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

/** The service root, as typed on a phone, opens the app. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class WebEntryController {

    @Get("/")
    HttpResponse<?> root() {
        return HttpResponse.seeOther(URI.create("/app/"));
    }
}
