package dk.jobmatch.search;

import java.util.List;

/** Entity ids of one page of hits, best first, and the total number of hits. */
public record SearchHits(List<String> ids, long total) {
}
