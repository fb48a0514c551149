package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the analyzers of one concept vocabulary (the vocabulary in force: the shipped
 * {@code vocabulary/concepts-da.tsv} and an administrator's edits) and the word lists shared by
 * every index (needs and citizens): {@code search/compound-parts-da.txt},
 * {@code search/synonyms-da.txt}, {@code search/abbreviations-da.txt} and the Danish Hunspell
 * dictionary ({@code hunspell/da/}, loaded once per JVM). All shape what is indexed, so their
 * fingerprint is kept with the index and a change triggers a rebuild. {@link CurrentAnalysis} holds the ones in use.
 */
class AnalyzerFactory {

    // Bump when the analysis chain or the document layout changes, so existing indexes are rebuilt.
    // 3: explicit "absent" geo marker terms. 5: travel areas in doc values, ranges as two
    // doc-valued fields, ids in doc values. 6: citizens' whole profile as one field for matching.
    // 7: citizens' hours are the range their current agreements leave (capacity).
    // 8: text fields also hold the concept ids of the phrases they contain, and the vocabulary's
    // one-word labels split compounds (issue 24). 9: the Danish Hunspell dictionary splits
    // compounds and stems (issue 24). 10: misspelt words read as the vocabulary's words, and a
    // compound label written as two words names its concept (issue 24, spelling). 11: travel
    // areas' centres and radii also as points (issue 23). 12: documents sorted by place (issue 23).
    // 13: the concept analysis leaves out the articles "en" and "et" (issue 24). 14: words
    // written as abbreviations read as the words they stand for (issue 24, abbreviations).
    // 15: needs carry weights their pool is ranked by as shares (issue 23). 16: the concept
    // analysis also leaves out everyday words its stemmer read as labels ("jeg", "bare"; issue 24).
    // 17: so does the word analysis ("mangler" was "mangle"). 18: a word listed as an irregular
    // form of a longer root and a root itself keeps itself ("bar" was "bære"), and a compound root
    // the word lacks the first part of reads as its last part ("lægger" was "kortlægge").
    // 19: "resten" (the rest) is an everyday word ("rester", leftovers, was food waste). 20: a
    // citizen's profile text is indexed line by line, so no label is read across two of its phrases.
    private static final String CHAIN_VERSION = "20";
    private static final int MIN_LABEL_PART = 5;
    private static final String COMPOUND_PARTS = "search/compound-parts-da.txt";
    private static final String SYNONYMS = "search/synonyms-da.txt";
    private static final String ABBREVIATIONS = "search/abbreviations-da.txt";

    private final String compoundPartsText = read(COMPOUND_PARTS);
    private final String synonymsText = read(SYNONYMS);
    private final String abbreviationsText = read(ABBREVIATIONS);
    private final SynonymMap synonyms = parseSynonyms(synonymsText);
    private final ConceptVocabulary concepts;
    private final CharArraySet compoundParts;
    private final SpellingRepair spelling;
    private final Abbreviations abbreviations;

    /** The analysis of the shipped vocabulary alone. */
    AnalyzerFactory() {
        this(ConceptVocabulary.danish());
    }

    AnalyzerFactory(ConceptVocabulary concepts) {
        this.concepts = concepts;
        Set<String> listedParts = parseCompoundPartWords(compoundPartsText);
        this.compoundParts = withLabels(listedParts, concepts);
        this.spelling = SpellingRepair.of(concepts);
        this.abbreviations = Abbreviations.of(abbreviationsText, concepts, listedParts);
    }

    Analyzer indexAnalyzer() {
        return DanishTextAnalyzer.forIndexing(compoundParts, synonyms, spelling, abbreviations);
    }

    Analyzer queryAnalyzer() {
        return DanishTextAnalyzer.forQueries(compoundParts, synonyms, spelling, abbreviations);
    }

    /** Text to the ids of the vocabulary's concepts it names; see {@link ConceptAnalyzer}. */
    Analyzer conceptAnalyzer() {
        return new ConceptAnalyzer(concepts, spelling, abbreviations);
    }

    /** Of the chain, the word lists and the vocabulary's content (not its file's comments). */
    AnalysisFingerprint fingerprint() {
        return fingerprint(DanishDictionary.shared().digest());
    }

    /** The fingerprint with the given digest of the Hunspell dictionary's files. */
    AnalysisFingerprint fingerprint(String dictionaryDigest) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(CHAIN_VERSION, compoundPartsText, synonymsText, abbreviationsText,
                    concepts.toText(), dictionaryDigest)) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return new AnalysisFingerprint(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> parseCompoundPartWords(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(String::toLowerCase)
                .collect(Collectors.toSet());
    }

    /** The listed parts and every one-word label of the vocabulary of at least five letters. */
    private static CharArraySet withLabels(Set<String> parts, ConceptVocabulary vocabulary) {
        CharArraySet all = new CharArraySet(parts, false);
        for (String label : vocabulary.labels().keySet()) {
            if (label.length() >= MIN_LABEL_PART && label.chars().allMatch(Character::isLetter)) {
                all.add(label);
            }
        }
        return CharArraySet.unmodifiableSet(all);
    }

    private static SynonymMap parseSynonyms(String text) {
        // Synonym entries are read lower-cased and unstemmed; stemming happens after expansion.
        Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(new StringReader(text));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS + " is malformed: " + e.getMessage(), e);
        }
    }

    static String read(String resource) {
        try (InputStream in = AnalyzerFactory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
