package dk.jobmatch.agreement;

import dk.jobmatch.api.AgreementsApi;
import dk.jobmatch.api.model.AgreementDto;
import dk.jobmatch.api.model.AgreementEventDto;
import dk.jobmatch.api.model.AgreementRequestDto;
import dk.jobmatch.api.model.AgreementStatusDto;
import dk.jobmatch.api.model.AgreementSummaryPageDto;
import dk.jobmatch.api.model.AgreementUpdateDto;
import dk.jobmatch.api.model.ApprovalRequestDto;
import dk.jobmatch.api.model.AttentionFilterDto;
import dk.jobmatch.api.model.FollowUpDto;
import dk.jobmatch.api.model.ProgressDto;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.EntityTags;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class AgreementController implements AgreementsApi {

    static final MediaType PDF = MediaType.of("application/pdf");

    private final AgreementService agreements;
    private final FollowUpService followUps;
    private final CourseEvents events;
    private final FollowUpWorklist worklist;
    private final ReplanService replanning;
    private final AgreementMapper mapper;

    AgreementController(AgreementService agreements, FollowUpService followUps, CourseEvents events,
                        FollowUpWorklist worklist, ReplanService replanning, AgreementMapper mapper) {
        this.agreements = agreements;
        this.followUps = followUps;
        this.events = events;
        this.worklist = worklist;
        this.replanning = replanning;
        this.mapper = mapper;
    }

    @Override
    public AgreementSummaryPageDto listAgreements(AgreementStatusDto status, AttentionFilterDto attention,
                                                  LocalDate dueBy, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        return mapper.toPage(worklist.list(mapper.toDomain(status), mapper.toFlags(attention), dueBy, paging), paging);
    }

    @Override
    public HttpResponse<AgreementDto> createAgreement(AgreementRequestDto request) {
        AgreementService.View view = agreements.create(mapper.toDomain(request));
        return withETag(HttpResponse.created(mapper.toDto(view), URI.create("/api/v1/agreements/"
                + view.agreement().id())), view);
    }

    /**
     * One route, three representations. The generated signature can only type the JSON one, so
     * the document forms are returned through the same (erased) response type.
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse<AgreementDto> getAgreement(String agreementId) {
        MediaType wanted = preferred();
        if (MediaType.APPLICATION_JSON_TYPE.equals(wanted)) {
            AgreementService.View view = agreements.read(agreementId);
            return withETag(HttpResponse.ok(mapper.toDto(view)), view);
        }
        // The document is what the parties work under: the version in force, while JSON shows the
        // newest (with inForceVersion). Both are tagged by the newest version, which changes either.
        AgreementService.DocumentView document = agreements.readDocument(agreementId);
        AgreementService.View view = document.view();
        if (MediaType.TEXT_HTML_TYPE.equals(wanted)) {
            HttpResponse html = HttpResponse.ok(HtmlRenderer.render(AgreementDocument.of(document)))
                    .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");
            return withETag((MutableHttpResponse) html, view);
        }
        HttpResponse pdf = HttpResponse.ok(PdfRenderer.render(AgreementDocument.of(document))).contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"arbejdsaftale-"
                        + view.agreement().id() + ".pdf\"");
        return withETag((MutableHttpResponse) pdf, view);
    }

    // The generated interface offers only problem+json for this 204 (see NeedController).
    @Override
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public HttpResponse<Void> deleteAgreement(String agreementId) {
        agreements.delete(agreementId);
        return HttpResponse.noContent();
    }

    @Override
    public AgreementDto getAgreementVersion(String agreementId, Integer version) {
        return mapper.toDto(agreements.readVersion(agreementId, version));
    }

    @Override
    public HttpResponse<AgreementDto> updateAgreement(String agreementId, AgreementUpdateDto update,
                                                                         String ifMatch) {
        int edited = update.getVersion();
        // A stale If-Match was answered 412 before the body was read (common/PreconditionFilter);
        // here it names the current version, and the body must have edited that one.
        if (ifMatch != null && !EntityTags.matches(ifMatch, AgreementEntityTags.tagOf(edited))) {
            throw ApiException.conflict("If-Match and version disagree; send the version you edited.");
        }
        AgreementService.View saved = agreements.update(agreementId, edited, current -> mapper.edit(current, update));
        return withETag(HttpResponse.ok(mapper.toDto(saved)), saved);
    }

    @Override
    public AgreementDto approveAgreement(String agreementId, ApprovalRequestDto request) {
        return mapper.toDto(agreements.approve(agreementId, mapper.toDomain(request.getParty())));
    }

    @Override
    public HttpResponse<FollowUpDto> addFollowUp(String agreementId, FollowUpDto followUp) {
        FollowUp saved = followUps.record(agreementId, mapper.toDomain(followUp));
        return HttpResponse.created(mapper.toDto(saved));
    }

    @Override
    public ProgressDto getAgreementProgress(String agreementId) {
        return mapper.toDto(followUps.progress(agreementId));
    }

    @Override
    public HttpResponse<AgreementEventDto> addAgreementEvent(String agreementId, AgreementEventDto event) {
        AgreementEvent saved = events.record(agreementId, mapper.toDomain(event));
        return HttpResponse.created(mapper.toDto(saved));
    }

    @Override
    public HttpResponse<AgreementDto> replanAgreement(String agreementId) {
        AgreementService.View saved = replanning.replan(agreementId);
        return withETag(HttpResponse.created(mapper.toDto(saved), URI.create("/api/v1/agreements/"
                + saved.agreement().id() + "/versions/" + saved.version())), saved);
    }

    private static <T> MutableHttpResponse<T> withETag(MutableHttpResponse<T> response, AgreementService.View view) {
        return response.header(HttpHeaders.ETAG, AgreementEntityTags.tagOf(view.agreement().version()));
    }

    private static MediaType preferred() {
        Collection<MediaType> accepted = ServerRequestContext.currentRequest().map(HttpRequest::accept).orElse(List.of());
        for (MediaType type : accepted) {
            if (type.matches(MediaType.APPLICATION_JSON_TYPE) || type.equals(MediaType.ALL_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            if (type.matches(MediaType.TEXT_HTML_TYPE)) {
                return MediaType.TEXT_HTML_TYPE;
            }
            if (type.matches(PDF)) {
                return PDF;
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }
}
