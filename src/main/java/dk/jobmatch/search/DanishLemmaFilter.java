package dk.jobmatch.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/** Replaces each word by its dictionary form ({@link DanishLemmas}). */
final class DanishLemmaFilter extends TokenFilter {

    private final DanishLemmas lemmas;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    DanishLemmaFilter(TokenStream input, DanishLemmas lemmas) {
        super(input);
        this.lemmas = lemmas;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String lemma = lemmas.of(word);
        if (!lemma.equals(word)) {
            term.setEmpty().append(lemma);
        }
        return true;
    }
}
