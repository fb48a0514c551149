package dk.jobmatch.search;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one {@link IndexWriter} and its {@link SearcherManager} over the on-disk index. The index is
 * a projection of the database; the outbox position it reflects is stored in the commit data, so
 * after a crash it is simply replayed from there.
 */
@Singleton
class LuceneIndex implements AutoCloseable {

    static final String KEY = "_key";
    static final String TYPE = "_type";
    static final String ID = "_id";
    static final String WATERMARK = "outboxWatermark";
    static final String ANALYSIS = "analysis";
    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

    private final Path path;
    private final Supplier<Analysis> analysis;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean recreated;
    private volatile boolean dirty;
    private volatile boolean purgePending;
    private volatile KeptAnalysis kept;

    /** The texts analysed with one analysis, for both analyses a text field is indexed with. */
    private record KeptAnalysis(Analysis analysis, AnalysedTexts words, AnalysedTexts concepts) {

        /** Up to this many characters of text per analyzer (some megabytes with their tokens). */
        static final int TEXT_CHARS = 1_000_000;

        KeptAnalysis(Analysis analysis) {
            this(analysis, new AnalysedTexts(analysis.index(), TEXT_CHARS), new AnalysedTexts(analysis.concepts(), TEXT_CHARS));
        }
    }

    @Inject
    LuceneIndex(@Value("${jobmatch.search.index-path}") String indexPath, CurrentAnalysis analysis) throws IOException {
        this(indexPath, (Supplier<Analysis>) analysis);
    }

    /** An index with one fixed analysis (tests). */
    LuceneIndex(String indexPath, Analyzer analyzer, Analyzer concepts, AnalysisFingerprint fingerprint) throws IOException {
        this(indexPath, fixed(new Analysis(null, analyzer, analyzer, concepts, fingerprint)));
    }

    /** One analysis for the index's lifetime: the same instance each time, so the kept analyses stay kept. */
    private static Supplier<Analysis> fixed(Analysis analysis) {
        return () -> analysis;
    }

    private LuceneIndex(String indexPath, Supplier<Analysis> analysis) throws IOException {
        this.path = Path.of(indexPath).toAbsolutePath();
        this.analysis = analysis;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        IndexWriter opened;
        boolean wiped = false;
        try {
            opened = openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            DirectoryReader.open(opened).close();
        } catch (LockObtainFailedException e) {
            throw e; // another process owns this index: never wipe it
        } catch (IOException | RuntimeException e) {
            // Also an index written in another order (layout 11 and before had no sort): Lucene
            // cannot sort an existing index, so it is built anew like an unreadable one.
            LOG.warn("Search index at {} is unreadable ({}); recreating it from the database", path, e.toString());
            wipe();
            opened = openWriter(IndexWriterConfig.OpenMode.CREATE);
            wiped = true;
        }
        this.writer = opened;
        this.recreated = wiped || !DirectoryReader.indexExists(directory);
        if (recreated) {
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, null);
    }

