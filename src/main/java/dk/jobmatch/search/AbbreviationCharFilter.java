package dk.jobmatch.search;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes out the abbreviations of a text ({@link Abbreviations}) before it is split into words: the
 * tokenizer drops the period, which is the only sign that "medhj" is short for something. A word
 * read as an abbreviation is replaced by its reading; its period stays, or becomes a space when a
 * letter follows ("pæd.medhj." to "pædagog medhjælper."), as the two were two words. Offsets are
 * corrected as Lucene's {@code PatternReplaceCharFilter} corrects them, so a word's offsets still
 * point into the text as written. Job texts are short, so the text is read whole.
 */
final class AbbreviationCharFilter extends BaseCharFilter {

    /** Letters, possibly joined by hyphens, not inside a word or a number, with a period after them. */
    static final Pattern ABBREVIATED = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{L}+(?:-\\p{L}+)*\\.");

    /** Whether {@link #ABBREVIATED} can match at all: most phrases have no period, and the scan reads every word. */
    static boolean mayAbbreviate(String text) {
        return text.indexOf('.') >= 0;
    }

    private final Abbreviations abbreviations;
    private Reader replaced;

    AbbreviationCharFilter(Reader in, Abbreviations abbreviations) {
        super(in);
        this.abbreviations = abbreviations;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (replaced == null) {
            replaced = new StringReader(replace(readAll()));
        }
        return replaced.read(buffer, offset, length);
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1024];
        for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
            text.append(chunk, 0, read);
        }
        return text.toString();
    }

    private String replace(String text) {
        if (!mayAbbreviate(text)) {
            return text;
        }
        Matcher matcher = ABBREVIATED.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        int cumulative = 0;
        while (matcher.find()) {
            String word = text.substring(matcher.start(), matcher.end() - 1);
            String reading = abbreviations.expanded(word);
            if (reading == null) {
                continue;
            }
            boolean letterFollows = matcher.end() < text.length() && Character.isLetter(text.charAt(matcher.end()));
            String replacement = reading + (letterFollows ? " " : ".");
            out.append(text, copied, matcher.start());
            int outStart = out.length();
            out.append(replacement);
            copied = matcher.end();
            int written = matcher.end() - matcher.start();
            // As PatternReplaceCharFilter: a longer replacement's extra characters point at the
            // original's last character, a shorter one's end skips what was left out.
            if (replacement.length() > written) {
                for (int i = written; i < replacement.length(); i++) {
                    addOffCorrectMap(outStart + i, --cumulative);
                }
            } else if (replacement.length() < written) {
                cumulative += written - replacement.length();
                addOffCorrectMap(outStart + replacement.length(), cumulative);
            }
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        replaced = null;
        super.close();
    }
}
