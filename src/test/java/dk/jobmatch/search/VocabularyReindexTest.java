package dk.jobmatch.search;

import dk.jobmatch.support.OwnStorage;
import dk.jobmatch.support.Api;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptTerms;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * An administrator's vocabulary edit reaches search and matching: the index is rebuilt with it in
 * the background (its fingerprint changes), matching recognises the new words, and after a restart
 * the saved vocabulary is still the one in force.
 */
@Tag(Tiers.SERVER)
class VocabularyReindexTest {

    private static final Duration REINDEX = Duration.ofSeconds(60);
    // Two made-up words no list knows: only the new concept can make them the same work.
    private static final String TASK_WORD = "zorbflækning";
    private static final String PROFILE_WORD = "kvistrering";
    private static final Concept CONCEPT = new Concept("cleaning.test-kvistrering", ConceptType.COMPETENCE,
            PROFILE_WORD, List.of(TASK_WORD), Optional.of("cleaning.rengoering"));

    @TempDir
    Path dir;

    private EmbeddedServer start() {
        return ApplicationContext.run(EmbeddedServer.class, OwnStorage.onDisk(dir), "test");
    }

    @Test
    void aConceptWithANewWordIsMatchedOnceTheIndexIsRebuiltAndStaysAfterARestart() {
        AnalysisFingerprint edited = new AnalyzerFactory(ConceptVocabulary.danish().with(CONCEPT)).fingerprint();
        String need;
        String citizen;
        try (EmbeddedServer server = start()) {
            Api api = new Api(server.getPort());
            String consultant = api.consultant();
            String employer = api.createEmployer(consultant, "Kvist ApS", "13131313");
            need = api.createNeed(consultant, employer, TestData.need("Hjælp i værkstedet",
                    TestData.task("Hjælp ved bænken", 6, TASK_WORD)));
            citizen = api.createCitizen(consultant, TestData.citizen("Har arbejdet med det meste", PROFILE_WORD));
            assertThat(relatedCitizens(api, need)).doesNotContain(citizen);
            LuceneIndex index = server.getApplicationContext().getBean(LuceneIndex.class);
            assertThat(conceptTermCount(index)).isZero();

            api.as(api.admin()).body(Map.of("id", CONCEPT.id(), "type", "COMPETENCE", "preferredLabel", PROFILE_WORD,
                    "altLabels", List.of(TASK_WORD), "broader", "cleaning.rengoering"))
                    .post("/api/v1/vocabulary/concepts").then().statusCode(201);

            CurrentAnalysis analysis = server.getApplicationContext().getBean(CurrentAnalysis.class);
            Eventually.within(REINDEX, () -> analysis.get().fingerprint().equals(edited)
                    && index.builtWithCurrentAnalysis() && conceptTermCount(index) == 2);
            Eventually.within(REINDEX, () -> relatedCitizens(api, need).contains(citizen));
        }

        try (EmbeddedServer server = start()) {
            Api api = new Api(server.getPort());
            api.as(api.admin()).get("/api/v1/vocabulary/concepts/" + CONCEPT.id()).then().statusCode(200)
                    .body("origin", equalTo("ADDED"));
            assertThat(server.getApplicationContext().getBean(CurrentAnalysis.class).get().fingerprint()).isEqualTo(edited);
            LuceneIndex index = server.getApplicationContext().getBean(LuceneIndex.class);
            assertThat(index.builtWithCurrentAnalysis()).isTrue();
            assertThat(conceptTermCount(index)).isEqualTo(2);
            assertThat(relatedCitizens(api, need)).contains(citizen);
        }
    }

    /** The citizens that share at least part of a competence with the need (fit PARTIAL or better). */
    private static List<String> relatedCitizens(Api api, String need) {
        return api.as(api.consultant()).queryParam("limit", 100).queryParam("minFit", "PARTIAL")
                .get("/api/v1/needs/" + need + "/matches").then().statusCode(200).extract().path("results.citizenId");
    }

    /** Documents whose competences hold the new concept's term: the need and the citizen, once re-indexed. */
    private static long conceptTermCount(LuceneIndex index) {
        return index.withSearcher(searcher -> (long) searcher.count(
                new TermQuery(new Term("competences", ConceptTerms.term(CONCEPT.id())))));
    }
}
