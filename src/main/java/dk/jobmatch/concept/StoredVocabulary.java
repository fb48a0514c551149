package dk.jobmatch.concept;

import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.vocabulary.MalformedVocabularyException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The vocabulary the database says is in force: the shipped file with the saved edits applied.
 * Edits were each checked against all the others when saved, so they are applied all at once; only
 * a newer file that took a label or id an edit uses can make them clash, and then they are applied
 * one by one in the order saved, leaving out (and logging) each that no longer fits.
 */
@Singleton
class StoredVocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(StoredVocabulary.class);
    private static final String SOURCE = "concept_edit";

    private final ConceptEditRepository edits;
    private final VocabularyRevisionRepository revisions;
    private volatile Snapshot cached;

    StoredVocabulary(ConceptEditRepository edits, VocabularyRevisionRepository revisions) {
        this.edits = edits;
        this.revisions = revisions;
    }

    /** The vocabulary and edits at one revision. */
    record Snapshot(long revision, ConceptVocabulary vocabulary, Map<String, ConceptEdit> edits) {
    }

    /** As committed; the same snapshot while no save has committed since. */
    Snapshot committed() {
        // The revision is read before the edits: a save committing in between makes the snapshot
        // newer than its revision says, never older, and the next call reads it again.
        long revision = revisions.current();
        Snapshot snapshot = cached;
        if (snapshot == null || snapshot.revision() != revision) {
            snapshot = load(revision);
            cached = snapshot;
        }
        return snapshot;
    }

    /** Inside a save's transaction, which has the revision locked: read afresh and never kept. */
    Snapshot forSave(long revision) {
        return load(revision);
    }

    private Snapshot load(long revision) {
        List<ConceptEdit> rows = edits.listOrderBySequence();
        List<Concept> concepts = rows.stream().map(ConceptEdit::concept).toList();
        ConceptVocabulary base = ConceptVocabulary.danish();
        ConceptVocabulary vocabulary;
        try {
            vocabulary = concepts.isEmpty() ? base : base.replacing(concepts, SOURCE);
        } catch (MalformedVocabularyException e) {
            LOG.warn("Saved concept edits clash with the vocabulary file ({}); applying them one by one", e.getMessage());
            vocabulary = base.withAll(concepts, (concept, problems) ->
                    LOG.warn("Concept edit {} left out: {}", concept.id(), problems));
        }
        return new Snapshot(revision, vocabulary,
                rows.stream().collect(Collectors.toUnmodifiableMap(ConceptEdit::id, Function.identity())));
    }
}
