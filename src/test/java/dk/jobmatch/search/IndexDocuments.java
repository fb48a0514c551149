package dk.jobmatch.search;

import jakarta.inject.Singleton;

/**
 * How many documents the search index holds once it has caught up with every committed write, for
 * tests that prove a rejected request changed nothing (a test bean: the service has no such
 * question to answer).
 */
@Singleton
public class IndexDocuments {

    private final LuceneIndex index;
    private final IndexSynchronizer synchronizer;

    IndexDocuments(LuceneIndex index, IndexSynchronizer synchronizer) {
        this.index = index;
        this.synchronizer = synchronizer;
    }

    public long count() {
        synchronizer.catchUp();
        return index.withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }
}
