package dk.jobmatch.search;

import dk.jobmatch.vocabulary.BuiltOnce;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.Analyzer;

/**
 * One consistent analysis: the analyzers built from one concept vocabulary and the word lists, and
 * the fingerprint an index built with them is known by.
 */
record Analysis(ConceptVocabulary vocabulary, Analyzer index, Analyzer query, Analyzer concepts,
                AnalysisFingerprint fingerprint) {

    /** Shared by the application contexts of a JVM ({@link BuiltOnce}): the analyzers are thread-safe and never closed. */
    private static final BuiltOnce<Analysis> BUILT = new BuiltOnce<>();

    /** How this analysis reads misspelt words (the concept analyzer's; none without one). */
    SpellingRepair spelling() {
        return concepts instanceof ConceptAnalyzer analyzer ? analyzer.spelling() : SpellingRepair.NONE;
    }

    /** How this analysis reads abbreviations (the concept analyzer's; none without one). */
    Abbreviations abbreviations() {
        return concepts instanceof ConceptAnalyzer analyzer ? analyzer.abbreviations() : Abbreviations.NONE;
    }

    static Analysis of(ConceptVocabulary vocabulary) {
        Analysis kept = BUILT.of(vocabulary, Analysis::build);
        // The caller's vocabulary instance, whose identity CurrentAnalysis compares.
        return new Analysis(vocabulary, kept.index(), kept.query(), kept.concepts(), kept.fingerprint());
    }

    private static Analysis build(ConceptVocabulary vocabulary) {
        AnalyzerFactory factory = new AnalyzerFactory(vocabulary);
        return new Analysis(vocabulary, factory.indexAnalyzer(), factory.queryAnalyzer(), factory.conceptAnalyzer(),
                factory.fingerprint());
    }
}
