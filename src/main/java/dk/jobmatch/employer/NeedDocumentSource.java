package dk.jobmatch.employer;

import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.search.DocumentSource;
import dk.jobmatch.search.IndexDocument;
import dk.jobmatch.search.KeysetBatches;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What of a need is searchable: Danish text of the wheel's parts, and codes as filters. */
@Singleton
class NeedDocumentSource implements DocumentSource {

    /** The index's document type: the outbox entity type's stored value. */
    static final String TYPE = EntityType.NEED.value();
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String TASKS = "tasks";
    static final String COMPETENCES = "competences";
    static final String EMPLOYER = "employerId";
    static final String STATUS = "status";
    static final String CREATED_AT = "createdAt";
    static final String PLACEMENT_TYPE = "placementType";
    static final String NON_NEGOTIABLE = "nonNegotiable";
    static final String HOURS = "hoursPerWeek";
    static final String LOCATION = "location";
    /** One over the need's competence phrases ({@link NeedShares#competences}): what one covered counts. */
    static final String PER_COMPETENCE = "perCompetence";
    /** One over the weight of the need's text ({@link NeedShares#text}): what a shared term's weight counts. */
    static final String PER_TEXT_WEIGHT = "perTextWeight";
    /** The Danish text fields and their weights, for consultants' search. */
    static final Map<String, Float> TEXT_FIELDS = Map.of(
            TITLE, 2.0f, TASKS, 1.5f, COMPETENCES, 1.5f, DESCRIPTION, 1.0f);
    /** The same fields weighted for match retrieval (a citizen's profile text against open needs). */
    static final Map<String, Float> MATCH_FIELDS = Map.of(
            TITLE, 1.5f, TASKS, 1.5f, COMPETENCES, 2.0f, DESCRIPTION, 0.5f);

    private final NeedStore store;
    private final EmployerRepository employers;
    private final NeedShares shares;

    NeedDocumentSource(NeedStore store, EmployerRepository employers, NeedShares shares) {
        this.store = store;
        this.employers = employers;
        this.shares = shares;
    }

    @Override
    public EntityType entityType() {
        return EntityType.NEED;
    }

    @Override
    public Map<String, IndexDocument> loadAll(Collection<String> ids) {
        List<Need> needs = store.findAll(ids);
        Map<String, Employer> byId = employersOf(needs);
        Map<String, IndexDocument> documents = new HashMap<>();
        needs.forEach(need -> documents.put(need.id(), toDocument(need, byId.get(need.employerId()), shares)));
        return documents;
    }

    @Override
    public void forEach(Consumer<IndexDocument> sink) {
        KeysetBatches.forEach(store::batchAfter, Need::id, batch -> {
            Map<String, Employer> byId = employersOf(batch);
            batch.forEach(need -> sink.accept(toDocument(need, byId.get(need.employerId()), shares)));
        });
    }

    private Map<String, Employer> employersOf(List<Need> needs) {
        Map<String, Employer> byId = new HashMap<>();
        if (needs.isEmpty()) {
            return byId;
        }
        employers.findByIdIn(needs.stream().map(Need::employerId).distinct().toList())
                .forEach(employer -> byId.put(employer.id(), employer));
        return byId;
    }

    @Override
    public long count() {
        return store.count();
    }

    static IndexDocument toDocument(Need need, Employer employer, NeedShares shares) {
        IndexDocument.Builder doc = IndexDocument.builder(TYPE, need.id())
                .text(TITLE, need.title())
                .text(DESCRIPTION, need.description())
                .keyword(EMPLOYER, need.employerId())
                .keyword(STATUS, need.status())
                .keyword(PLACEMENT_TYPE, need.placementType())
                .keywords(NON_NEGOTIABLE, need.nonNegotiables())
                .range(HOURS, need.hoursPerWeek().min(), need.hoursPerWeek().max())
                .keywords("flexibility", need.flexibilities())
                .sortableLong(CREATED_AT, need.createdAt().toEpochMilli());
        // What the score weighs a citizen against: the tasks not yet held (an agreement's holds re-index the need).
        Need free = need.withFreeTasksOnly();
        doc.weight(PER_COMPETENCE, 1.0 / Math.max(1, shares.competences(free)));
        double text = shares.text(free);
        doc.weight(PER_TEXT_WEIGHT, text > 0 ? 1 / text : 0);
        doc.geoPoint(LOCATION, employer == null ? null : employer.lat(), employer == null ? null : employer.lon());
        for (Task task : need.tasks()) {
            doc.text(TASKS, task.title())
                    .text(TASKS, task.description())
                    .keywords("demand", task.demands())
                    .keywords("schedule", task.schedule());
            task.competences().forEach(c -> doc.text(COMPETENCES, c));
        }
        return doc.build();
    }
}
