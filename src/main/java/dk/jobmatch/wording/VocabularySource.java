package dk.jobmatch.wording;

import dk.jobmatch.vocabulary.ConceptVocabulary;

/**
 * The concept vocabulary as it is now. The one place wording/ takes it from, so a vocabulary that
 * changes at run time (edited by an administrator) needs a change here only.
 */
public interface VocabularySource {

    ConceptVocabulary current();
}
