package dk.jobmatch.citizen;

import dk.jobmatch.common.Paging;
import dk.jobmatch.search.SearchHits;
import dk.jobmatch.search.SearchQuery;
import dk.jobmatch.search.SearchService;
import dk.jobmatch.vocabulary.TargetGroup;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** Consultants' free-text search over profiles: what a citizen can do and wants to do. */
@Singleton
class CitizenSearch {

    record Criteria(String text, TargetGroup targetGroup) {
    }

    private final SearchService search;

    CitizenSearch(SearchService search) {
        this.search = search;
    }

    SearchHits find(Criteria criteria, Paging paging) {
        Map<String, String> filters = new HashMap<>();
        if (criteria.targetGroup() != null) {
            filters.put(CitizenDocumentSource.TARGET_GROUP, criteria.targetGroup().name());
        }
        return search.search(new SearchQuery(CitizenDocumentSource.TYPE, criteria.text(),
                CitizenDocumentSource.TEXT_FIELDS, filters,
                CitizenDocumentSource.CREATED_AT, paging.offset(), paging.size()));
    }
}
