package dk.jobmatch.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;

import java.util.Set;

/**
 * Everyday words that both analyses leave out as written, because their stem or dictionary form is
 * that of a work word: "jeg" stems as the misspelt label "jegger" (pallet lifter), "dem" as
 * "demens", "ham" as "hammer", "bare" as "bar", "ledige" as "leder", "mangler" as the laundry's
 * mangle, "måtte" as mats, "bag" as "bage", "både" as boats, "resten" (the rest) as "rester"
 * (leftovers). In a consultant's or citizen's free text they are pronouns, adverbs and the words
 * of unemployment itself, nearly never the work (docs/matching-quality.md, "Everyday words read as
 * concepts").
 */
final class EverydayWords {

    static final Set<String> WORDS = Set.of("jeg", "dem", "ham", "bare", "både", "blandt", "bag", "grund",
            "grundet", "måtte", "ledig", "ledige", "ledighed", "mangler", "manglende", "rolle", "roller", "rollen",
            "resten");

    private EverydayWords() {
    }

    /** Lucene's Danish stop words and these: what the word analysis leaves out. */
    static CharArraySet withDanishStopWords() {
        CharArraySet stop = new CharArraySet(DanishAnalyzer.getDefaultStopSet(), false);
        stop.addAll(WORDS);
        return CharArraySet.unmodifiableSet(stop);
    }
}
