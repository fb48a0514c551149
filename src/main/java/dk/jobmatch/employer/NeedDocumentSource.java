package dk.jobmatch.employer;

import dk.jobmatch.search.DocumentSource;
import dk.jobmatch.search.IndexDocument;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What of a need is searchable: Danish text of the wheel's parts, and codes as filters. */
@Singleton
class NeedDocumentSource implements DocumentSource {

    static final String TYPE = "need";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String TASKS = "tasks";
    static final String COMPETENCES = "competences";
    static final String EMPLOYER = "employerId";
    static final String STATUS = "status";
    static final String CREATED_AT = "createdAt";
    private static final int BATCH = 500;

    private final NeedStore store;

    NeedDocumentSource(NeedStore store) {
        this.store = store;
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public Optional<IndexDocument> load(String id) {
        return store.find(id).map(NeedDocumentSource::toDocument);
    }

    @Override
    public void forEach(Consumer<IndexDocument> sink) {
        String after = "";
        List<Need> batch;
        do {
            batch = store.batchAfter(after, BATCH);
            batch.forEach(need -> sink.accept(toDocument(need)));
            if (!batch.isEmpty()) {
                after = batch.getLast().id();
            }
        } while (batch.size() == BATCH);
    }

    @Override
    public long count() {
        return store.count();
    }

    static IndexDocument toDocument(Need need) {
        IndexDocument.Builder doc = IndexDocument.builder(TYPE, need.id())
                .text(TITLE, need.title())
                .text(DESCRIPTION, need.description())
                .keyword(EMPLOYER, need.employerId())
                .keyword(STATUS, need.status())
                .keyword("placementType", need.placementType())
                .keywords("nonNegotiable", need.nonNegotiables())
                .keywords("flexibility", need.flexibilities())
                .sortableLong(CREATED_AT, need.createdAt().toEpochMilli());
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
