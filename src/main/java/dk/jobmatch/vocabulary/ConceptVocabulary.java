package dk.jobmatch.vocabulary;

import dk.jobmatch.common.FieldViolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Danish concept vocabulary: occupations and competences with their preferred and alternative
 * labels and their broader concepts, read once from {@value #RESOURCE}.
 *
 * <p>The file is tab-separated, one concept a line, five columns:
 * {@code id  type  preferred label  broader id (or -)  alternative labels separated by |}. Lines
 * starting with {@code #} and blank lines are ignored. Parsing fails fast, naming the line, on a
 * wrong column count, a malformed id, an unknown type, an empty label, an id or a label used twice
 * (a label belongs to one concept only: an ambiguous word is better left out than guessed), a
 * broader id that does not exist and a cycle of broader concepts.
 *
 * <p>Lookup is by any label after {@link #normalise(String)}: lower case, one space between words.
 */
public final class ConceptVocabulary {

    /** The classpath resource of the Danish vocabulary. */
    public static final String RESOURCE = "/vocabulary/concepts-da.tsv";

    private static final Pattern ID = ConceptRules.ID;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String NO_BROADER = "-";

    private final Map<String, Concept> byId;
    private final Map<String, Concept> byLabel;
    private final Map<String, List<Concept>> narrower;

    private ConceptVocabulary(Map<String, Concept> byId, Map<String, Concept> byLabel) {
        this.byId = Collections.unmodifiableMap(byId);
        this.byLabel = Collections.unmodifiableMap(byLabel);
        Map<String, List<Concept>> children = new HashMap<>();
        for (Concept concept : byId.values()) {
            concept.broader().ifPresent(parent -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(concept));
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        this.narrower = Collections.unmodifiableMap(children);
    }

    /** The project's Danish vocabulary, parsed at the first call. */
    public static ConceptVocabulary danish() {
        return Holder.VOCABULARY;
    }

    /** Reads a vocabulary from the classpath (UTF-8). */
    public static ConceptVocabulary fromResource(String resource) {
        InputStream in = ConceptVocabulary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new MalformedVocabularyException(resource + ": not found on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot be read", e);
        }
    }

    /** Parses the text of a vocabulary file; {@code source} names it in error messages. */
    public static ConceptVocabulary parse(String text, String source) {
        try {
            return parse(new StringReader(text), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a vocabulary file; {@code source} names it in error messages. */
    public static ConceptVocabulary parse(Reader reader, String source) throws IOException {
        Map<String, Concept> byId = new LinkedHashMap<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Concept> byLabel = new HashMap<>();
        Map<String, Integer> labelLines = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Concept concept = parseLine(line, source, number);
            Integer earlier = idLines.putIfAbsent(concept.id(), number);
            if (earlier != null) {
                throw error(source, number, "id " + concept.id() + " is already used on line " + earlier);
            }
            byId.put(concept.id(), concept);
            for (String label : concept.labels()) {
                Integer labelLine = labelLines.putIfAbsent(label, number);
                if (labelLine != null) {
                    throw error(source, number, "label \"" + label + "\" already belongs to "
                            + byLabel.get(label).id() + (labelLine == number ? " (listed twice)" : " on line " + labelLine));
                }
                byLabel.put(label, concept);
            }
        }
        for (Concept concept : byId.values()) {
            if (concept.broader().isPresent() && !byId.containsKey(concept.broader().get())) {
                throw error(source, idLines.get(concept.id()), "broader concept " + concept.broader().get() + " does not exist");
            }
        }
        for (Concept concept : byId.values()) {
            List<String> path = new ArrayList<>();
            Concept step = concept;
            while (step.broader().isPresent()) {
                path.add(step.id());
                step = byId.get(step.broader().get());
                if (step.id().equals(concept.id()) || path.size() > byId.size()) {
                    path.add(step.id());
                    throw error(source, idLines.get(concept.id()), "broader concepts form a cycle: " + String.join(" > ", path));
                }
            }
        }
        return new ConceptVocabulary(byId, byLabel);
    }

    private static Concept parseLine(String line, String source, int number) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 5) {
            throw error(source, number, "expected 5 tab-separated columns (id, type, preferred label, broader, alternative labels), found "
                    + columns.length);
        }
        String id = columns[0].strip();
        if (!ID.matcher(id).matches()) {
            throw error(source, number, "malformed id \"" + id + "\" (expected trade.name in lower-case ASCII, e.g. cleaning.vinduespudsning)");
        }
        ConceptType type;
        try {
            type = ConceptType.valueOf(columns[1].strip());
        } catch (IllegalArgumentException e) {
            throw error(source, number, "unknown type \"" + columns[1].strip() + "\" (expected one of "
                    + Arrays.toString(ConceptType.values()) + ")");
        }
        String preferred = normalise(columns[2]);
        if (preferred.isEmpty()) {
            throw error(source, number, "empty preferred label");
        }
        String broaderColumn = columns[3].strip();
        Optional<String> broader;
        if (broaderColumn.isEmpty() || broaderColumn.equals(NO_BROADER)) {
            broader = Optional.empty();
        } else if (!ID.matcher(broaderColumn).matches()) {
            throw error(source, number, "malformed broader id \"" + broaderColumn + "\"");
        } else if (broaderColumn.equals(id)) {
            throw error(source, number, "concept " + id + " is its own broader concept");
        } else {
            broader = Optional.of(broaderColumn);
        }
        List<String> alternatives = new ArrayList<>();
        if (!columns[4].isBlank()) {
            for (String raw : columns[4].split("\\|", -1)) {
                String label = normalise(raw);
                if (label.isEmpty()) {
                    throw error(source, number, "empty alternative label (two | in a row, or one at an end)");
                }
                alternatives.add(label);
            }
        }
        return new Concept(id, type, preferred, alternatives, broader);
    }

    private static MalformedVocabularyException error(String source, int line, String message) {
        return new MalformedVocabularyException(source + ":" + line + ": " + message);
    }

    /** Lower case (Danish), Unicode NFC, whitespace trimmed and collapsed to single spaces. */
    public static String normalise(String label) {
        String composed = Normalizer.normalize(label, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed.strip()).replaceAll(" ").toLowerCase(Locale.forLanguageTag("da"));
    }

    /** Every concept, in file order. */
    public Collection<Concept> concepts() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    public Optional<Concept> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The concept one of whose labels is this phrase once normalised. */
    public Optional<Concept> lookup(String label) {
        return Optional.ofNullable(byLabel.get(normalise(label)));
    }

    /** Every normalised label with its concept. */
    public Map<String, Concept> labels() {
        return byLabel;
    }

    /** The broader concepts of a concept, nearest first (empty for a top concept). */
    public List<Concept> broaderChain(Concept concept) {
        List<Concept> chain = new ArrayList<>();
        Optional<String> next = concept.broader();
        while (next.isPresent()) {
            Concept parent = byId.get(next.get());
            chain.add(parent);
            next = parent.broader();
        }
        return List.copyOf(chain);
    }

    /** The concepts whose broader concept is this one. */
    public List<Concept> narrower(Concept concept) {
        return narrower.getOrDefault(concept.id(), List.of());
    }

    /** True when {@code broader} is the concept itself or one of its broader concepts. */
    public boolean isWithin(Concept concept, Concept broader) {
        return concept.id().equals(broader.id()) || broaderChain(concept).stream().anyMatch(c -> c.id().equals(broader.id()));
    }

    /**
     * What would be wrong with this concept (added, or replacing the concept with its id) by the
     * file's rules, each naming its field; empty when it may be saved.
     */
    public List<FieldViolation> problemsWith(Concept concept) {
        return ConceptRules.problems(ConceptRules.normalised(concept), byId, byLabel);
    }

    /** This vocabulary with the concept added or replaced; fails as a malformed file would. */
    public ConceptVocabulary with(Concept concept) {
        return withAll(List.of(concept), (rejected, problems) -> {
            throw new MalformedVocabularyException(rejected.id() + ": " + problems.stream()
                    .map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        });
    }

    /**
     * This vocabulary with the concepts added or replaced all at once, checked as a whole as the
     * file would be with those lines changed; fails as {@link #parse} does.
     */
    public ConceptVocabulary replacing(List<Concept> concepts, String source) {
        Map<String, Concept> merged = new LinkedHashMap<>(byId);
        concepts.forEach(concept -> merged.put(concept.id(), ConceptRules.normalised(concept)));
        return parse(new ConceptVocabulary(merged, Map.of()).toText(), source);
    }

    /**
     * This vocabulary with the concepts added or replaced in order, each checked against the ones
     * before it; one that breaks a rule is left out and handed to {@code rejected}.
     */
    public ConceptVocabulary withAll(List<Concept> concepts, BiConsumer<Concept, List<FieldViolation>> rejected) {
        Map<String, Concept> ids = new LinkedHashMap<>(byId);
        Map<String, Concept> labelMap = new HashMap<>(byLabel);
        for (Concept edit : concepts) {
            Concept concept = ConceptRules.normalised(edit);
            List<FieldViolation> problems = ConceptRules.problems(concept, ids, labelMap);
            if (!problems.isEmpty()) {
                rejected.accept(edit, problems);
                continue;
            }
            Concept replaced = ids.put(concept.id(), concept);
            if (replaced != null) {
                replaced.labels().forEach(labelMap::remove);
            }
            concept.labels().forEach(label -> labelMap.put(label, concept));
        }
        return new ConceptVocabulary(ids, labelMap);
    }

    /** The vocabulary in the file's format, without comments: {@link #parse} reads it back as it is. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Concept concept : byId.values()) {
            text.append(concept.id()).append('\t').append(concept.type()).append('\t').append(concept.preferredLabel())
                    .append('\t').append(concept.broader().orElse(NO_BROADER)).append('\t')
                    .append(String.join("|", concept.altLabels())).append('\n');
        }
        return text.toString();
    }

    private static final class Holder {
        private static final ConceptVocabulary VOCABULARY = fromResource(RESOURCE);
    }
}
