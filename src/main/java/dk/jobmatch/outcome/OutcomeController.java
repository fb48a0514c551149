package dk.jobmatch.outcome;

import dk.jobmatch.api.OutcomesApi;
import dk.jobmatch.api.model.OutcomeReportDto;
import dk.jobmatch.api.model.TargetGroupDto;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class OutcomeController implements OutcomesApi {

    static final MediaType CSV = MediaType.of("text/csv");

    private final OutcomeService outcomes;
    private final OutcomeMapper mapper;

    OutcomeController(OutcomeService outcomes, OutcomeMapper mapper) {
        this.outcomes = outcomes;
        this.mapper = mapper;
    }

    /** One route, two representations (as getAgreement): the CSV goes through the same erased response type. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse<OutcomeReportDto> getOutcomes(LocalDate from, LocalDate to, TargetGroupDto targetGroup,
                                                      String consultant, String employerId) {
        OutcomeService.Report report = outcomes.report(from, to,
                new OutcomeFigures.Filter(mapper.toDomain(targetGroup), consultant, employerId));
        if (wantsCsv()) {
            MutableHttpResponse csv = HttpResponse.ok(OutcomeCsv.write(report.figures()))
                    .contentType(CSV + ";charset=utf-8");
            return csv.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        return HttpResponse.ok(mapper.toDto(report)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** CSV only when asked for before JSON; JSON for anything else, */
    private static boolean wantsCsv() {
        Collection<MediaType> accepted = ServerRequestContext.currentRequest().map(HttpRequest::accept)
                .orElse(List.of());
        for (MediaType type : accepted) {
            if (type.matches(MediaType.APPLICATION_JSON_TYPE) || type.equals(MediaType.ALL_TYPE)) {
                return false;
            }
            if (type.matches(CSV)) {
                return true;
            }
        }
        return false;
    }
}
