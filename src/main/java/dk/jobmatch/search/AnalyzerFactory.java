package dk.jobmatch.search;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

/**
 * Builds the analyzers once, from the word lists shared by every index (needs and citizens):
 * {@code search/compound-parts-da.txt} and {@code search/synonyms-da.txt}.
 */
@Factory
class AnalyzerFactory {

    static final String INDEX = "index";
    static final String QUERY = "query";

    private final CharArraySet compoundParts = loadCompoundParts();

    @Singleton
    @Named(INDEX)
    Analyzer indexAnalyzer() {
        return DanishTextAnalyzer.forIndexing(compoundParts);
    }

    @Singleton
    @Named(QUERY)
    Analyzer queryAnalyzer() {
        return DanishTextAnalyzer.forQueries(compoundParts, loadSynonyms());
    }

    private static CharArraySet loadCompoundParts() {
        try (BufferedReader reader = new BufferedReader(open("search/compound-parts-da.txt"))) {
            List<String> words = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(String::toLowerCase)
                    .toList();
            return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SynonymMap loadSynonyms() {
        // Synonym entries are read lower-cased and unstemmed; stemming happens after expansion.
        Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        try (Reader reader = open("search/synonyms-da.txt")) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("search/synonyms-da.txt is malformed: " + e.getMessage(), e);
        }
    }

    private static Reader open(String resource) {
        InputStream in = AnalyzerFactory.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
