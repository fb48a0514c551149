package dk.jobmatch.search;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Free-text and filtered listing over the index. Never throws on user query syntax. */
@Singleton
public class SearchService {

    private static final int MAX_CANDIDATE_WORDS = 120;
    /**
     * Term clauses all groups together may use, well under Lucene's 1024 even for a need with fifty
     * tasks; the terms beyond it are left out of the ranking.
     */
    private static final int MAX_GROUP_CLAUSES = 600;
    /** Hits counted exactly before Lucene may skip what cannot enter the top (its own default). */
    private static final int DEFAULT_COUNT = 1000;

    private final LuceneIndex index;
    private final Supplier<Analyzer> queryAnalyzer;
    private final TextTerms terms;
    private final int rankingWords;
    /**
     * Whether a pool ranked by fit is retrieved in two passes (see {@link #byFit}); the benchmark
     * compares. Off: since the travel-area filter narrows by points, one query measured 1.3x faster
     * for the same pools at 100,000 citizens (two passes had been 0.6-0.8x when that filter checked
     * every citizen: docs/performance.md).
     */
    private volatile boolean twoPasses = false;

    @Inject
    SearchService(LuceneIndex index, CurrentAnalysis analysis, TextTerms terms,
                  @Value("${jobmatch.search.ranking-words:16}") int rankingWords) {
        this(index, () -> analysis.get().query(), terms, rankingWords);
    }

    /** A search with one fixed query analyzer (tests). */
    SearchService(LuceneIndex index, Analyzer queryAnalyzer, TextTerms terms, int rankingWords) {
        this(index, () -> queryAnalyzer, terms, rankingWords);
    }

    private SearchService(LuceneIndex index, Supplier<Analyzer> queryAnalyzer, TextTerms terms, int rankingWords) {
        this.index = index;
        this.queryAnalyzer = queryAnalyzer;
        this.terms = terms;
        this.rankingWords = rankingWords;
    }

