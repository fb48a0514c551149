package dk.jobmatch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replayed analyses index exactly what analysing the text again would (same postings, positions,
 * norms); lines, what analysing them joined would, but for labels read across a line break.
 */
class AnalysedTextsTest {

    private static final AnalyzerFactory FACTORY = new AnalyzerFactory();
    private static final Analyzer WORDS = FACTORY.indexAnalyzer();
    private static final Analyzer CONCEPTS = FACTORY.conceptAnalyzer();

    /**
     * Documents of multi-valued text fields; texts recur (replayed from the second time on), and
     * some end in stop words, so the next value's positions depend on the final position increment.
     */
    private static final List<List<String[]>> DOCUMENTS = List.of(
            List.of(new String[] {"competences", "Lagerarbejde"}, new String[] {"competences", "pædagogmedhjælper"},
                    new String[] {"experience", "Erfaring med truckkørsel og rengøring i en stor virksomhed og"},
                    new String[] {"profile", "Lagerarbejde\npædagogmedhjælper\nErfaring med lege med børnene."}),
            List.of(new String[] {"competences", "vasker vinduerne, og det"},
                    new String[] {"competences", "pædagogmedhjælper"}, new String[] {"competences", "Lagerarbejde"},
                    new String[] {"experience", "Erfaring med truckkørsel og rengøring i en stor virksomhed og"},
                    new String[] {"jobGoals", "Hospitalsportør"}, new String[] {"jobGoals", "Hospitalsportør"}),
            List.of(new String[] {"competences", "vasker vinduerne, og det"}, new String[] {"experience", "!!! -- ..."},
                    new String[] {"profile", "Lagerarbejde\npædagogmedhjælper\nErfaring med lege med børnene."},
                    new String[] {"jobGoals", "græsslåning af grøftekanter og den"},
                    new String[] {"jobGoals", "Hospitalsportør"}));

