package dk.jobmatch.concept;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one row counting the vocabulary's saves (see V18): its lock makes saves take turns. */
@MappedEntity(value = "vocabulary_revision", escape = false)
record VocabularyRevision(@Id int id, long revision) {
}
