package dk.jobmatch.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * Replaces each word by what {@code replacement} makes of it, in place (same position and
 * offsets); null, or the word itself, leaves it. Used for the dictionary form
 * ({@link DanishLemmas}) and for a misspelling's reading ({@link SpellingRepair}): replaced rather
 * than added, because both are deterministic, so the same word on both sides still meets, and the
 * written form would only be a second term for one word.
 */
final class WordReplacingFilter extends TokenFilter {

    private final UnaryOperator<String> replacement;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    WordReplacingFilter(TokenStream input, UnaryOperator<String> replacement) {
        super(input);
        this.replacement = replacement;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String replaced = replacement.apply(word);
        if (replaced != null && !replaced.equals(word)) {
            term.setEmpty().append(replaced);
        }
        return true;
    }
}
