package dk.jobmatch.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The geo filters on a real index: each travel area has its own radius, a document without a
 * location or limit always passes, and the filter is generous by at most its margin (the exact
 * rule in Java decides within it). Documents are spread over several segments.
 */
class GeoFilterTest {

    // Frederikshavn; points due north at known distances (1 degree of latitude is ~111.2 km).
    private static final double LAT = 57.441;
    private static final double LON = 10.537;
    private static final double KM_PER_DEGREE = 111.195;

    @TempDir
    Path dir;

    @Test
    void aTravelAreaReachesTheWorkplaceOnlyWithinItsOwnRadius() throws IOException {
        Set<String> found = search(new Criterion.Reaches("reach", LAT, LON), List.of(
                area("near-enough", 9.0, 10),        // 9 km away, may travel 10
                area("too-far", 12.0, 10),           // 12 km away, may travel 10
                area("far-but-willing", 80.0, 100),  // 80 km away, may travel 100
                area("within-margin", 10.3, 10),     // 0.3 km over: left to the exact rule in Java
                unlocated("no-location")));

        assertThat(found).containsExactlyInAnyOrder("near-enough", "far-but-willing", "within-margin", "no-location");
    }

    @Test
    void aWorkplaceWithinTheCitizensDistanceIsFoundAndOneWithoutLocationAlways() throws IOException {
        Set<String> found = search(new Criterion.WithinKm("location", LAT, LON, 20), List.of(
                point("close", 15.0), point("distant", 30.0), unlocatedPoint("unknown")));

        assertThat(found).containsExactlyInAnyOrder("close", "unknown");
    }

    private Set<String> search(Criterion criterion, List<IndexDocument> documents) throws IOException {
        AnalyzerFactory analysis = new AnalyzerFactory();
        try (LuceneIndex index = new LuceneIndex(dir.toString(), analysis.indexAnalyzer(), analysis.conceptAnalyzer(), analysis.fingerprint())) {
            for (IndexDocument document : documents) {
                index.upsert(document);
                index.publish(0); // a segment per document, so per-segment doc values are exercised
            }
            SearchService search = new SearchService(index, analysis.queryAnalyzer(),
                    new TextTerms(analysis.indexAnalyzer(), analysis.conceptAnalyzer()), 16);
            return search.candidates(new CandidateQuery("t", null, Map.of(), List.of(criterion), 100)).stream()
                    .map(ScoredId::id).collect(Collectors.toSet());
        }
    }

    private static IndexDocument area(String id, double kmNorth, double radiusKm) {
        return IndexDocument.builder("t", id).area("reach", LAT + kmNorth / KM_PER_DEGREE, LON, radiusKm).build();
    }

    private static IndexDocument unlocated(String id) {
        return IndexDocument.builder("t", id).area("reach", null, null, null).build();
    }

    private static IndexDocument point(String id, double kmNorth) {
        return IndexDocument.builder("t", id).geoPoint("location", LAT + kmNorth / KM_PER_DEGREE, LON).build();
    }

    private static IndexDocument unlocatedPoint(String id) {
        return IndexDocument.builder("t", id).geoPoint("location", null, null).build();
    }
}