    private IndexWriter openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        // Erasure purges every deleted document from disk, not only segments over a threshold.
        TieredMergePolicy mergePolicy = new TieredMergePolicy();
        mergePolicy.setForceMergeDeletesPctAllowed(0.0);
        // A larger buffer means fewer, larger segments when a rebuild or an import writes a lot.
        // The analysis in use when each document is written (it changes with the vocabulary).
        IndexWriterConfig config = new IndexWriterConfig(new SwitchingAnalyzer(() -> analysis.get().index()))
                .setOpenMode(mode).setMergePolicy(mergePolicy).setRAMBufferSizeMB(64)
                .setIndexSort(GeoFields.indexSort());
        return new IndexWriter(directory, config);
    }

    private void wipe() throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
                    Files.delete(file);
                }
            }
        }
    }

    /** True when the index was missing or unreadable at start-up and holds nothing yet. */
    boolean recreated() {
        return recreated;
    }

    /** The last outbox id the committed index reflects, or -1 if it was never synchronised. */
    long committedWatermark() {
        return commitData(WATERMARK).map(Long::parseLong).orElse(-1L);
    }

    /** Whether the index was built with today's analysis chain and word lists. */
    boolean builtWithCurrentAnalysis() {
        return commitData(ANALYSIS).filter(analysis.get().fingerprint().value()::equals).isPresent();
    }

    private Optional<String> commitData(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (key.equals(entry.getKey())) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }

    void upsert(IndexDocument document) {
        try {
            writer.updateDocument(new Term(KEY, key(document.type(), document.id())), toLucene(document));
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a document known not to be in the index (a rebuild, after {@link #deleteAll}). */
    void add(IndexDocument document) {
        try {
            writer.addDocument(toLucene(document));
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes a document. With {@code purge}, the next commit also rewrites the segments that
     * still hold deleted documents, so an erased entity's terms are gone from disk too.
     */
    void delete(String type, String id, boolean purge) {
        try {
            writer.deleteDocuments(new Term(KEY, key(type, id)));
            dirty = true;
            purgePending |= purge;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes visible to searches and records the outbox position they reflect. */
    void publish(long watermark) {
        writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(watermark), ANALYSIS,
                analysis.get().fingerprint().value()).entrySet());
        dirty = true;
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Durably commits published changes; cheap when nothing changed. */
    synchronized void commit() {
        if (!dirty) {
            return;
        }
        try {
            dirty = false;
            if (purgePending) {
                purgePending = false;
                writer.forceMergeDeletes(true);
                // Readers of the old segments must let go before their files can be deleted.
                searchers.maybeRefreshBlocking();
            }
            writer.commit();
        } catch (IOException e) {
            dirty = true;
            throw new UncheckedIOException(e);
        }
    }

    <T> T withSearcher(SearcherFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entity ids of these hits, in the order given. */
    static List<String> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        // Doc values are read forwards only, so visit the hits in document order.
        Integer[] byDoc = new Integer[hits.length];
        Arrays.setAll(byDoc, i -> i);
        Arrays.sort(byDoc, (a, b) -> Integer.compare(hits[a].doc, hits[b].doc));
        String[] ids = new String[hits.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            int at = ReaderUtil.subIndex(doc, leaves);
            if (at != leaf) {
                leaf = at;
                values = leaves.get(at).reader().getBinaryDocValues(ID);
            }
            int local = doc - leaves.get(at).docBase;
            if (values == null || !values.advanceExact(local)) {
                throw new IllegalStateException("indexed document without an id");
            }
            ids[i] = values.binaryValue().utf8ToString();
        }
        return Arrays.asList(ids);
    }

    long count(String type) {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(TYPE, type))));
    }

    @PreDestroy
    public void close() throws IOException {
        try {
            commit();
        } finally {
            // Each is closed even if one before it fails, so the write lock is always released.
            IOUtils.close(searchers, writer, directory);
        }
    }

    private static String key(String type, String id) {
        return type + ":" + id;
    }

    /** The kept analyses of the analysis in force; started afresh when it changes. */
    private KeptAnalysis keptAnalysis() {
        Analysis now = analysis.get();
        KeptAnalysis current = kept;
        if (current == null || current.analysis() != now) {
            current = new KeptAnalysis(now);
            kept = current;
        }
        return current;
    }

    private Document toLucene(IndexDocument source) {
        KeptAnalysis texts = keptAnalysis();
        Document document = new Document();
        document.add(new StringField(KEY, key(source.type(), source.id()), Store.NO));
        document.add(new StringField(TYPE, source.type(), Store.NO));
        // The id is read for every hit; doc values are much cheaper to read than stored fields.
        document.add(new BinaryDocValuesField(ID, new BytesRef(source.id())));
        document.add(new NumericDocValuesField(GeoFields.PLACE, place(source)));
        for (IndexDocument.Field field : source.fields()) {
            switch (field) {
                case IndexDocument.Text text -> {
                    // Replayed when the text was analysed before (phrases recur), exactly as analysed.
                    document.add(texts.words().field(text.name(), text.value()));
                    // The same field also holds the ids of the concepts the text names (see TextTerms).
                    document.add(texts.concepts().field(text.name(), text.value()));
                }
                case IndexDocument.Lines lines -> {
                    document.add(texts.words().field(lines.name(), lines.lines()));
                    document.add(texts.concepts().field(lines.name(), lines.lines()));
                }
                case IndexDocument.Keyword keyword ->
                        document.add(new StringField(keyword.name(), keyword.value(), Store.NO));
                case IndexDocument.SortableLong number -> {
                    document.add(new NumericDocValuesField(number.name(), number.value()));
                    document.add(new LongPoint(number.name(), number.value()));
                }
                case IndexDocument.NumberRange range -> {
                    // Two one-dimensional fields with doc values, so an overlap filter can be
                    // checked per candidate when another clause already narrowed the search.
                    document.add(new DoubleField(NumberRanges.min(range.name()), range.min(), Store.NO));
                    document.add(new DoubleField(NumberRanges.max(range.name()), range.max(), Store.NO));
                }
                case IndexDocument.GeoPoint point -> GeoFields.point(point).forEach(document::add);
                case IndexDocument.Area area -> GeoFields.area(area).forEach(document::add);
                case IndexDocument.Unlocated none -> GeoFields.unlocated(none.name()).forEach(document::add);
                case IndexDocument.Weight weight -> document.add(new FloatDocValuesField(weight.name(), weight.value()));
            }
        }
        return document;
    }

    /** The document's first location (a point or an area's centre), as the index is sorted by. */
    private static long place(IndexDocument source) {
        for (IndexDocument.Field field : source.fields()) {
            if (field instanceof IndexDocument.GeoPoint point) {
                return GeoFields.place(point.lat(), point.lon());
            }
            if (field instanceof IndexDocument.Area area) {
                return GeoFields.place(area.lat(), area.lon());
            }
        }
        return GeoFields.NOWHERE;
    }

    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
