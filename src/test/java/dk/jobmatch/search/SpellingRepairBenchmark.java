package dk.jobmatch.search;

import dk.jobmatch.support.Tiers;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost of reading misspelt words ({@link SpellingRepair}) and of the compound labels written apart: building the
 * repair and the concept analyzer for the shipped vocabulary; a word's first repair (cold) and a cached one; and the
 * index analyzer's throughput with and without the repair, over the vocabulary's labels and the same labels with one
 * letter dropped from every word of 6 letters or more, interleaved rounds in one JVM. Prints the times; asserts none.
 * Run: {@code jm-mvn test -Dtest=SpellingRepairBenchmark -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag(Tiers.BENCHMARK)
class SpellingRepairBenchmark {

    private static final int ROUNDS = 5;

    @Test
    void repairAndAnalysisCosts() {
        ConceptVocabulary vocabulary = ConceptVocabulary.danish();
        DanishDictionary.shared();
        long start = System.nanoTime();
        SpellingRepair repair = SpellingRepair.of(vocabulary);
        long built = System.nanoTime();
        new AnalyzerFactory(vocabulary).conceptAnalyzer();
        long concepts = System.nanoTime();
        System.out.printf(Locale.ROOT, "build: repair %.0f ms, analysis of the vocabulary (factory, repair, concept analyzer with the compounds written apart) %.0f ms%n",
                ms(built - start), ms(concepts - built));

        List<String> correct = new ArrayList<>(vocabulary.labels().keySet());
        List<String> misspelt = correct.stream().map(SpellingRepairBenchmark::dropALetter).toList();
        List<String> words = misspelt.stream().flatMap(l -> List.of(l.split("[^\\p{L}]+")).stream())
                .filter(w -> w.length() >= SpellingRepair.MIN_WORD).distinct().toList();
        coldAndCached("misspelt label words", repair, words);
        // Words no label is near (the label words backwards): what a name or a foreign word costs.
        coldAndCached("words with no label near", repair,
                words.stream().map(w -> new StringBuilder(w).reverse().toString()).toList());

        SynonymMap none = noSynonyms();
        Analyzer with = DanishTextAnalyzer.forIndexing(CharArraySet.EMPTY_SET, none, repair, Abbreviations.NONE);
        Analyzer without = DanishTextAnalyzer.forIndexing(CharArraySet.EMPTY_SET, none, SpellingRepair.NONE, Abbreviations.NONE);
        List<String> texts = new ArrayList<>(correct);
        texts.addAll(misspelt);
        for (int round = 0; round < ROUNDS; round++) {
            System.out.printf(Locale.ROOT, "round %d: index analyzer %.0f terms/s with the repair, %.0f without%n", round,
                    wordsPerSecond(with, texts), wordsPerSecond(without, texts));
        }
    }

    private static void coldAndCached(String what, SpellingRepair repair, List<String> words) {
        long cold = System.nanoTime();
        long repaired = words.stream().filter(w -> repair.repaired(w) != null).count();
        long warm = System.nanoTime();
        words.forEach(repair::repaired);
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "repair, %s: %d distinct (%d read as another), first %.1f µs/word, cached %.2f µs/word%n",
                what, words.size(), repaired, us(warm - cold) / words.size(), us(end - warm) / words.size());
    }

    private static SynonymMap noSynonyms() {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        builder.add(new CharsRef("xqxq"), new CharsRef("xqxq"), false);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double wordsPerSecond(Analyzer analyzer, List<String> texts) {
        List<String> terms = new ArrayList<>();
        long start = System.nanoTime();
        texts.forEach(text -> TextTerms.collect(analyzer, text, terms));
        return terms.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** The label with the third letter of each word of 6 letters or more dropped. */
    private static String dropALetter(String label) {
        StringBuilder out = new StringBuilder();
        for (String word : label.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(word.length() >= 6 ? word.substring(0, 2) + word.substring(3) : word);
        }
        return out.toString();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double us(long nanos) {
        return nanos / 1e3;
    }
}
