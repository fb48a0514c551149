package dk.jobmatch.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The index is sorted by place (issue 23): in every segment, whatever order documents were
 * written, updated and deleted in, they come in the order of their places' Z-order codes, those
 * without a location last; and a search answers what it answered before the sort, restated in
 * Java over random documents: the same documents pass the filters, each with the weight of the
 * groups it matches, and a capped pool holds the best scores.
 */
class IndexSortTest {

    // Around Aarhus: travel areas and workplaces within a few tens of kilometres of each other.
    private static final double LAT = 56.15;
    private static final double LON = 10.2;
    private static final List<String> WORDS = List.of("rengøring", "lagerarbejde", "opvask", "truckkørsel",
            "havearbejde", "regnskab");

    @TempDir
    Path dir;

    private record Place(double lat, double lon, double radiusKm) {
    }

    @Test
    void everySegmentHoldsItsDocumentsInPlaceOrderWithTheUnlocatedLast() throws IOException {
        Random random = new Random(2311);
        Map<String, Place> current = new HashMap<>();
        AnalyzerFactory analysis = new AnalyzerFactory();
        try (LuceneIndex index = index(analysis)) {
            for (int i = 0; i < 1500; i++) {
                String id = "d" + random.nextInt(1000); // some written twice: an update moves them
                if (random.nextInt(20) == 0) {
                    index.delete("t", id, false);
                    current.remove(id);
                } else {
                    Place place = random.nextInt(10) == 0 ? null : randomPlace(random);
                    index.upsert(document(id, place, "arbejde"));
                    current.put(id, place);
                }
                if (i % 200 == 199) {
                    index.publish(0); // several segments, some merged
                }
            }
            index.publish(0);
            int[] seen = {0};
            index.withSearcher(searcher -> {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    seen[0] += assertInPlaceOrder(leaf.reader(), current);
                }
                return null;
            });
            assertThat(seen[0]).isEqualTo(current.size());
        }
    }

    /** Checks one segment's order and each live document's place; returns how many it holds. */
    private static int assertInPlaceOrder(LeafReader reader, Map<String, Place> current) throws IOException {
        assertThat(reader.getMetaData().sort()).isEqualTo(GeoFields.indexSort());
        NumericDocValues places = reader.getNumericDocValues(GeoFields.PLACE);
        BinaryDocValues ids = reader.getBinaryDocValues(LuceneIndex.ID);
        long previous = Long.MIN_VALUE;
        int live = 0;
        for (int doc = places.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = places.nextDoc()) {
            assertThat(places.longValue()).isGreaterThanOrEqualTo(previous);
            previous = places.longValue();
            if (reader.getLiveDocs() == null || reader.getLiveDocs().get(doc)) {
                assertThat(ids.advanceExact(doc)).isTrue();
                Place place = current.get(ids.binaryValue().utf8ToString());
                assertThat(places.longValue()).isEqualTo(place == null ? GeoFields.NOWHERE
                        : GeoFields.place(place.lat(), place.lon()));
                live++;
            }
        }
        return live;
    }

    /** An index of layout 11 or older has no sort, which Lucene cannot add: it is built anew. */
    @Test
    void anUnsortedIndexFromBeforeIsRecreatedSoItIsRebuilt() throws IOException {
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            Document document = new Document();
            document.add(new StringField(LuceneIndex.TYPE, "t", Field.Store.NO));
            old.addDocument(document);
            old.commit();
        }
        AnalyzerFactory analysis = new AnalyzerFactory();
        try (LuceneIndex index = index(analysis)) {
            assertThat(index.recreated()).isTrue();
            assertThat(index.count("t")).isZero();
            index.upsert(document("d1", randomPlace(new Random(1)), "arbejde"));
            index.publish(0);
            index.withSearcher(searcher -> assertThat(searcher.getIndexReader().leaves().getFirst().reader()
                    .getMetaData().sort()).isEqualTo(GeoFields.indexSort()));
        }
    }

    @Test
    void nearPlacesHaveNearCodesAndTheCodesOrderAsTheCoordinates() {
        assertThat(GeoFields.place(LAT, LON)).isPositive().isLessThan(GeoFields.NOWHERE);
        assertThat(GeoFields.place(-89, -179)).isLessThan(GeoFields.place(-89, 179));
        assertThat(GeoFields.place(-89, 179)).isLessThan(GeoFields.place(89, -179));
        assertThat(GeoFields.place(LAT, LON)).isLessThan(GeoFields.place(LAT + 0.5, LON + 0.5));
        // One metre apart shares far more of the code than Aarhus and Copenhagen do.
        long here = GeoFields.place(LAT, LON);
        assertThat(Long.numberOfLeadingZeros(here ^ GeoFields.place(LAT + 0.00001, LON)))
                .isGreaterThan(Long.numberOfLeadingZeros(here ^ GeoFields.place(55.68, 12.57)) + 20);
    }

    @Test
    void aSearchFindsWhatTheRulesSayWhateverTheOrder() throws IOException {
        Random random = new Random(23);
        Map<String, Place> places = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        AnalyzerFactory analysis = new AnalyzerFactory();
        TextTerms terms = new TextTerms(analysis.indexAnalyzer(), analysis.conceptAnalyzer());
        try (LuceneIndex index = index(analysis)) {
            for (int i = 0; i < 600; i++) {
                String id = "d" + i;
                Place place = random.nextInt(15) == 0 ? null : randomPlace(random);
                String text = String.join(", ", randomWords(random));
                places.put(id, place);
                texts.put(id, text);
                index.upsert(document(id, place, text));
                if (i % 150 == 149) {
                    index.publish(0);
                }
            }
            index.publish(0);
            SearchService search = new SearchService(index, analysis.queryAnalyzer(), terms, 16);
            for (int round = 0; round < 30; round++) {
                double lat = LAT + (random.nextDouble() - 0.5) * 0.8;
                double lon = LON + (random.nextDouble() - 0.5) * 1.2;
                List<CandidateQuery.Group> groups = new ArrayList<>();
                for (String word : randomWords(random)) {
                    groups.add(new CandidateQuery.Group(word, List.of("profile"), 1 + random.nextInt(3)));
                }
                Map<String, Float> expected = new HashMap<>();
                places.forEach((id, place) -> {
                    if (place == null || SloppyMath.haversinMeters(place.lat(), place.lon(), lat, lon)
                            <= place.radiusKm() * 1000 + 500) {
                        Set<String> held = terms.of(texts.get(id));
                        expected.put(id, (float) groups.stream()
                                .filter(g -> terms.of(g.text()).stream().anyMatch(held::contains))
                                .mapToDouble(CandidateQuery.Group::weight).sum());
                    }
                });
                List<Criterion> reaches = List.of(new Criterion.Reaches("reach", lat, lon));
                Map<String, Float> all = new HashMap<>();
                search.candidates(new CandidateQuery("t", "arbejde", Map.of("profile", 1f), groups, reaches, 1000))
                        .forEach(hit -> all.put(hit.id(), hit.score()));
                assertThat(all.keySet()).as("round " + round).isEqualTo(expected.keySet());
                all.forEach((id, score) -> assertThat(score).as(id).isCloseTo(expected.get(id), offset(1e-4f)));

                // A capped pool holds the best scores; among equal ones the index's order decides.
                int limit = Math.max(1, expected.size() / 3);
                List<Float> pool = search.candidates(new CandidateQuery("t", "arbejde", Map.of("profile", 1f), groups,
                        reaches, limit)).stream().map(ScoredId::score).toList();
                List<Float> best = expected.values().stream().sorted(Comparator.reverseOrder()).limit(limit).toList();
                assertThat(pool).as("pool in round " + round).isEqualTo(best);
            }
        }
    }

    private LuceneIndex index(AnalyzerFactory analysis) throws IOException {
        return new LuceneIndex(dir.toString(), analysis.indexAnalyzer(), analysis.conceptAnalyzer(),
                analysis.fingerprint());
    }

    private static Place randomPlace(Random random) {
        return new Place(LAT + (random.nextDouble() - 0.5), LON + (random.nextDouble() - 0.5) * 1.5,
                5 + random.nextDouble() * 40);
    }

    private static List<String> randomWords(Random random) {
        List<String> shuffled = new ArrayList<>(WORDS);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, 1 + random.nextInt(3));
    }

    private static IndexDocument document(String id, Place place, String text) {
        return IndexDocument.builder("t", id).text("profile", text)
                .geoPoint("location", place == null ? null : place.lat(), place == null ? null : place.lon())
                .area("reach", place == null ? null : place.lat(), place == null ? null : place.lon(),
                        place == null ? null : place.radiusKm())
                .build();
    }
}
