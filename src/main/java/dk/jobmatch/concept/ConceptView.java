package dk.jobmatch.concept;

import dk.jobmatch.vocabulary.Concept;
import io.micronaut.core.annotation.Nullable;

/** A concept in force, where it comes from and, for an edited one, its last save. */
record ConceptView(Concept concept, Origin origin, @Nullable ConceptEdit edit) {

    enum Origin {
        /** As in the shipped file. */
        BASE,
        /** Added through the API. */
        ADDED,
        /** The file's concept as last saved through the API. */
        EDITED
    }

    int revision() {
        return edit == null ? 0 : edit.revision();
    }

    /** The strong entity tag: the number of saves, quoted. */
    String entityTag() {
        return "\"" + revision() + "\"";
    }
}
