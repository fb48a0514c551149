package dk.jobmatch.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens one analyzer made of a text, kept and replayed to the index writer: the phrases of
 * profiles and tasks recur ("rengøring", "Lagermedarbejder"), and the Danish and concept analyses
 * of a phrase (Hunspell compounds, lemmas, the concept labels' FST) are most of the cost of
 * indexing it. A replay gives the writer exactly what the analyzer gives (terms, position
 * increments, offsets, term frequencies, and the final position and offset after the last token),
 * so the index is the same either way. One instance per analysis: a new analysis starts afresh.
 * Bounded, and admission by frequency (Caffeine), so texts seen once (a profile's free text)
 * do not push out the phrases that recur. A text is kept by itself, whatever field it was
 * analysed for: the service's analyzers read every field alike.
 */
final class AnalysedTexts {

    private final Analyzer analyzer;
    private final Cache<String, Tokens> kept;

    /** Keeps texts of up to {@code chars} characters in all. */
    AnalysedTexts(Analyzer analyzer, int chars) {
        this.analyzer = analyzer;
        this.kept = Caffeine.newBuilder().maximumWeight(chars).weigher((String key, Tokens tokens) -> key.length())
                .build();
    }

    /** A text field of the analyzer's tokens of {@code text}, replayed from a copy when it was analysed before. */
    Field field(String name, String text) {
        return new ReplayedField(name, tokens(name, text));
    }

    /**
     * A text field of the tokens of {@code lines} joined by line breaks, each line's own tokens
     * (replayed when it was analysed before) placed after the last: what the analyzer gives for
     * the joined text wherever nothing is read across a line break.
     */
    Field field(String name, List<String> lines) {
        List<Tokens> each = new ArrayList<>(lines.size());
        for (String line : lines) {
            each.add(tokens(name, line));
        }
        return new ReplayedField(name, Tokens.joined(each, lines));
    }

    private Tokens tokens(String field, String text) {
        // The text alone is the key: the service's analyzers read every field alike (a test holds
        // them to it), so an experience analysed for its own field is replayed as a profile line.
        return kept.get(text, key -> analyse(field, text));
    }

    /** What the index writer reads of a token stream, as arrays. */
    record Tokens(String[] terms, int[] increments, int[] starts, int[] ends, int[] frequencies,
                  int finalIncrement, int finalOffset) {

        /**
         * Lines' tokens one after the other, as one pass over the lines joined by line breaks
         * would give them: offsets moved by where each line starts, and the positions a line's
         * filters left out at its end (its final increment) added to the next token's increment.
         */
        static Tokens joined(List<Tokens> each, List<String> lines) {
            int n = each.stream().mapToInt(t -> t.terms().length).sum();
            String[] terms = new String[n];
            int[] increments = new int[n];
            int[] starts = new int[n];
            int[] ends = new int[n];
            int[] frequencies = new int[n];
            int at = 0;
            int start = 0;
            int carried = 0;
            int end = 0;
            for (int line = 0; line < each.size(); line++) {
                Tokens part = each.get(line);
                int count = part.terms().length;
                System.arraycopy(part.terms(), 0, terms, at, count);
                System.arraycopy(part.increments(), 0, increments, at, count);
                System.arraycopy(part.frequencies(), 0, frequencies, at, count);
                for (int i = 0; i < count; i++) {
                    starts[at + i] = part.starts()[i] + start;
                    ends[at + i] = part.ends()[i] + start;
                }
                if (count > 0) {
                    increments[at] += carried;
                    carried = 0;
                }
                carried += part.finalIncrement();
                at += count;
                end = start + part.finalOffset();
                start += lines.get(line).length() + 1;
            }
            return new Tokens(terms, increments, starts, ends, frequencies, carried, end);
        }
    }

    private Tokens analyse(String field, String text) {
        List<String> terms = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                values.add(new int[] {increment.getPositionIncrement(), offset.startOffset(), offset.endOffset(),
                        frequency.getTermFrequency()});
            }
            stream.end();
            int n = terms.size();
            int[][] columns = new int[4][n];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 4; c++) {
                    columns[c][i] = values.get(i)[c];
                }
            }
            return new Tokens(terms.toArray(String[]::new), columns[0], columns[1], columns[2], columns[3],
                    increment.getPositionIncrement(), offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A field of kept tokens. The writer offers each field the stream it used for the field's name
     * in its last document, as Lucene's own fields reuse theirs: a replay is reused the same way,
     * since making one (its attributes) was a tenth of writing a document.
     */
    private static final class ReplayedField extends Field {

        private final Tokens tokens;

        ReplayedField(String name, Tokens tokens) {
            super(name, TextField.TYPE_NOT_STORED);
            this.tokens = tokens;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            Replay replay = reuse instanceof Replay previous ? previous : new Replay();
            replay.tokens = tokens;
            return replay;
        }
    }

    /** One pass over kept tokens at a time. */
    private static final class Replay extends TokenStream {

        private Tokens tokens;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == tokens.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(tokens.terms()[next]);
            increment.setPositionIncrement(tokens.increments()[next]);
            offset.setOffset(tokens.starts()[next], tokens.ends()[next]);
            frequency.setTermFrequency(tokens.frequencies()[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(tokens.finalIncrement());
            offset.setOffset(tokens.finalOffset(), tokens.finalOffset());
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
