package dk.jobmatch.match;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The second held-out vocabulary-mismatch set, {@code quality/vocabulary-heldout2-set.json}: pairs of the same kind
 * as {@link VocabularyMismatchTest}'s, written blind on 2026-11-28 (by someone who had opened neither the vocabulary,
 * the word lists, the other sets nor any report of their misses), because the first held-out set
 * ({@link VocabularyHeldoutTest}) has been used to choose between changes. Measured the same way
 * ({@link VocabularyGate}); the figures go to {@code target/vocabulary-heldout2.md}, and so does the list of pairs not
 * first. Opened by the lead on 2026-11-28 (eighth session), after its figures had confirmed a session's changes: now
 * a development set like the first held-out one, and {@link VocabularyHeldout3Test} the set nobody reads.
 */
@ServerTest
@Tag(Tiers.QUALITY)
class VocabularyHeldout2Test extends ApiTestSupport {

    @Test
    void theIntendedPartnerComesFirstInWordsWrittenBlind() throws IOException {
        new VocabularyGate("/quality/vocabulary-heldout2-set.json", Path.of("target/vocabulary-heldout2.md"),
                "## Second held-out vocabulary set").check(api, consultant);
    }
}
