package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.vocabulary.LiveVocabulary;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The analysis in use: indexing, queries and matching's terms all read it here when they analyse,
 * so a vocabulary change reaches them at once. It is only switched by a rebuild of the index
 * ({@link IndexCatchUp#rebuild(Runnable)}), while no document is being written, so an index never
 * holds documents of two analyses under one fingerprint.
 */
@Singleton
class CurrentAnalysis implements Supplier<Analysis> {

    private final LiveVocabulary vocabulary;
    private volatile Analysis current;

    CurrentAnalysis(LiveVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.current = Analysis.of(vocabulary.current());
    }

    @Override
    public Analysis get() {
        return current;
    }

    /** The analysis of the vocabulary now in force, when that is not the one in use. */
    Optional<Analysis> next() {
        ConceptVocabulary now = vocabulary.current();
        if (now == current.vocabulary()) {
            return Optional.empty();
        }
        Analysis next = Analysis.of(now);
        return next.fingerprint().equals(current.fingerprint()) ? Optional.empty() : Optional.of(next);
    }

    /** Re-reads the vocabulary's saved edits; true when they changed it. */
    boolean reloadVocabulary() {
        return vocabulary.reload();
    }

    void use(Analysis next) {
        current = next;
    }
}
