package dk.jobmatch.citizen;

import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.search.DocumentSource;
import dk.jobmatch.search.IndexDocument;
import dk.jobmatch.search.KeysetBatches;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.Place;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What of a profile is searchable: competences, experience and job goals as Danish text; codes,
 * consent, hours and location as filters. Names and notes stay out of the index.
 */
@Singleton
class CitizenDocumentSource implements DocumentSource {

    /** The index's document type: the outbox entity type's stored value. */
    static final String TYPE = EntityType.CITIZEN.value();
    static final String COMPETENCES = "competences";
    static final String EXPERIENCE = "experience";
    static final String JOB_GOALS = "jobGoals";
    static final String TARGET_GROUP = "targetGroup";
    static final String CONSENT = "consent";
    static final String CREATED_AT = "createdAt";
    static final String QUALIFICATION = "qualification";
    static final String HOURS = "hoursPerWeek";
    static final String REACH = "reach";
    static final String PROFILE = "profile";
    /** The Danish text fields and their weights, for consultants' search. */
    static final Map<String, Float> TEXT_FIELDS = Map.of(COMPETENCES, 2.0f, JOB_GOALS, 1.5f, EXPERIENCE, 1.0f);
    /**
     * Match retrieval ranks by the whole profile as one field: a need's text has dozens of words,
     * and one field instead of three means a third of the postings to score (docs/performance.md).
     */
    static final Map<String, Float> MATCH_FIELDS = Map.of(PROFILE, 1.0f);

    private final CitizenStore store;
    private final Commitments commitments;

    CitizenDocumentSource(CitizenStore store, Commitments commitments) {
        this.store = store;
        this.commitments = commitments;
    }

    @Override
    public EntityType entityType() {
        return EntityType.CITIZEN;
    }

    @Override
    public boolean erasable() {
        return true;
    }

    @Override
    public Map<String, IndexDocument> loadAll(Collection<String> ids) {
        return commitments.of(store.findAll(List.copyOf(new LinkedHashSet<>(ids)))).stream()
                .collect(Collectors.toMap(Citizen::id, CitizenDocumentSource::toDocument));
    }

    @Override
    public void forEach(Consumer<IndexDocument> sink) {
        KeysetBatches.forEach(store::batchAfter, Citizen::id,
                batch -> commitments.of(batch).forEach(citizen -> sink.accept(toDocument(citizen))));
    }

    @Override
    public long count() {
        return store.count();
    }

    static IndexDocument toDocument(Citizen citizen) {
        HourRange hoursLeft = citizen.remainingHoursPerWeek();
        IndexDocument.Builder doc = IndexDocument.builder(TYPE, citizen.id())
                .text(EXPERIENCE, citizen.experience())
                .keyword(TARGET_GROUP, citizen.targetGroup())
                .keyword(CONSENT, citizen.consent())
                .keywords(QUALIFICATION, citizen.qualifications())
                .keywords("accommodation", citizen.accommodations())
                // The hours current agreements leave, as matching uses them: with a 6 h agreement a
                // 6-10 h citizen is a candidate for 0-4 h (every hold change re-indexes the citizen).
                .range(HOURS, hoursLeft.min(), Math.max(hoursLeft.min(), hoursLeft.max()))
                .sortableLong(CREATED_AT, citizen.createdAt().toEpochMilli());
        citizen.competences().forEach(c -> doc.text(COMPETENCES, c));
        // Line by line: the phrases recur across profiles, so their analyses are replayed.
        doc.lines(PROFILE, citizen.profileLines());
        citizen.jobGoals().forEach(goal -> doc.text(JOB_GOALS, goal.title()));
        Place home = citizen.location();
        doc.geoPoint("location", home == null ? null : home.lat(), home == null ? null : home.lon())
                .area(REACH, home == null ? null : home.lat(), home == null ? null : home.lon(), citizen.maxTravelKm());
        return doc.build();
    }
}