    @Test
    void aReplayedTextIsIndexedAsTheAnalyzedText() throws IOException {
        AnalysedTexts words = new AnalysedTexts(WORDS, 10_000);
        AnalysedTexts concepts = new AnalysedTexts(CONCEPTS, 10_000);
        try (Directory analysed = index((document, field) -> {
            document.add(new TextField(field[0], field[1], Store.NO));
            document.add(new TextField(field[0], CONCEPTS.tokenStream(field[0], field[1])));
        }); Directory replayed = index((document, field) -> {
            document.add(words.field(field[0], field[1]));
            document.add(concepts.field(field[0], field[1]));
        })) {
            List<String> expected = dump(analysed);
            assertThat(expected).anyMatch(line -> line.contains("@childcare.paedagogmedhjaelper"))
                    .anyMatch(line -> line.startsWith("norm"));
            assertThat(dump(replayed)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aTextAnalysedOnceIsReplayedAsOftenAsAsked() throws IOException {
        AnalysedTexts words = new AnalysedTexts(WORDS, 10_000);
        String text = "Erfaring med truckkørsel og rengøring";
        List<String> analysed = tokens(WORDS.tokenStream("experience", text));
        assertThat(analysed).isNotEmpty();
        assertThat(tokens(words.field("experience", text))).isEqualTo(analysed);
        assertThat(tokens(words.field("experience", text))).isEqualTo(analysed);
        // Through the stream of another text before it, as the index writer hands it on.
        TokenStream before = words.field("experience", "Lagerarbejde").tokenStream(null, null);
        assertThat(tokens(before)).isEqualTo(tokens(WORDS.tokenStream("experience", "Lagerarbejde")));
        TokenStream reused = words.field("experience", text).tokenStream(null, before);
        assertThat(reused).isSameAs(before);
        assertThat(tokens(reused)).isEqualTo(analysed);
    }

    @Test
    void linesAreIndexedAsTheirJoinedText() throws IOException {
        // A line ending in stop words (its final increment carries to the next line), one with no
        // word at all, recurring phrases, and a line break at the end of none.
        List<String> lines = List.of("vasker vinduerne, og det", "!!! -- ...", "Lagerarbejde",
                "Erfaring med truckkørsel og rengøring i en stor virksomhed og", "pædagogmedhjælper", "Lagerarbejde");
        for (Analyzer analyzer : List.of(WORDS, CONCEPTS)) {
            AnalysedTexts texts = new AnalysedTexts(analyzer, 10_000);
            List<String> expected = tokens(analyzer.tokenStream("profile", String.join("\n", lines)));
            assertThat(tokens(texts.field("profile", lines))).isEqualTo(expected);
            assertThat(tokens(texts.field("profile", lines))).as("replayed").isEqualTo(expected);
        }
        assertThat(tokens(WORDS.tokenStream("profile", String.join("\n", lines))))
                .as("positions left out at a line's end").anyMatch(token -> !token.split("/")[1].equals("1")
                        && !token.startsWith("end/"));
    }

    /**
     * Over every profile of the quality sets: the words are those of the joined text; the concepts
     * too, except where the joined text reads a label across a line break ("Truckfører" and
     * "Lagermedarbejder" on two lines as one concept), which lines never do.
     */
    @Test
    void theQualitySetsProfilesIndexAsTheirJoinedTextButForLabelsReadAcrossLines() throws IOException {
        int profiles = 0;
        int acrossLines = 0;
        for (List<String> lines : qualitySetProfiles()) {
            profiles++;
            String joined = String.join("\n", lines);
            assertThat(tokens(new AnalysedTexts(WORDS, 10_000).field("profile", lines)))
                    .as("words of %s", lines).isEqualTo(tokens(WORDS.tokenStream("profile", joined)));
            List<String> expected = tokens(CONCEPTS.tokenStream("profile", joined));
            List<String> actual = tokens(new AnalysedTexts(CONCEPTS, 10_000).field("profile", lines));
            assertThat(actual).as("no concept read across a line break in %s", lines)
                    .noneMatch(token -> spansALineBreak(token, joined));
            if (!actual.equals(expected)) {
                acrossLines++;
                assertThat(expected).as("what differs in %s is a label read across lines", lines)
                        .anyMatch(token -> spansALineBreak(token, joined));
            }
        }
        assertThat(profiles).isGreaterThan(300);
        assertThat(acrossLines).as("profiles with a label read across lines").isPositive().isLessThan(profiles / 10);
    }

    /**
     * Kept texts are keyed by the text alone, so an experience analysed for its own field is
     * replayed as a line of the profile text: that holds only while the analyzers read every text
     * field of the documents alike.
     */
    @Test
    void theAnalyzersReadEveryFieldAlike() throws IOException {
        List<String> fields = List.of("competences", "experience", "profile", "jobGoals", "title", "description",
                "tasks");
        // A word analyzer of its own per field: it builds its chain once, for the first field it is
        // asked for, and reuses it for every other (the concept analyzer builds one per text).
        Map<String, Analyzer> words = new HashMap<>();
        fields.forEach(field -> words.put(field, FACTORY.indexAnalyzer()));
        for (List<String> lines : qualitySetProfiles()) {
            String text = String.join("\n", lines);
            List<String> firstWords = tokens(words.get(fields.getFirst()).tokenStream(fields.getFirst(), text));
            List<String> firstConcepts = tokens(CONCEPTS.tokenStream(fields.getFirst(), text));
            for (String field : fields.subList(1, fields.size())) {
                assertThat(tokens(words.get(field).tokenStream(field, text))).as("words, %s: %s", field, text)
                        .isEqualTo(firstWords);
                assertThat(tokens(CONCEPTS.tokenStream(field, text))).as("concepts, %s: %s", field, text)
                        .isEqualTo(firstConcepts);
            }
        }
    }

    private static boolean spansALineBreak(String token, String text) {
        String[] parts = token.split("/");
        if (parts[0].equals("end")) {
            return false;
        }
        String[] offsets = parts[2].split("-");
        return text.substring(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])).contains("\n");
    }

    /** Each citizen of the quality sets as its profile's lines: competences, job goals, experience. */
    private static List<List<String>> qualitySetProfiles() throws IOException {
        List<List<String>> profiles = new ArrayList<>();
        try (var files = Files.list(Path.of("src/test/resources/quality"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode citizen : new ObjectMapper().readTree(file.toFile()).get("citizens")) {
                    List<String> lines = new ArrayList<>();
                    citizen.get("competences").forEach(c -> lines.add(c.asText()));
                    citizen.get("jobGoals").forEach(goal -> lines.add(goal.get("title").asText()));
                    if (citizen.hasNonNull("experience")) {
                        lines.add(citizen.get("experience").asText());
                    }
                    profiles.add(lines);
                }
            }
        }
        return profiles;
    }

    private static List<String> tokens(Field field) throws IOException {
        return tokens(field.tokenStream(null, null));
    }

    /** Each token as term/position increment/offsets, then the final increment and offset. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "/" + increment.getPositionIncrement() + "/" + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
            tokens.add("end/" + increment.getPositionIncrement() + "/" + offset.endOffset());
        }
        return tokens;
    }

    private static Directory index(BiConsumer<Document, String[]> addText) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(WORDS))) {
            for (List<String[]> fields : DOCUMENTS) {
                Document document = new Document();
                fields.forEach(field -> addText.accept(document, field));
                writer.addDocument(document);
            }
        }
        return directory;
    }

    /** Every field's terms with their documents, frequencies and positions, and every norm. */
    private static List<String> dump(Directory directory) throws IOException {
        List<String> lines = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            LeafReader leaf = reader.leaves().getFirst().reader();
            for (FieldInfo field : leaf.getFieldInfos()) {
                Terms terms = leaf.terms(field.name);
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    PostingsEnum postings = each.postings(null, PostingsEnum.POSITIONS);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        StringBuilder line = new StringBuilder(field.name + " " + term.utf8ToString() + " doc " + doc
                                + " freq " + postings.freq() + " at");
                        for (int i = 0; i < postings.freq(); i++) {
                            line.append(' ').append(postings.nextPosition());
                        }
                        lines.add(line.toString());
                    }
                }
                NumericDocValues norms = leaf.getNormValues(field.name);
                for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    lines.add("norm " + field.name + " doc " + doc + " " + norms.longValue());
                }
            }
        }
        return lines;
    }
}
