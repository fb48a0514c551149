package dk.jobmatch.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Puts the parts {@link DanishCompounds} finds in a compound after it, at its position and with
 * its offsets, as {@code DictionaryCompoundWordTokenFilter} does: "rengøringsassistenter" stays
 * and "rengøring" joins it. Only parts in {@code parts} are put out.
 */
final class HunspellCompoundFilter extends TokenFilter {

    private final DanishCompounds compounds;
    private final int minWord;
    private final CharArraySet parts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private AttributeSource.State compound;

    HunspellCompoundFilter(TokenStream input, DanishCompounds compounds, int minWord, CharArraySet parts) {
        super(input);
        this.compounds = compounds;
        this.minWord = minWord;
        this.parts = parts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(compound);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= minWord) {
            for (String part : compounds.split(term.toString())) {
                if (parts.contains(part)) {
                    pending.add(part);
                }
            }
            if (!pending.isEmpty()) {
                compound = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        compound = null;
    }
}
