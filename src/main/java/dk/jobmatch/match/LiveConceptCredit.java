package dk.jobmatch.match;

import dk.jobmatch.vocabulary.ConceptRelations;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.vocabulary.LiveVocabulary;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Partial credit by the vocabulary in force: a new {@link ConceptCredit} (and caches) per vocabulary. */
@Singleton
final class LiveConceptCredit implements Supplier<ConceptCredit> {

    /**
     * The credit last built in this JVM and the vocabulary text it was built from. Every application
     * context in a JVM (the test suite's hundreds, replicas side by side) would otherwise work the same
     * credit out again, its trades by word above all (a quarter of a second); it is a function of the
     * vocabulary's text and the shipped relations, and its caches only remember pure results.
     */
    private static final AtomicReference<Built> LAST = new AtomicReference<>();

    private record Built(String vocabularyText, ConceptCredit credit) {
    }

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
            known = new Resolved(now, creditOf(now));
            resolved = known;
        }
        return known.credit();
    }

    private static ConceptCredit creditOf(ConceptVocabulary vocabulary) {
        String text = vocabulary.toText();
        Built last = LAST.get();
        if (last != null && last.vocabularyText().equals(text)) {
            return last.credit();
        }
        ConceptCredit credit = new ConceptCredit(vocabulary, ConceptRelations.danish());
        LAST.set(new Built(text, credit));
        return credit;
    }
}
