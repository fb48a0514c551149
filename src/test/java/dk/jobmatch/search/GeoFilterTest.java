package dk.jobmatch.search;

import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    /**
     * The filter narrows by the centres' points within the largest radius when what leads the
     * query is broad, and checks each document's own circle when the lead is narrow: either way
     * exactly the documents the rule (distance within the radius plus the margin) lets through.
     */
    @Test
    void aTravelAreaFilterFindsExactlyTheReachingAreasWhetherTheLeadIsBroadOrNarrow() throws IOException {
        Random random = new Random(23);
        List<IndexDocument> documents = new ArrayList<>();
        Set<String> reaching = new HashSet<>();
        Set<String> rare = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            String id = "d" + i;
            boolean inRareGroup = i % 50 == 0;
            if (i % 97 == 0) {
                documents.add(IndexDocument.builder("t", id).keyword("g", inRareGroup ? "rare" : "common")
                        .area("reach", null, null, null).build());
                reaching.add(id);
            } else {
                double lat = LAT + (random.nextDouble() - 0.5) * 2;
                double lon = LON + (random.nextDouble() - 0.5) * 3;
                double radius = 1 + random.nextDouble() * (i == 1 ? 150 : 60);
                documents.add(IndexDocument.builder("t", id).keyword("g", inRareGroup ? "rare" : "common")
                        .area("reach", lat, lon, radius).build());
                if (SloppyMath.haversinMeters(lat, lon, LAT, LON) <= radius * 1000 + 500) {
                    reaching.add(id);
                }
            }
            if (inRareGroup) {
                rare.add(id);
            }
        }
        Set<String> expectedRare = reaching.stream().filter(rare::contains).collect(Collectors.toSet());
        assertThat(reaching).hasSizeBetween(100, 2900);
        assertThat(expectedRare).isNotEmpty();

        Criterion reaches = new Criterion.Reaches("reach", LAT, LON);
        assertThat(search(List.of(reaches), documents, 100)).isEqualTo(reaching);
        assertThat(search(List.of(new Criterion.Is("g", "rare"), reaches), List.of(), 1)).isEqualTo(expectedRare);
    }

    @Test
    void aWorkplaceWithinTheCitizensDistanceIsFoundAndOneWithoutLocationAlways() throws IOException {
        Set<String> found = search(new Criterion.WithinKm("location", LAT, LON, 20), List.of(
                point("close", 15.0), point("distant", 30.0), unlocatedPoint("unknown")));

        assertThat(found).containsExactlyInAnyOrder("close", "unknown");
    }

    private Set<String> search(Criterion criterion, List<IndexDocument> documents) throws IOException {
        return search(List.of(criterion), documents, 1);
    }

    /** Adds {@code documents} to the index in dir, a segment per {@code perSegment}, then searches. */
    private Set<String> search(List<Criterion> criteria, List<IndexDocument> documents, int perSegment)
            throws IOException {
        AnalyzerFactory analysis = new AnalyzerFactory();
        try (LuceneIndex index = new LuceneIndex(dir.toString(), analysis.indexAnalyzer(), analysis.conceptAnalyzer(), analysis.fingerprint())) {
            for (int i = 0; i < documents.size(); i++) {
                index.upsert(documents.get(i));
                if ((i + 1) % perSegment == 0 || i == documents.size() - 1) {
                    index.publish(0); // several segments, so per-segment doc values and points are exercised
                }
            }
            SearchService search = new SearchService(index, analysis.queryAnalyzer(),
                    new TextTerms(analysis.indexAnalyzer(), analysis.conceptAnalyzer()), 16);
            return search.candidates(new CandidateQuery("t", null, Map.of(), criteria, 10_000)).stream()
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
