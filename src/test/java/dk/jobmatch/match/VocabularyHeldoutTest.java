package dk.jobmatch.match;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The held-out vocabulary-mismatch set, {@code quality/vocabulary-heldout-set.json}: pairs of the same kind as
 * {@link VocabularyMismatchTest}'s, written blind (by someone who had not opened the vocabulary nor the first set), so
 * its figures are not bent by tuning. Measured the same way ({@link VocabularyGate}); the figures go to
 * {@code target/vocabulary-heldout.md}, and so does the list of pairs not first: keep that list out of the committed
 * docs, and do not tune the vocabulary on this set's pairs, or it stops being held out.
 */
@ServerTest
@Tag(Tiers.QUALITY)
class VocabularyHeldoutTest extends ApiTestSupport {

    @Test
    void theIntendedPartnerComesFirstInWordsNobodyTunedFor() throws IOException {
        new VocabularyGate("/quality/vocabulary-heldout-set.json", Path.of("target/vocabulary-heldout.md"),
                "## Held-out vocabulary set").check(api, consultant);
    }
}
