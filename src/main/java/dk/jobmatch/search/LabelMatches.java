package dk.jobmatch.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels a text's words name, as their concept terms and nothing else ({@link ConceptAnalyzer}).
 * At each word the longest label starting there counts, unless it ends within a label already
 * counted. So "har kørekort til lastbil" names the driving licence of "har kørekort" and the truck
 * licence of "kørekort til lastbil", where a synonym filter's leftmost match gave the shared word to
 * the first label and hid the longer one; a label lying wholly inside a longer one ("lastbil" there)
 * still names nothing of its own.
 */
final class LabelMatches extends TokenFilter {

    /** The labels as their analysed words joined by spaces, each to the concept terms it names. */
    record Labels(Map<String, List<String>> terms, int longest) {

        Labels {
            terms = Map.copyOf(terms);
        }

        List<String> named(List<String> words, int from, int to) {
            return terms.get(String.join(" ", words.subList(from, to)));
        }
    }

    /** Collects labels; a label's terms keep the order they were added in, each once. */
    static final class LabelsBuilder {

        private final Map<String, Set<String>> terms = new HashMap<>();
        private int longest;

        /** Maps the words to the term; true if no label of these words was added before. */
        boolean add(List<String> words, String term) {
            longest = Math.max(longest, words.size());
            Set<String> known = terms.get(String.join(" ", words));
            boolean first = known == null;
            if (first) {
                known = new LinkedHashSet<>();
                terms.put(String.join(" ", words), known);
            }
            known.add(term);
            return first;
        }

        Labels build() {
            Map<String, List<String>> lists = new HashMap<>();
            terms.forEach((words, named) -> lists.put(words, List.copyOf(named)));
            return new Labels(lists, longest);
        }
    }

    /** One concept term to put out, at the position and offsets of its label's words. */
    private record Named(String term, int increment, int start, int end) {
    }

    private final Labels labels;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private List<Named> named;
    private int next;

    LabelMatches(TokenStream input, Labels labels) {
        super(input);
        this.labels = labels;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (named == null) {
            named = namedInText();
        }
        if (next == named.size()) {
            return false;
        }
        Named one = named.get(next++);
        clearAttributes();
        term.setEmpty().append(one.term());
        increment.setPositionIncrement(one.increment());
        offset.setOffset(one.start(), one.end());
        return true;
    }

    /** Reads all the words (a phrase or a profile's text: short) and finds the labels among them. */
    private List<Named> namedInText() throws IOException {
        List<String> words = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        int position = -1;
        while (input.incrementToken()) {
            position += increment.getPositionIncrement();
            words.add(term.toString());
            places.add(new int[] {position, offset.startOffset(), offset.endOffset()});
        }
        List<Named> found = new ArrayList<>();
        int counted = 0;
        int last = -1;
        for (int from = 0; from < words.size(); from++) {
            for (int to = Math.min(words.size(), from + labels.longest()); to > Math.max(from, counted); to--) {
                List<String> terms = labels.named(words, from, to);
                if (terms == null) {
                    continue;
                }
                int at = places.get(from)[0];
                for (String t : terms) {
                    found.add(new Named(t, at - last, places.get(from)[1], places.get(to - 1)[2]));
                    last = at;
                }
                counted = to;
                break;
            }
        }
        return found;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        named = null;
        next = 0;
    }
}
