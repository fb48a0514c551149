package dk.jobmatch.integration;

import dk.jobmatch.api.IntegrationApi;
import dk.jobmatch.api.model.ChangeEntryDto;
import dk.jobmatch.api.model.ChangePageDto;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class ChangeFeedController implements IntegrationApi {

    private final ChangeFeed feed;
    private final ChangeMapper mapper;

    ChangeFeedController(ChangeFeed feed, ChangeMapper mapper) {
        this.feed = feed;
        this.mapper = mapper;
    }

    @Override
    public ChangePageDto listChanges(String after, Integer limit) {
        String cursor = after == null ? "0" : after;
        List<ChangeEntryDto> items = feed.after(Long.parseLong(cursor), limit == null ? 100 : limit).stream()
                .map(mapper::toDto).toList();
        return new ChangePageDto(items, items.isEmpty() ? cursor : items.getLast().getCursor());
    }
}
