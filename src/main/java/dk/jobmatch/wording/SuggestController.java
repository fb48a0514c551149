package dk.jobmatch.wording;

import dk.jobmatch.api.VocabularySuggestionsApi;
import dk.jobmatch.api.model.ConceptSuggestionsDto;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Type-ahead over the concept vocabulary, for whoever writes profiles or needs. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class SuggestController implements VocabularySuggestionsApi {

    private static final int DEFAULT_LIMIT = 10;

    private final ConceptSuggestions suggestions;
    private final WordingMapper mapper;
    private final AccessPolicy access;

    SuggestController(ConceptSuggestions suggestions, WordingMapper mapper, AccessPolicy access) {
        this.suggestions = suggestions;
        this.mapper = mapper;
        this.access = access;
    }

    @Override
    public ConceptSuggestionsDto suggestConcepts(String q, Integer limit) {
        access.require(Role.CONSULTANT, Role.ADMIN, Role.EMPLOYER, Role.INTEGRATION);
        int most = limit == null ? DEFAULT_LIMIT : limit;
        return new ConceptSuggestionsDto(mapper.toSuggestionDtos(suggestions.suggest(q, most)));
    }
}
