package dk.jobmatch.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates ranked by groups (issue 22): a document's rank follows the weight of the groups it
 * matches (each group once, however often its words occur, and through the same indexed terms the
 * matcher compares: stems, compound parts, synonyms), and documents that match nothing still
 * qualify, last. Without groups, BM25 over the text ranks as before.
 */
class CandidateGroupsTest {

    @TempDir
    Path dir;

    @Test
    void aQueryHoldsItsTermsAndFieldsInOneOrderWhateverOrderTheyCameIn() {
        // The clauses follow these orders: which terms a capped budget leaves out, and the order
        // Lucene adds the scores up in. Set.copyOf's order is salted afresh in every JVM, so the
        // same request ranked differently after a restart now and then (one benchmark run in 18).
        List<String> terms = IntStream.range(0, 300).mapToObj(i -> "@trade.c" + i).toList();
        Set<String> forwards = new LinkedHashSet<>(terms);
        Set<String> backwards = new LinkedHashSet<>(terms.reversed());
        Map<String, Float> fields = new LinkedHashMap<>();
        Map<String, Float> fieldsBackwards = new LinkedHashMap<>();
        List.of("title", "tasks", "profile", "goals").forEach(f -> fields.put(f, 1f));
        List.of("goals", "profile", "tasks", "title").forEach(f -> fieldsBackwards.put(f, 1f));

        CandidateQuery one = new CandidateQuery("t", "x", fields, List.of(new CandidateQuery.Group("x", forwards,
                List.of("profile"), 1f, forwards, 0.5f, null)), List.of(), 10);
        CandidateQuery other = new CandidateQuery("t", "x", fieldsBackwards, List.of(new CandidateQuery.Group("x",
                backwards, List.of("profile"), 1f, backwards, 0.5f, null)), List.of(), 10);

        CandidateQuery.Group group = one.groups().getFirst();
        assertThat(List.copyOf(group.related())).isEqualTo(List.copyOf(other.groups().getFirst().related())).isSorted();
        assertThat(List.copyOf(group.terms())).isEqualTo(List.copyOf(other.groups().getFirst().terms())).isSorted();
        assertThat(List.copyOf(one.textFields().keySet())).isEqualTo(List.copyOf(other.textFields().keySet())).isSorted();
        assertThat(List.copyOf(new SearchQuery("t", "x", fieldsBackwards, Map.of(), null, 0, 10).textFields().keySet()))
                .isSorted();
    }

    @Test
    void theWeightOfTheGroupsMatchedRanksAndEachGroupCountsOnce() throws IOException {
        List<String> ranked = rank(List.of(
                profile("other-trade", "regnskab og bogføring", null),
                // One group, its word many times and a short profile: BM25 alone would put it first.
                profile("one-group-often", "oprydning oprydning oprydning", null),
                profile("two-groups", "affaldssortering, kørsel med trailer og meget andet arbejde i mange år", null),
                profile("two-groups-and-goal", "affaldssortering og truckkørsel", "Byggepladsmedhjælper"),
                // Reached through a compound part, as the matcher compares phrases.
                profile("via-compound", "lageroprydning og meget andet arbejde i mange år", null)),
                List.of(new CandidateQuery.Group("oprydning", List.of("profile"), 1f),
                        new CandidateQuery.Group("affaldssortering", List.of("profile"), 1f),
                        new CandidateQuery.Group("kørsel", List.of("profile"), 1f),
                        new CandidateQuery.Group("Oprydning på byggepladser, byggepladsmedhjælper", List.of("goals"), 1.5f)));

        assertThat(ranked.subList(0, 2)).containsExactly("two-groups-and-goal", "two-groups");
        assertThat(ranked.subList(2, 4)).containsExactlyInAnyOrder("one-group-often", "via-compound");
        assertThat(ranked.get(4)).isEqualTo("other-trade");
    }

    @Test
    void aRelatedConceptCountsItsOwnWeightAndNeverAddsToTheWords() throws IOException {
        // The need asks for "leg med børn"; a pædagogmedhjælper's title is related (issue 24).
        CandidateQuery.Group play = new CandidateQuery.Group("leg med børn", List.of("profile"), 1f,
                Set.of("@childcare.paedagogmedhjaelper"), 0.5f);
        List<String> ranked = rank(List.of(
                profile("other-trade", "regnskab og bogføring", null),
                profile("related-title", "pædagogmedhjælper i ti år", null),
                profile("words-and-title", "leg med børn, pædagogmedhjælper", null),
                profile("words", "leg med børn", null)), List.of(play));

        assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("words-and-title", "words");
        assertThat(ranked.subList(2, 4)).containsExactly("related-title", "other-trade");
        assertThat(scores(ranked)).containsExactly(1f, 1f, 0.5f, 0f);
    }

