package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.Analyzer;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One consistent analysis: the analyzers built from one concept vocabulary and the word lists, and
 * the fingerprint an index built with them is known by.
 */
record Analysis(ConceptVocabulary vocabulary, Analyzer index, Analyzer query, Analyzer concepts,
                AnalysisFingerprint fingerprint) {

    /**
     * The last analysis built and the vocabulary text it was built from. Building one costs about a
     * second of CPU (the label map above all), and every application context in a JVM builds the
     * same one at start: the test suite's hundreds, replicas run side by side. The analyzers are
     * thread-safe and never closed, and the analysis is a function of the vocabulary's text (the
     * word lists and the dictionary are the JVM's), as its fingerprint already assumes.
     */
    private static final AtomicReference<Built> LAST = new AtomicReference<>();

    private record Built(String vocabularyText, Analysis analysis) {
    }

    /** How this analysis reads misspelt words (the concept analyzer's; none without one). */
    SpellingRepair spelling() {
        return concepts instanceof ConceptAnalyzer analyzer ? analyzer.spelling() : SpellingRepair.NONE;
    }

    /** How this analysis reads abbreviations (the concept analyzer's; none without one). */
    Abbreviations abbreviations() {
        return concepts instanceof ConceptAnalyzer analyzer ? analyzer.abbreviations() : Abbreviations.NONE;
    }

    static Analysis of(ConceptVocabulary vocabulary) {
        String text = vocabulary.toText();
        Built last = LAST.get();
        if (last != null && last.vocabularyText().equals(text)) {
            Analysis kept = last.analysis();
            return new Analysis(vocabulary, kept.index(), kept.query(), kept.concepts(), kept.fingerprint());
        }
        AnalyzerFactory factory = new AnalyzerFactory(vocabulary);
        Analysis built = new Analysis(vocabulary, factory.indexAnalyzer(), factory.queryAnalyzer(),
                factory.conceptAnalyzer(), factory.fingerprint());
        LAST.set(new Built(text, built));
        return built;
    }
}
