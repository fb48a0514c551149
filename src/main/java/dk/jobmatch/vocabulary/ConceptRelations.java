package dk.jobmatch.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which competences each occupation's work consists of, modelled on ESCO's "essential skill"
 * relation between an occupation and a skill, read once from {@value #RESOURCE}. A trade title and
 * the words for its tasks are then recognised as the same work: "pædagogmedhjælper" has
 * "leg med børn" as an essential competence, so a need asking for the one partly fits a citizen
 * naming the other (see {@code match.ConceptCredit}). Kept apart from {@link ConceptVocabulary} so
 * the vocabulary's format stays as it is.
 *
 * <p>The file is tab-separated, one occupation a line, two columns: the occupation's id and its
 * essential competences' ids separated by {@code |}. A competence stands for itself and every
 * concept within it ("rengøring" for "trappevask"). Parsing fails fast, naming the line, on a wrong
 * column count, an id the vocabulary does not have, a first id that is not an occupation or a later
 * one that is not a competence, and an occupation listed twice.
 */
public final class ConceptRelations {

    /** The classpath resource of the Danish relations. */
    public static final String RESOURCE = "/vocabulary/concept-relations-da.tsv";

    private final Map<String, Set<String>> essential;

    private ConceptRelations(Map<String, Set<String>> essential) {
        this.essential = Collections.unmodifiableMap(essential);
    }

    /** The project's relations over {@link ConceptVocabulary#danish()}, parsed at the first call. */
    public static ConceptRelations danish() {
        return Holder.RELATIONS;
    }

    /** Relations that name no occupation: nothing is related beyond the vocabulary's own hierarchy. */
    public static ConceptRelations none() {
        return new ConceptRelations(Map.of());
    }

    /** Reads the relations from the classpath (UTF-8), checking every id against {@code vocabulary}. */
    public static ConceptRelations fromResource(String resource, ConceptVocabulary vocabulary) {
        try (InputStream in = ConceptRelations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MalformedVocabularyException(resource + ": not found on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, vocabulary);
        } catch (IOException e) {
            throw new MalformedVocabularyException(resource + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Parses the text of a relations file; {@code source} names it in error messages. */
    public static ConceptRelations parse(String text, String source, ConceptVocabulary vocabulary) {
        Map<String, Set<String>> essential = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            int number = i + 1;
            String line = i == 0 && all.get(i).startsWith("\uFEFF") ? all.get(i).substring(1) : all.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 2) {
                throw error(source, number, "expected 2 tab-separated columns (occupation, essential competences), found "
                        + columns.length);
            }
            String occupation = columns[0].strip();
            require(vocabulary, occupation, ConceptType.OCCUPATION, source, number);
            Integer earlier = lines.putIfAbsent(occupation, number);
            if (earlier != null) {
                throw error(source, number, "occupation " + occupation + " is already listed on line " + earlier);
            }
            Set<String> competences = new LinkedHashSet<>();
            for (String raw : columns[1].split("\\|", -1)) {
                String id = raw.strip();
                require(vocabulary, id, ConceptType.COMPETENCE, source, number);
                competences.add(id);
            }
            essential.put(occupation, Collections.unmodifiableSet(competences));
        }
        return new ConceptRelations(essential);
    }

    private static void require(ConceptVocabulary vocabulary, String id, ConceptType type, String source, int line) {
        Concept concept = vocabulary.byId(id).orElseThrow(() -> error(source, line, id.isEmpty()
                ? "empty id (two | in a row, or one at an end)" : "unknown concept id \"" + id + "\""));
        if (concept.type() != type) {
            throw error(source, line, id + " is " + concept.type() + ", expected " + type);
        }
    }

    private static MalformedVocabularyException error(String source, int line, String message) {
        return new MalformedVocabularyException(source + ":" + line + ": " + message);
    }

    /** The essential competences of an occupation (empty for a competence or an unlisted occupation). */
    public Set<String> essentialOf(String occupationId) {
        return essential.getOrDefault(occupationId, Set.of());
    }

    /** Every occupation with its essential competences, in file order. */
    public Map<String, Set<String>> all() {
        return essential;
    }

    private static final class Holder {
        private static final ConceptRelations RELATIONS = fromResource(RESOURCE, ConceptVocabulary.danish());
    }
}