    public SearchHits search(SearchQuery request) {
        Query query = toLucene(request);
        boolean ranked = request.text() != null && !request.text().isBlank();
        SortField newestFirst = new SortField(request.newestFirstBy(), SortField.Type.LONG, true);
        Sort sort = ranked ? new Sort(SortField.FIELD_SCORE, newestFirst) : new Sort(newestFirst);
        int wanted = request.offset() + request.limit();
        return index.withSearcher(searcher -> {
            long total = searcher.count(query);
            if (request.offset() >= total || request.limit() == 0) {
                return new SearchHits(List.of(), total);
            }
            TopDocs top = searcher.search(query, wanted, sort);
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
                    top.scoreDocs.length);
            return new SearchHits(LuceneIndex.ids(searcher, page), total);
        });
    }

    /**
     * Match candidates: all criteria must hold; the text and the groups only rank. Best first, at
     * most {@code limit}.
     */
    public List<ScoredId> candidates(CandidateQuery request) {
        List<Query> groups = groups(request);
        Query parsed = groups.isEmpty() ? candidateText(request) : null;
        if (!groups.isEmpty() && twoPasses) {
            return index.withSearcher(searcher -> byFit(searcher, request, groups));
        }
        return index.withSearcher(searcher -> {
            BooleanQuery.Builder query = filtered(request);
            if (!groups.isEmpty()) {
                // Optional next to the filters, as the text below: they rank, but a candidate
                // matching no group stays in. Equal weights keep the index's order: BM25 as a
                // tie-break measured 1.2-1.4x slower for no fewer misses (docs/matching-quality.md).
                groups.forEach(group -> query.add(group, BooleanClause.Occur.SHOULD));
            } else if (parsed != null) {
                // Optional next to the filters: it ranks, but a candidate sharing no word stays in.
                // (Running it as "text required, then the rest" measured no faster: docs/performance.md.)
                query.add(rarest(parsed, searcher.getIndexReader()), BooleanClause.Occur.SHOULD);
            }
            // Lucene's default count of hits before it may skip: counting only up to the pool size
            // measured 1.3-1.7x slower for the same pools (issue 23, docs/performance.md).
            return top(searcher, query.build(), request.limit(), DEFAULT_COUNT);
        });
    }

    /**
     * The pool ranked by fit in two passes with the same answer as one query with the groups
     * optional: first only the documents matching a group, which Lucene reaches through the groups'
     * postings and may skip among once it has counted enough (a query with optional groups visits
     * every document the filters let through); then, only when that leaves places in the pool, the
     * documents matching no group, which score 0 in both forms and so come after, in index order.
     */
    private static List<ScoredId> byFit(IndexSearcher searcher, CandidateQuery request, List<Query> groups)
            throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        groups.forEach(group -> any.add(group, BooleanClause.Occur.SHOULD));
        Query anyGroup = any.build();
        List<ScoredId> hits = top(searcher, filtered(request).add(anyGroup, BooleanClause.Occur.MUST).build(),
                request.limit(), DEFAULT_COUNT);
        int left = request.limit() - hits.size();
        if (left > 0) {
            List<ScoredId> rest = top(searcher, filtered(request).add(anyGroup, BooleanClause.Occur.MUST_NOT).build(),
                    left, DEFAULT_COUNT);
            List<ScoredId> all = new ArrayList<>(hits);
            all.addAll(rest);
            return all;
        }
        return hits;
    }

    /** For the benchmark's A/B: the pool ranked by fit in two passes or in one query (the default). */
    void retrieveByFitInTwoPasses(boolean twoPasses) {
        this.twoPasses = twoPasses;
    }

    /**
     * The floor the benchmark measures matching against (issue 23): the same filters, and every
     * word of the text required-any and ranked by BM25, top {@code limit}. Unlike
     * {@link #candidates} a document sharing no word is not a candidate, so Lucene can skip
     * (block-max MAXSCORE) instead of visiting every filtered document, and it may start skipping
     * once it has the top {@code limit} (no total is counted).
     */
    List<ScoredId> floor(CandidateQuery request) {
        Query parsed = candidateText(request);
        if (parsed == null) {
            return List.of();
        }
        return index.withSearcher(searcher -> top(searcher,
                filtered(request).add(parsed, BooleanClause.Occur.MUST).build(), request.limit(), request.limit()));
    }

    private static List<ScoredId> top(IndexSearcher searcher, Query query, int limit, int countUpTo)
            throws IOException {
        int wanted = Math.max(1, limit);
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, Math.max(wanted, countUpTo)));
        List<String> ids = LuceneIndex.ids(searcher, top.scoreDocs);
        List<ScoredId> hits = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            hits.add(new ScoredId(ids.get(i), top.scoreDocs[i].score));
        }
        return hits;
    }

    /**
     * The need's words whose terms are rarest in the index. Frequent terms add little to BM25 but
     * have the longest postings, which the query must walk for every candidate.
     */
    private Query rarest(Query parsed, IndexReader reader) throws IOException {
        if (!(parsed instanceof BooleanQuery bag) || bag.clauses().size() <= rankingWords) {
            return parsed;
        }
        List<Map.Entry<Long, BooleanClause>> costed = new ArrayList<>();
        for (BooleanClause clause : bag.clauses()) {
            Set<Term> terms = new HashSet<>();
            clause.query().visit(QueryVisitor.termCollector(terms));
            long cost = 0;
            for (Term term : terms) {
                cost += reader.docFreq(term);
            }
            if (cost > 0) { // a word no document has cannot rank anything; it must not take a place
                costed.add(Map.entry(cost, clause));
            }
        }
        costed.sort(Map.Entry.comparingByKey());
        BooleanQuery.Builder kept = new BooleanQuery.Builder();
        costed.stream().limit(rankingWords).forEach(entry -> kept.add(entry.getValue()));
        return kept.build();
    }

    private static BooleanQuery.Builder filtered(CandidateQuery request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneIndex.TYPE, request.type())), BooleanClause.Occur.FILTER);
        for (Criterion criterion : request.criteria()) {
            // An exclusion is a top-level MUST_NOT: no "match all minus" scan.
            query.add(toLucene(criterion), criterion instanceof Criterion.IsNot
                    ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER);
        }
        return query;
    }

    /**
     * Each group as a constant score (its weight) for a document with any of its terms, the terms
     * the group's text is indexed under: exactly "shares an indexed term", as the matcher compares
     * competences ({@link TextTerms}, whose cache also spares analysing the same phrases again).
     */
    private List<Query> groups(CandidateQuery request) {
        List<Query> groups = new ArrayList<>();
        int[] budget = {MAX_GROUP_CLAUSES};
        for (CandidateQuery.Group group : request.groups()) {
            Query words = anyOf(group.text() == null ? group.terms() : terms.of(group.text()), group.fields(),
                    group.weight(), budget);
            Query related = anyOf(group.related(), group.fields(), group.relatedWeight(), budget);
            Query counted = words != null && related != null
                    // The better of the two, never their sum: a related concept stands in for the words.
                    ? new DisjunctionMaxQuery(List.of(words, related), 0)
                    : words != null ? words : related;
            if (counted != null) {
                groups.add(group.scaledBy() == null ? counted
                        : FunctionScoreQuery.boostByValue(counted, DoubleValuesSource.fromFloatField(group.scaledBy())));
            }
        }
        return groups;
    }

    /** A constant score ({@code weight}) for a document with any of the terms in any of the fields; null if none fit. */
    private static Query anyOf(Collection<String> terms, List<String> fields, float weight, int[] budget) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms) {
            for (String field : fields) {
                if (clauses < budget[0]) {
                    any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        budget[0] -= clauses;
        return clauses > 0 && weight > 0 ? new BoostQuery(new ConstantScoreQuery(any.build()), weight) : null;
    }

    /** Profile and task text as a bag of words, not query syntax; null if there is none. */
    private Query candidateText(CandidateQuery request) {
        if (request.text() == null || request.text().isBlank()) {
            return null;
        }
        // A bounded bag also keeps a need with fifty tasks under Lucene's clause limit.
        String words = Arrays.stream(request.text().split("[\\s,.;:()\"]+"))
                .filter(w -> !w.isBlank()).distinct().limit(MAX_CANDIDATE_WORDS)
                .collect(Collectors.joining(" "));
        return new SimpleQueryParser(queryAnalyzer.get(), request.textFields(), 0).parse(words);
    }

    private static Query toLucene(Criterion criterion) {
        return switch (criterion) {
            case Criterion.Is is -> new TermQuery(new Term(is.field(), is.value()));
            case Criterion.IsNot not -> new TermQuery(new Term(not.field(), not.value()));
            case Criterion.Overlaps range -> NumberRanges.overlaps(range);
            case Criterion.WithinKm near -> GeoFields.within(near);
            case Criterion.Reaches reach -> GeoFields.reaches(reach);
        };
    }

    private Query toLucene(SearchQuery request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneIndex.TYPE, request.type())), BooleanClause.Occur.FILTER);
        for (Map.Entry<String, String> filter : request.filters().entrySet()) {
            query.add(new TermQuery(new Term(filter.getKey(), filter.getValue())), BooleanClause.Occur.FILTER);
        }
        for (Map.Entry<String, String> excluded : request.excluded().entrySet()) {
            query.add(new TermQuery(new Term(excluded.getKey(), excluded.getValue())), BooleanClause.Occur.MUST_NOT);
        }
        query.add(textQuery(request), BooleanClause.Occur.MUST);
        return query.build();
    }

    private Query textQuery(SearchQuery request) {
        if (request.text() == null || request.text().isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer.get(), request.textFields());
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query parsed = parser.parse(request.text());
        // Only stop words or punctuation: nothing can match, and that is not an error.
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }
}
