package dk.jobmatch.concept;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.vocabulary.LiveVocabulary;
import jakarta.inject.Singleton;

/**
 * The vocabulary in force on this instance. Read at start-up; re-read when search/ passes a
 * vocabulary change in the outbox (saved here or on another instance), so every instance follows.
 */
@Singleton
class LiveConcepts implements LiveVocabulary {

    private final StoredVocabulary stored;
    private volatile ConceptVocabulary current;

    LiveConcepts(StoredVocabulary stored) {
        this.stored = stored;
        this.current = stored.committed().vocabulary();
    }

    @Override
    public ConceptVocabulary current() {
        return current;
    }

    @Override
    public synchronized boolean reload() {
        ConceptVocabulary next = stored.committed().vocabulary();
        if (next == current) {
            return false;
        }
        current = next;
        return true;
    }
}
