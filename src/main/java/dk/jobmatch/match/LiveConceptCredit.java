package dk.jobmatch.match;

import dk.jobmatch.vocabulary.BuiltOnce;
import dk.jobmatch.vocabulary.ConceptRelations;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.vocabulary.LiveVocabulary;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/** Partial credit by the vocabulary in force: a new {@link ConceptCredit} (and caches) per vocabulary. */
@Singleton
final class LiveConceptCredit implements Supplier<ConceptCredit> {

    /** Shared by the application contexts of a JVM (see {@link BuiltOnce}): its caches only remember pure results. */
    private static final BuiltOnce<ConceptCredit> BUILT = new BuiltOnce<>();

    /** The credit and the vocabulary instance it was found for. */
    private record Resolved(ConceptVocabulary vocabulary, ConceptCredit credit) {
    }

    private final LiveVocabulary vocabulary;
    private volatile Resolved resolved;

    LiveConceptCredit(LiveVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public ConceptCredit get() {
        ConceptVocabulary now = vocabulary.current();
        Resolved known = resolved;
        if (known == null || known.vocabulary() != now) {
            known = new Resolved(now, BUILT.of(now, v -> new ConceptCredit(v, ConceptRelations.danish())));
            resolved = known;
        }
        return known.credit();
    }
}
