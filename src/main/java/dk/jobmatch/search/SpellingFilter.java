package dk.jobmatch.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Replaces a misspelt lower-case word by the label word {@link SpellingRepair} reads it as, in
 * place (same position and offsets). Replaced rather than added: the repair is deterministic, so
 * the same misspelling on both sides still meets, and the written form would only be a second
 * term for one word.
 */
final class SpellingFilter extends TokenFilter {

    private final SpellingRepair repair;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpellingFilter(TokenStream input, SpellingRepair repair) {
        super(input);
        this.repair = repair;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= SpellingRepair.MIN_WORD) {
            String repaired = repair.repaired(term.toString());
            if (repaired != null) {
                term.setEmpty().append(repaired);
            }
        }
        return true;
    }
}
