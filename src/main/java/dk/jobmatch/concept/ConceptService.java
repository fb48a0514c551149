package dk.jobmatch.concept;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Paging;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads and saves the vocabulary's concepts. A save takes the vocabulary's revision lock first, so
 * it is checked against everything saved before it, then stores the concept and an outbox entry in
 * the same transaction: a refused save leaves neither, and every instance hears of a saved one.
 */
@Singleton
class ConceptService {

    private final StoredVocabulary stored;
    private final ConceptEditRepository edits;
    private final VocabularyRevisionRepository revisions;
    private final Outbox outbox;
    private final Clock clock;

    ConceptService(StoredVocabulary stored, ConceptEditRepository edits, VocabularyRevisionRepository revisions,
                   Outbox outbox, Clock clock) {
        this.stored = stored;
        this.edits = edits;
        this.revisions = revisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    record ConceptPage(List<ConceptView> items, long total) {
    }

    /** The concepts in force that match every filter given, in the file's order, added ones last. */
    ConceptPage list(@Nullable String q, @Nullable ConceptType type, @Nullable String trade, Paging paging) {
        StoredVocabulary.Snapshot snapshot = stored.committed();
        Predicate<Concept> wanted = concept -> (type == null || concept.type() == type)
                && (trade == null || trade.isBlank() || concept.trade().equals(trade.strip().toLowerCase(Locale.ROOT)))
                && (q == null || q.isBlank() || mentions(concept, ConceptVocabulary.normalise(q)));
        List<Concept> found = snapshot.vocabulary().concepts().stream().filter(wanted).toList();
        List<ConceptView> page = found.stream().skip(paging.offset()).limit(paging.size())
                .map(concept -> view(concept, snapshot)).toList();
        return new ConceptPage(page, found.size());
    }

    private static boolean mentions(Concept concept, String q) {
        return concept.id().contains(q) || concept.labels().stream().anyMatch(label -> label.contains(q));
    }

    ConceptView get(String id) {
        StoredVocabulary.Snapshot snapshot = stored.committed();
        return snapshot.vocabulary().byId(id).map(concept -> view(concept, snapshot))
                .orElseThrow(() -> notFound(id));
    }

    /** Adds a concept: 409 when the id is in use, 422 naming each field that breaks a rule. */
    @Transactional
    ConceptView create(Concept concept, String username) {
        StoredVocabulary.Snapshot snapshot = lockedSnapshot();
        if (snapshot.vocabulary().byId(concept.id()).isPresent()) {
            throw ApiException.conflict("A concept with id " + concept.id() + " exists; ids are never reused.");
        }
        ConceptView saved = save(concept, snapshot, username);
        outbox.created(EntityType.CONCEPT, concept.id());
        return saved;
    }

    /** Replaces a concept's type, labels and broader concept: 404 for an unknown id, 422 as when adding. */
    @Transactional
    ConceptView update(Concept concept, String username) {
        StoredVocabulary.Snapshot snapshot = lockedSnapshot();
        if (snapshot.vocabulary().byId(concept.id()).isEmpty()) {
            throw notFound(concept.id());
        }
        ConceptView saved = save(concept, snapshot, username);
        outbox.updated(EntityType.CONCEPT, concept.id());
        return saved;
    }

    /** The entity tag of a concept in force (404 when there is none), for If-Match. */
    String entityTag(String id) {
        return get(id).entityTag();
    }

    private StoredVocabulary.Snapshot lockedSnapshot() {
        revisions.advance();
        return stored.forSave(revisions.current());
    }

    private ConceptView save(Concept concept, StoredVocabulary.Snapshot snapshot, String username) {
        List<FieldViolation> problems = snapshot.vocabulary().problemsWith(concept);
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable(problems);
        }
        Concept normalised = snapshot.vocabulary().with(concept).byId(concept.id()).orElseThrow();
        ConceptEdit previous = snapshot.edits().get(concept.id());
        ConceptEdit edit = ConceptEdit.of(normalised, previous == null ? 1 : previous.revision() + 1,
                snapshot.revision(), username, clock.instant());
        if (previous == null) {
            edits.save(edit);
        } else {
            edits.update(edit);
        }
        return new ConceptView(normalised, origin(normalised.id(), edit), edit);
    }

    private static ConceptView view(Concept concept, StoredVocabulary.Snapshot snapshot) {
        ConceptEdit edit = snapshot.edits().get(concept.id());
        return new ConceptView(concept, origin(concept.id(), edit), edit);
    }

    private static ConceptView.Origin origin(String id, @Nullable ConceptEdit edit) {
        if (edit == null) {
            return ConceptView.Origin.BASE;
        }
        return ConceptVocabulary.danish().byId(id).isPresent() ? ConceptView.Origin.EDITED : ConceptView.Origin.ADDED;
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No concept with id " + id + ".");
    }
}
