package dk.jobmatch.search;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Free-text and filtered listing over the index. Never throws on user query syntax. */
@Singleton
public class SearchService {

    private final LuceneIndex index;
    private final Analyzer queryAnalyzer;

    SearchService(LuceneIndex index, @Named(AnalyzerFactory.QUERY) Analyzer queryAnalyzer) {
        this.index = index;
        this.queryAnalyzer = queryAnalyzer;
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
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>(request.limit());
            for (int i = request.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                ids.add(stored.document(hit.doc).get(LuceneIndex.ID));
            }
            return new SearchHits(ids, total);
        });
    }

    private Query toLucene(SearchQuery request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(LuceneIndex.TYPE, request.type())), BooleanClause.Occur.FILTER);
        for (Map.Entry<String, String> filter : request.filters().entrySet()) {
            query.add(new TermQuery(new Term(filter.getKey(), filter.getValue())), BooleanClause.Occur.FILTER);
        }
        query.add(textQuery(request), BooleanClause.Occur.MUST);
        return query.build();
    }

    private Query textQuery(SearchQuery request) {
        if (request.text() == null || request.text().isBlank()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer, request.textFields());
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query parsed = parser.parse(request.text());
        // Only stop words or punctuation: nothing can match, and that is not an error.
        return parsed == null ? new MatchNoDocsQuery() : parsed;
    }
}
