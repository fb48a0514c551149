package dk.jobmatch.match;

import dk.jobmatch.vocabulary.ConceptRelations;
import dk.jobmatch.vocabulary.LiveVocabulary;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/** Partial credit by the vocabulary in force: a new {@link ConceptCredit} (and caches) per vocabulary. */
@Singleton
final class LiveConceptCredit implements Supplier<ConceptCredit> {

    private final LiveVocabulary vocabulary;
    private volatile ConceptCredit credit;

    LiveConceptCredit(LiveVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public ConceptCredit get() {
        ConceptCredit current = credit;
        if (current == null || !current.isOf(vocabulary.current())) {
            current = new ConceptCredit(vocabulary.current(), ConceptRelations.danish());
            credit = current;
        }
        return current;
    }
}
