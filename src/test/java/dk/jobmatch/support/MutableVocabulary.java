package dk.jobmatch.support;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.vocabulary.LiveVocabulary;

/** A vocabulary in force that a test changes, as an administrator's edit would. */
public final class MutableVocabulary implements LiveVocabulary {

    private ConceptVocabulary current;

    public MutableVocabulary(ConceptVocabulary current) {
        this.current = current;
    }

    public void set(ConceptVocabulary next) {
        current = next;
    }

    @Override
    public ConceptVocabulary current() {
        return current;
    }

    @Override
    public boolean reload() {
        return false;
    }
}