    @Test
    void whenNoGroupHasATermTheTextRanksByBm25() throws IOException {
        List<String> ranked = rank(List.of(profile("once", "oprydning og meget andet arbejde i mange år", null),
                profile("often", "oprydning oprydning oprydning", null)),
                List.of(new CandidateQuery.Group("og i", List.of("profile"), 1f)));

        assertThat(ranked).containsExactly("often", "once");
    }

    @Test
    void withoutGroupsBm25RanksAsBefore() throws IOException {
        List<String> ranked = rank(List.of(profile("once", "oprydning og meget andet arbejde i mange år", null),
                profile("often", "oprydning oprydning oprydning", null)), List.of());

        assertThat(ranked).containsExactly("often", "once");
    }

    /**
     * The pool in two passes (documents matching a group, then the rest while places are left) is
     * the pool of one query with the groups optional: the same ids in the same order with the same
     * scores, whether the pool is cut among equal scores, among the documents matching no group, or
     * holds everything (issue 23).
     */
    @Test
    void twoPassesGiveThePoolOfOneQuery() throws IOException {
        String[] words = {"oprydning", "affaldssortering", "kørsel", "rengøring", "lagerarbejde", "regnskab"};
        java.util.Random random = new java.util.Random(23);
        List<IndexDocument> documents = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            StringBuilder text = new StringBuilder("arbejde");
            for (String word : words) {
                if (random.nextInt(4) == 0) {
                    text.append(' ').append(word);
                }
            }
            documents.add(profile("p" + i, text.toString(), random.nextInt(5) == 0 ? "Byggepladsmedhjælper" : null));
        }
        List<CandidateQuery.Group> groups = List.of(new CandidateQuery.Group("oprydning", List.of("profile"), 1.2f),
                new CandidateQuery.Group("affaldssortering", List.of("profile"), 1f),
                new CandidateQuery.Group("kørsel", List.of("profile"), 1f),
                new CandidateQuery.Group("byggepladsmedhjælper", List.of("goals"), 2f));
        AnalyzerFactory analysis = new AnalyzerFactory();
        try (LuceneIndex index = new LuceneIndex(dir.toString(), analysis.indexAnalyzer(), analysis.conceptAnalyzer(),
                analysis.fingerprint())) {
            for (IndexDocument document : documents) {
                index.upsert(document);
            }
            index.publish(0);
            SearchService search = new SearchService(index, analysis.queryAnalyzer(),
                    new TextTerms(analysis.indexAnalyzer(), analysis.conceptAnalyzer()), 16);
            for (int limit : List.of(1, 5, 20, 50, 79, 80, 150)) {
                CandidateQuery query = new CandidateQuery("t", "oprydning", Map.of("profile", 1f), groups, List.of(),
                        limit);
                search.retrieveByFitInTwoPasses(false);
                List<ScoredId> one = search.candidates(query);
                search.retrieveByFitInTwoPasses(true);
                List<ScoredId> two = search.candidates(query);
                assertThat(two).as("pool of " + limit).isEqualTo(one);
                assertThat(one).hasSize(Math.min(limit, 80));
            }
        }
    }

    /**
     * Restated in Java over random profiles and groups: each document scores, per group, the
     * group's weight when a field holds one of the terms its text is indexed under, else the
     * related weight when it holds one of the related terms, else nothing. Groups with many
     * related terms (as a broad trade title has) and several fields are what the query reads as
     * sets of terms, so this pins that it matches the same documents as one term at a time. A group
     * scaled by a document's weight counts that times its weight (issue 23: a need's pool by shares).
     */
    @Test
    void eachDocumentScoresTheGroupsItsTermsMatch() throws IOException {
        List<String> phrases = List.of("rengøring", "pædagogmedhjælper", "lagerarbejde", "kassearbejde",
                "affaldssortering", "leg med børn", "opvask", "truckkørsel", "havearbejde", "regnskab",
                "hjemmehjælper", "pakning af varer");
        AnalyzerFactory analysis = new AnalyzerFactory();
        TextTerms terms = new TextTerms(analysis.indexAnalyzer(), analysis.conceptAnalyzer());
        List<String> conceptTerms = phrases.stream().flatMap(p -> terms.of(p).stream())
                .filter(t -> dk.jobmatch.vocabulary.ConceptTerms.idOf(t) != null).distinct().sorted().toList();
        assertThat(conceptTerms).hasSizeGreaterThan(5);
        java.util.Random random = new java.util.Random(2311);
        List<String> fields = List.of("profile", "goals");
        List<IndexDocument> documents = new java.util.ArrayList<>();
        Map<String, Map<String, Set<String>>> held = new java.util.HashMap<>();
        Map<String, Float> share = new java.util.HashMap<>();
        for (int i = 0; i < 120; i++) {
            IndexDocument.Builder document = IndexDocument.builder("t", "d" + i);
            share.put("d" + i, (1 + random.nextInt(16)) / 16f);
            document.weight("share", share.get("d" + i));
            Map<String, Set<String>> byField = new java.util.HashMap<>();
            for (String field : fields) {
                String text = String.join(", ", randomSubset(phrases, random, 3));
                document.text(field, text);
                byField.put(field, terms.of(text));
            }
            documents.add(document.build());
            held.put("d" + i, byField);
        }
        try (LuceneIndex index = new LuceneIndex(dir.toString(), analysis.indexAnalyzer(), analysis.conceptAnalyzer(),
                analysis.fingerprint())) {
            for (IndexDocument document : documents) {
                index.upsert(document);
            }
            index.publish(0);
            SearchService search = new SearchService(index, analysis.queryAnalyzer(), terms, 16);
            for (int round = 0; round < 40; round++) {
                List<CandidateQuery.Group> groups = new java.util.ArrayList<>();
                for (int g = 0; g < 1 + random.nextInt(4); g++) {
                    List<String> in = random.nextBoolean() ? fields : List.of(fields.get(random.nextInt(2)));
                    CandidateQuery.Group group = new CandidateQuery.Group(phrases.get(random.nextInt(phrases.size())), in,
                            1 + random.nextInt(3), Set.copyOf(randomSubset(conceptTerms, random, conceptTerms.size())),
                            0.5f);
                    groups.add(random.nextBoolean() ? group : group.scaledBy("share"));
                }
                Map<String, Float> scored = new java.util.HashMap<>();
                search.candidates(new CandidateQuery("t", "arbejde", Map.of("profile", 1f), groups, List.of(), 200))
                        .forEach(hit -> scored.put(hit.id(), hit.score()));
                assertThat(scored).hasSize(documents.size());
                for (Map.Entry<String, Map<String, Set<String>>> document : held.entrySet()) {
                    float expected = 0;
                    for (CandidateQuery.Group group : groups) {
                        float scale = group.scaledBy() == null ? 1 : share.get(document.getKey());
                        if (holdsAny(document.getValue(), group.fields(), terms.of(group.text()))) {
                            expected += group.weight() * scale;
                        } else if (holdsAny(document.getValue(), group.fields(), group.related())) {
                            expected += group.relatedWeight() * scale;
                        }
                    }
                    assertThat(scored.get(document.getKey())).as(document.getKey() + " in round " + round)
                            .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4f));
                }
            }
        }
    }

    private static boolean holdsAny(Map<String, Set<String>> byField, List<String> fields, Set<String> wanted) {
        return fields.stream().anyMatch(field -> byField.get(field).stream().anyMatch(wanted::contains));
    }

    private static List<String> randomSubset(List<String> from, java.util.Random random, int most) {
        List<String> shuffled = new java.util.ArrayList<>(from);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, random.nextInt(most + 1));
    }

    private List<Float> scores(List<String> ranked) {
        return ranked.stream().map(id -> lastScores.get(id)).toList();
    }

    private final Map<String, Float> lastScores = new java.util.HashMap<>();

    private List<String> rank(List<IndexDocument> documents, List<CandidateQuery.Group> groups) throws IOException {
        AnalyzerFactory analysis = new AnalyzerFactory();
        try (LuceneIndex index = new LuceneIndex(dir.toString(), analysis.indexAnalyzer(), analysis.conceptAnalyzer(), analysis.fingerprint())) {
            for (IndexDocument document : documents) {
                index.upsert(document);
            }
            index.publish(0);
            SearchService search = new SearchService(index, analysis.queryAnalyzer(),
                    new TextTerms(analysis.indexAnalyzer(), analysis.conceptAnalyzer()), 16);
            List<ScoredId> hits = search.candidates(new CandidateQuery("t", "oprydning affaldssortering kørsel",
                    Map.of("profile", 1f), groups, List.of(), 100));
            hits.forEach(hit -> lastScores.put(hit.id(), hit.score()));
            return hits.stream().map(ScoredId::id).toList();
        }
    }

    private static IndexDocument profile(String id, String text, String goal) {
        return IndexDocument.builder("t", id).text("profile", text).text("goals", goal).build();
    }
}
