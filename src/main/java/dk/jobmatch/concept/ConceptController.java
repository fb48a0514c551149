package dk.jobmatch.concept;

import dk.jobmatch.api.ConceptsApi;
import dk.jobmatch.api.model.NewVocabularyConceptDto;
import dk.jobmatch.api.model.VocabularyConceptChangeDto;
import dk.jobmatch.api.model.VocabularyConceptDto;
import dk.jobmatch.api.model.VocabularyConceptPageDto;
import dk.jobmatch.api.model.VocabularyConceptTypeDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class ConceptController implements ConceptsApi {

    private final ConceptService concepts;
    private final ConceptMapper mapper;
    private final AccessPolicy access;

    ConceptController(ConceptService concepts, ConceptMapper mapper, AccessPolicy access) {
        this.concepts = concepts;
        this.mapper = mapper;
        this.access = access;
    }

    @Override
    public VocabularyConceptPageDto listConcepts(String q, VocabularyConceptTypeDto type, String trade, Integer page,
                                                 Integer size) {
        access.require(Role.ADMIN);
        Paging paging = Paging.of(page, size);
        return mapper.toPage(concepts.list(q, mapper.toDomain(type), trade, paging), paging);
    }

    @Override
    public HttpResponse<VocabularyConceptDto> getConcept(String conceptId) {
        access.require(Role.ADMIN);
        return withTag(HttpResponse.ok(), concepts.get(conceptId));
    }

    @Override
    public HttpResponse<VocabularyConceptDto> createConcept(NewVocabularyConceptDto request) {
        Caller caller = access.require(Role.ADMIN);
        ConceptView created = concepts.create(mapper.toDomain(request), caller.username());
        return withTag(HttpResponse.created(URI.create("/api/v1/vocabulary/concepts/" + created.concept().id())), created);
    }

    @Override
    public HttpResponse<VocabularyConceptDto> updateConcept(String conceptId, VocabularyConceptChangeDto request,
                                                            String ifMatch) {
        // If-Match is checked before the body is read (ConceptEntityTags, PreconditionFilter).
        Caller caller = access.require(Role.ADMIN);
        return withTag(HttpResponse.ok(), concepts.update(mapper.toDomain(conceptId, request), caller.username()));
    }

    private HttpResponse<VocabularyConceptDto> withTag(MutableHttpResponse<VocabularyConceptDto> response, ConceptView view) {
        return response.body(mapper.toDto(view)).header(HttpHeaders.ETAG, view.entityTag());
    }
}
