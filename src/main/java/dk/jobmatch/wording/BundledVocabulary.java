package dk.jobmatch.wording;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import jakarta.inject.Singleton;

/** The vocabulary shipped with the service ({@value ConceptVocabulary#RESOURCE}), the one the analyzers read. */
@Singleton
class BundledVocabulary implements VocabularySource {

    @Override
    public ConceptVocabulary current() {
        return ConceptVocabulary.danish();
    }
}
