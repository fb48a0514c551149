package dk.jobmatch.match;

import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptRelations;
import dk.jobmatch.vocabulary.ConceptTerms;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptVocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * How much two concepts of the vocabulary have in common, as a share of a competence: the same
 * concept counts fully (that is a shared term, see {@link CompetenceFit}); one within the other
 * ("vinduespudsning" within "rengøring") {@value #WITHIN}; an occupation and a concept under the
 * same DISCO-08 unit group ("pædagogmedhjælper" and "børnepasning", both 5311) {@value #UNIT_GROUP}:
 * a trade title against the work it names. An occupation and a competence that is, or is within,
 * one of its essential competences ({@link ConceptRelations}: "pædagogmedhjælper" and "leg med
 * børn") {@value #ESSENTIAL}: the title names that work, whatever the DISCO filing. Nothing for two competences that only share a unit
 * group, nor for the same trade alone. The amounts were measured on both quality sets
 * (docs/matching-quality.md): more credit found more mismatch pairs but ranked the labelled set's
 * best citizens below ones with only related words. DISCO groups themselves never count as
 * "within": every occupation is within its major group.
 */
final class ConceptCredit {

    static final double WITHIN = 0.5;
    static final double UNIT_GROUP = 0.25;
    static final double ESSENTIAL = 0.5;
    private static final String DISCO = "disco";
    /** Every credit a pair can earn, by code; code 0: not worked out yet. */
    private static final double[] SHARES = {Double.NaN, 0, UNIT_GROUP, WITHIN, ESSENTIAL, 1};

    private final ConceptVocabulary vocabulary;
    private final ConceptRelations relations;
    private final Map<String, Set<String>> ancestors = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> units = new ConcurrentHashMap<>();
    /**
     * Every concept of the vocabulary and of the relations, numbered in that order: a pair of
     * numbered concepts has its credit in {@link #rows}. Any other id earns 1 from itself and 0
     * from every other concept (it has no broader concept, unit group or relation).
     */
    private final String[] ids;
    private final Map<String, Integer> numbers = new HashMap<>();
    /**
     * Per wanted concept (by number), the credit of each concept as a code ({@link #SHARES}), worked
     * out on first use: a match request compares every wanted concept with every concept of 150
     * profiles, and the same pairs recur. Bounded by the vocabulary (this object is replaced with it).
     */
    private final AtomicReferenceArray<byte[]> rows;
    /** Each concept with the concepts it earns {@value #ESSENTIAL} with through the relations, either way. */
    private final Map<String, Set<String>> essentiallyRelated = new HashMap<>();
    private volatile Map<String, Integer> tradesByWord;

    ConceptCredit(ConceptVocabulary vocabulary, ConceptRelations relations) {
        this.vocabulary = vocabulary;
        this.relations = relations;
        vocabulary.concepts().forEach(concept -> numbers.putIfAbsent(concept.id(), numbers.size()));
        relations.all().forEach((occupation, competences) -> {
            numbers.putIfAbsent(occupation, numbers.size());
            competences.forEach(competence -> numbers.putIfAbsent(competence, numbers.size()));
        });
        this.ids = new String[numbers.size()];
        numbers.forEach((id, number) -> ids[number] = id);
        this.rows = new AtomicReferenceArray<>(ids.length);
        relations.all().forEach((occupation, competences) -> competences.forEach(competence ->
                vocabulary.byId(competence).ifPresent(top -> withNarrower(top).forEach(covered -> {
                    essentiallyRelated.computeIfAbsent(occupation, k -> new TreeSet<>()).add(covered);
                    essentiallyRelated.computeIfAbsent(covered, k -> new TreeSet<>()).add(occupation);
                }))));
    }

    private List<String> withNarrower(Concept concept) {
        List<String> all = new ArrayList<>();
        all.add(concept.id());
        vocabulary.narrower(concept).forEach(child -> all.addAll(withNarrower(child)));
        return all;
    }

    /**
     * The concepts related to this one through an occupation's essential competences (for an
     * occupation, every concept within its competences; for a competence, the occupations whose
     * competences hold it), in id order: what retrieval adds so such candidates reach the pool.
     */
    Set<String> essentiallyRelated(String id) {
        return essentiallyRelated.getOrDefault(id, Set.of());
    }

    /**
     * For each word term of the vocabulary's labels (analysed by {@code terms}, as text is), how many
     * trades (the id's first part; DISCO groups left out) have a label holding it: {@link TextFit}'s
     * weight. Worked out once per vocabulary, on first use.
     */
    Map<String, Integer> tradesByWord(Function<String, Set<String>> terms) {
        Map<String, Integer> known = tradesByWord;
        if (known == null) {
            Map<String, Set<String>> byWord = new HashMap<>();
            vocabulary.labels().forEach((label, concept) -> {
                String trade = PhraseCredit.trade(concept.id());
                if (!trade.equals(DISCO)) {
                    terms.apply(label).stream().filter(term -> ConceptTerms.idOf(term) == null)
                            .forEach(word -> byWord.computeIfAbsent(word, k -> new HashSet<>()).add(trade));
                }
            });
            Map<String, Integer> counted = new HashMap<>();
            byWord.forEach((word, trades) -> counted.put(word, trades.size()));
            known = Map.copyOf(counted);
            tradesByWord = known;
        }
        return known;
    }

    static ConceptCredit danish() {
        return Holder.DANISH;
    }

    /** The credit for a wanted concept {@code a} when the profile names {@code b}: 0 to 1. */
    double of(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int numberA = number(a);
        int numberB = number(b);
        return numberA < 0 || numberB < 0 ? 0 : of(numberA, numberB);
    }

    /** The best credit a wanted concept {@code a} earns from any of the profile's {@code own}: 0 to 1. */
    double best(String a, Collection<String> own) {
        double best = 0;
        for (String b : own) {
            best = Math.max(best, of(a, b));
        }
        return best;
    }

    /** A concept's number, -1 for an id this credit does not number. */
    int number(String id) {
        Integer number = numbers.get(id);
        return number == null ? -1 : number;
    }

    /** Each id's number ({@link #number}), in order; -1 for null. */
    int[] numbers(List<String> ids) {
        int[] found = new int[ids.size()];
        for (int i = 0; i < found.length; i++) {
            String id = ids.get(i);
            found[i] = id == null ? -1 : number(id);
        }
        return found;
    }

    /** The concept numbered {@code number}. */
    String id(int number) {
        return ids[number];
    }

    /** How many concepts this credit numbers. */
    int size() {
        return ids.length;
    }

    /** {@link #of(String, String)} by number: both numbered (0 or more). */
    double of(int a, int b) {
        if (a == b) {
            return 1;
        }
        byte[] row = rows.get(a);
        if (row == null) {
            rows.compareAndSet(a, null, new byte[ids.length]);
            row = rows.get(a);
        }
        // Written without locking: a code is one byte, the same whoever works it out, so a thread
        // that does not see another's code yet only works it out again.
        byte code = row[b];
        if (code == 0) {
            code = code(related(ids[a], ids[b]));
            row[b] = code;
        }
        return SHARES[code];
    }

    /** {@link #best(String, Collection)} by number: {@code a} numbered, {@code own} as {@link #numbers} gives them. */
    double best(int a, int[] own) {
        double best = 0;
        for (int b : own) {
            if (b >= 0) {
                best = Math.max(best, of(a, b));
            }
        }
        return best;
    }

    private static byte code(double share) {
        for (int code = 1; code < SHARES.length; code++) {
            if (SHARES[code] == share) {
                return (byte) code;
            }
        }
        throw new IllegalStateException("no code for the credit " + share);
    }

    /** The rules themselves, worked out afresh for every call: what the kept credits must equal (tests). */
    double rule(String a, String b) {
        return a.equals(b) ? 1 : related(a, b);
    }

    private double related(String a, String b) {
        double related = 0;
        if (ancestors(a).contains(b) || ancestors(b).contains(a)) {
            related = WITHIN;
        }
        if (essential(a, b) || essential(b, a)) {
            related = Math.max(related, ESSENTIAL);
        }
        if (related > 0) {
            return related;
        }
        if (!isOccupation(a) && !isOccupation(b)) {
            return 0; // two competences of one trade are not the same work
        }
        Optional<String> unit = unit(a);
        if (unit.isPresent() && unit.equals(unit(b))) {
            return UNIT_GROUP;
        }
        return 0;
    }

    /** Whether {@code competence} is, or is within, one of the essential competences of {@code occupation}. */
    private boolean essential(String occupation, String competence) {
        Set<String> essential = relations.essentialOf(occupation);
        return !essential.isEmpty() && (essential.contains(competence)
                || ancestors(competence).stream().anyMatch(essential::contains));
    }

    /** A concept's preferred label (the id if the vocabulary does not know it). */
    String label(String id) {
        return vocabulary.byId(id).map(Concept::preferredLabel).orElse(id);
    }

    private boolean isOccupation(String id) {
        return vocabulary.byId(id).map(concept -> concept.type() == ConceptType.OCCUPATION).orElse(false);
    }

    /** The broader concepts of a concept that are not DISCO groups. */
    private Set<String> ancestors(String id) {
        return ancestors.computeIfAbsent(id, key -> {
            Set<String> found = new HashSet<>();
            vocabulary.byId(key).ifPresent(concept -> vocabulary.broaderChain(concept).stream()
                    .map(Concept::id).filter(parent -> !parent.startsWith(DISCO + ".")).forEach(found::add));
            return Set.copyOf(found);
        });
    }

    /** The nearest DISCO-08 unit group (four digits) a concept is filed under, itself included. */
    private Optional<String> unit(String id) {
        return units.computeIfAbsent(id, key -> vocabulary.byId(key).flatMap(concept -> {
            if (isUnitGroup(concept.id())) {
                return Optional.of(concept.id());
            }
            return vocabulary.broaderChain(concept).stream().map(Concept::id).filter(ConceptCredit::isUnitGroup).findFirst();
        }));
    }

    private static boolean isUnitGroup(String id) {
        return id.startsWith(DISCO + ".") && id.length() == DISCO.length() + 1 + 4;
    }

    private static final class Holder {
        private static final ConceptCredit DANISH = new ConceptCredit(ConceptVocabulary.danish(),
                ConceptRelations.danish());
    }
}
