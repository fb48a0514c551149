package dk.jobmatch.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Where the synthetic data's words come from ({@code -Dbench.data}). The two differ in how many
 * words a need shares with the profiles, which decides how many profiles every word-based query
 * (the floor, the pool, PostgreSQL's) must visit:
 * <ul>
 *   <li>{@code words} (the default, every run before 2026-11-28): 40 task words and 12 titles for
 *       every trade alike, so almost every profile in a need's travel area shares a word with it.</li>
 *   <li>{@code trades}: each need and citizen belongs to one trade (a third of them to a second
 *       one too) and writes that trade's competences and titles as the concept vocabulary spells
 *       them, preferred or alternative label, sometimes a general competence. A need then shares
 *       words mostly with the profiles of its own trades, as on a job centre's real caseload.</li>
 * </ul>
 */
sealed interface Phrasing {

    /** The words of one need or one citizen: call once per entity, then draw from it. */
    Draw start(Random random);

    /** A short name for the benchmark's rows and data directory. */
    String name();

    interface Draw {
        /** A competence or task word. */
        String competence();

        /** A trade title (a job goal, the start of a need's title). */
        String occupation();
    }

    static Phrasing fromProperty() {
        String name = System.getProperty("bench.data", "words");
        return switch (name) {
            case "words" -> new Words();
            case "trades" -> Trades.load();
            default -> throw new IllegalArgumentException("bench.data is words or trades, not " + name);
        };
    }

    /** The first benchmark's pool: one list for every trade. Draws nothing up front, so the data is what it was. */
    record Words() implements Phrasing {

        static final List<String> WORDS = List.of("oprydning", "rengøring", "lagerarbejde", "plukning", "pakning",
                "truckkørsel", "kørsel", "udbringning", "opvask", "køkkenhjælp", "kantine", "havearbejde", "gartner",
                "parkarbejde", "pedel", "vedligeholdelse", "vaskeri", "montage", "produktion", "sortering",
                "affaldssortering", "genbrug", "butik", "varepåfyldning", "ekspedition", "kundeservice", "kontor",
                "scanning", "arkiv", "dyrehold", "landbrug", "stald", "maling", "flytning", "bilvask", "vinduespudsning",
                "snerydning", "madlavning", "servering", "emballering");
        static final List<String> TITLES = List.of("Lagermedarbejder", "Chauffør", "Køkkenhjælper", "Gartner",
                "Pedel", "Rengøringsassistent", "Butiksmedarbejder", "Produktionsmedarbejder", "Kontorassistent",
                "Staldmedhjælper", "Vaskerimedarbejder", "Flyttemand");

        @Override
        public Draw start(Random random) {
            return new Draw() {
                @Override
                public String competence() {
                    return WORDS.get(random.nextInt(WORDS.size()));
                }

                @Override
                public String occupation() {
                    return TITLES.get(random.nextInt(TITLES.size()));
                }
            };
        }

        @Override
        public String name() {
            return "words";
        }
    }

    /**
     * Trades with rough weights for where flexjob, ressourceforløb and aktivitetsparate citizens
     * are placed (the reports in shared/reports: cleaning, retail, warehouse and kitchens most
     * often). Within a trade the concepts are drawn as people write, a few often and most rarely:
     * Zipf's law over the file's order, which lists each trade's main work first ("rengøring"
     * before "facaderens").
     */
    record Trades(List<String> trades, double[] cumulative, Map<String, Concepts> competences,
                  Map<String, Concepts> occupations, Concepts general) implements Phrasing {

        private static final Map<String, Integer> WEIGHTS = weights("cleaning", 12, "retail", 10, "warehouse", 10,
                "kitchen", 10, "care", 8, "green", 8, "transport", 7, "office", 7, "manufacturing", 7, "childcare", 6,
                "crafts", 5, "auto", 4, "recycling", 4, "hotel", 3, "laundry", 3);
        private static final double SECOND_TRADE = 1 / 3.0;
        private static final double GENERAL = 0.1;
        private static final double PREFERRED = 0.5;

        static Trades load() {
            Map<String, List<List<String>>> competences = new LinkedHashMap<>();
            Map<String, List<List<String>>> occupations = new LinkedHashMap<>();
            for (String line : resourceLines()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String trade = columns[0].substring(0, columns[0].indexOf('.'));
                List<String> labels = new ArrayList<>();
                labels.add(columns[2].strip());
                if (columns.length > 4) {
                    Arrays.stream(columns[4].split("\\|")).map(String::strip).filter(l -> !l.isEmpty()).forEach(labels::add);
                }
                Map<String, List<List<String>>> byTrade = "OCCUPATION".equals(columns[1]) ? occupations : competences;
                byTrade.computeIfAbsent(trade, t -> new ArrayList<>()).add(List.copyOf(labels));
            }
            return of(competences, occupations);
        }

        private static Trades of(Map<String, List<List<String>>> competences,
                                 Map<String, List<List<String>>> occupations) {
            List<String> trades = List.copyOf(WEIGHTS.keySet());
            double[] cumulative = new double[trades.size()];
            double sum = 0;
            for (int i = 0; i < trades.size(); i++) {
                if (!competences.containsKey(trades.get(i)) || !occupations.containsKey(trades.get(i))) {
                    throw new IllegalStateException("the vocabulary has no concepts for the trade " + trades.get(i));
                }
                sum += WEIGHTS.get(trades.get(i));
                cumulative[i] = sum;
            }
            Map<String, Concepts> competenceConcepts = new LinkedHashMap<>();
            Map<String, Concepts> occupationConcepts = new LinkedHashMap<>();
            competences.forEach((trade, concepts) -> competenceConcepts.put(trade, Concepts.zipf(concepts)));
            occupations.forEach((trade, concepts) -> occupationConcepts.put(trade, Concepts.zipf(concepts)));
            return new Trades(trades, cumulative, competenceConcepts, occupationConcepts,
                    competenceConcepts.get("general"));
        }

        @Override
        public Draw start(Random random) {
            String main = trade(random);
            String second = random.nextDouble() < SECOND_TRADE ? trade(random) : main;
            return new Draw() {
                @Override
                public String competence() {
                    if (random.nextDouble() < GENERAL) {
                        return general.label(random);
                    }
                    return competences.get(random.nextInt(3) == 0 ? second : main).label(random);
                }

                @Override
                public String occupation() {
                    return occupations.get(main).label(random);
                }
            };
        }

        @Override
        public String name() {
            return "trades";
        }

        private String trade(Random random) {
            return trades.get(draw(cumulative, random));
        }

        /** An index drawn with the weights whose running sums are {@code cumulative}. */
        private static int draw(double[] cumulative, Random random) {
            double point = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = 0;
            while (cumulative[i] <= point) {
                i++;
            }
            return i;
        }

        /** One trade's concepts, each a list of its labels (the preferred one first), with Zipf weights. */
        record Concepts(List<List<String>> labels, double[] cumulative) {

            static Concepts zipf(List<List<String>> labels) {
                double[] cumulative = new double[labels.size()];
                double sum = 0;
                for (int rank = 0; rank < cumulative.length; rank++) {
                    sum += 1.0 / (rank + 1);
                    cumulative[rank] = sum;
                }
                return new Concepts(List.copyOf(labels), cumulative);
            }

            /** The preferred label half the time, else one of the alternatives (trade titles, inflections, misspellings). */
            String label(Random random) {
                List<String> concept = labels.get(draw(cumulative, random));
                return random.nextDouble() < PREFERRED || concept.size() == 1
                        ? concept.getFirst() : concept.get(1 + random.nextInt(concept.size() - 1));
            }
        }

        private static Map<String, Integer> weights(Object... pairs) {
            Map<String, Integer> weights = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                weights.put((String) pairs[i], (Integer) pairs[i + 1]);
            }
            return weights;
        }

        private static List<String> resourceLines() {
            try (InputStream in = Phrasing.class.getResourceAsStream("/vocabulary/concepts-da.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("vocabulary/concepts-da.tsv is not on the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
