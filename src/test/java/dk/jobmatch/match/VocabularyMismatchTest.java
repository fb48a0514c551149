package dk.jobmatch.match;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The vocabulary-mismatch gate (issue 24) on {@code quality/vocabulary-mismatch-set.json}, the set the vocabulary was
 * tuned against ({@link VocabularyGate} has the method): figures and the pairs not first in
 * {@code target/vocabulary-mismatch.md}, gated by the section "Vocabulary-mismatch set" of
 * {@code docs/matching-quality.md}.
 */
@ServerTest
@Tag(Tiers.QUALITY)
class VocabularyMismatchTest extends ApiTestSupport {

    @Test
    void theIntendedPartnerComesFirstDespiteOtherWords() throws IOException {
        new VocabularyGate("/quality/vocabulary-mismatch-set.json", Path.of("target/vocabulary-mismatch.md"),
                "## Vocabulary-mismatch set").check(api, consultant);
    }
}
