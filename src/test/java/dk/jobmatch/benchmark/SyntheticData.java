package dk.jobmatch.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Deterministic synthetic employers, needs and citizens across Denmark. Needs and citizens come in
 * the contract's JSON, so the benchmark loads them through the NDJSON bulk import (and measures
 * it); employers, which have no bulk import, go straight into their table. Codes follow rough
 * real-world frequencies: most citizens speak Danish, about half drive, a third have
 * accommodations; most needs are open. The words come from a {@link Phrasing}.
 */
final class SyntheticData {

    record Town(String postcode, String name, double lat, double lon) {
    }

    static final List<Town> TOWNS = List.of(
            new Town("1000", "København", 55.676, 12.568), new Town("8000", "Aarhus", 56.157, 10.211),
            new Town("5000", "Odense", 55.403, 10.402), new Town("9000", "Aalborg", 57.048, 9.919),
            new Town("6700", "Esbjerg", 55.476, 8.459), new Town("8900", "Randers", 56.460, 10.037),
            new Town("6000", "Kolding", 55.490, 9.472), new Town("8700", "Horsens", 55.861, 9.850),
            new Town("7100", "Vejle", 55.709, 9.536), new Town("4000", "Roskilde", 55.642, 12.080),
            new Town("7400", "Herning", 56.139, 8.974), new Town("3400", "Hillerød", 55.928, 12.311),
            new Town("8800", "Viborg", 56.453, 9.402), new Town("4700", "Næstved", 55.230, 11.760),
            new Town("7500", "Holstebro", 56.360, 8.616), new Town("9900", "Frederikshavn", 57.441, 10.537),
            new Town("7700", "Thisted", 56.957, 8.694), new Town("4800", "Nykøbing F", 54.766, 11.874),
            new Town("3700", "Rønne", 55.101, 14.706), new Town("6200", "Aabenraa", 55.044, 9.418));
    private static final String[] QUALIFICATIONS = {"DRIVING_LICENCE_B", "DRIVING_LICENCE_C", "FORKLIFT_CERTIFICATE",
            "DANISH_SPOKEN", "DANISH_WRITTEN", "ENGLISH_SPOKEN", "CRIMINAL_RECORD_CLEAN", "CHILD_RECORD_CLEAN",
            "FOOD_HYGIENE_CERTIFICATE", "FIRST_AID", "SAFETY_SHOES_ABLE"};
    private static final double[] HELD = {0.55, 0.05, 0.1, 0.85, 0.5, 0.3, 0.4, 0.1, 0.1, 0.15, 0.35};
    private static final double[] REQUIRED = {0.25, 0.02, 0.06, 0.3, 0.05, 0.02, 0.08, 0.03, 0.05, 0.03, 0.1};
    private static final String[] ACCOMMODATIONS = {"NO_HEAVY_LIFTING", "LIMITED_STANDING", "NO_CUSTOMER_CONTACT",
            "QUIET_ENVIRONMENT", "NO_TIME_PRESSURE", "WORKS_ALONE", "FIXED_ROUTINE", "NO_DRIVING", "SHORT_SHIFTS",
            "NO_EARLY_MORNING", "NO_EVENING_NIGHT", "NO_WEEKEND", "INDOOR_ONLY"};
    private static final String[] DEMANDS = {"HEAVY_LIFTING", "PROLONGED_STANDING", "CUSTOMER_CONTACT",
            "NOISY_ENVIRONMENT", "TIME_PRESSURE", "CLOSE_TEAMWORK", "VARIED_UNPREDICTABLE", "DRIVING", "LONG_SHIFTS",
            "OUTDOOR_WORK"};
    private static final String[] SLOTS = {"EARLY_MORNING", "MORNING", "DAYTIME", "EVENING", "NIGHT", "WEEKEND"};
    private static final String[] FLEXIBILITIES = {"REDUCED_PACE", "QUIET_WORKSPACE", "WORK_ALONE_POSSIBLE",
            "LIFTING_AIDS", "SEATED_WORK_POSSIBLE", "FLEXIBLE_HOURS", "GRADUAL_START", "MENTOR_AVAILABLE",
            "BREAKS_AS_NEEDED"};
    private static final String[] GROUPS = {"FLEKSJOB", "FLEKSJOB", "RESSOURCEFORLOEB", "AKTIVITETSPARAT",
            "AKTIVITETSPARAT", "JOBPARAT", "SYGEDAGPENGE", "INTEGRATION", "OTHER"};
    private static final int BATCH = 2_000;

    private final Random random;
    private final Phrasing phrasing;
    private final Timestamp now = Timestamp.from(Instant.parse("2026-11-01T08:00:00Z"));

    SyntheticData(long seed, Phrasing phrasing) {
        this.random = new Random(seed);
        this.phrasing = phrasing;
    }

    /** Employers straight into their table (there is no bulk import for them); returns their ids. */
    List<String> writeEmployers(Connection connection, int employers) throws SQLException {
        connection.setAutoCommit(false);
        List<String> employerIds = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO employer (id, name, cvr, company_size,"
                + " work_culture, postcode, city, lat, lon, contact_name, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < employers; i++) {
                Town town = pick(TOWNS);
                String id = uuid();
                employerIds.add(id);
                insert.setString(1, id);
                insert.setString(2, "Virksomhed " + i);
                insert.setString(3, String.format("%08d", 10_000_000 + i));
                insert.setString(4, new String[] {"MICRO", "SMALL", "SMALL", "MEDIUM", "LARGE"}[random.nextInt(5)]);
                insert.setString(5, random.nextBoolean() ? "Rolig arbejdsplads med fast makker" : "Travlt og socialt");
                insert.setString(6, town.postcode());
                insert.setString(7, town.name());
                insert.setDouble(8, jitter(town.lat(), 0.08));
                insert.setDouble(9, jitter(town.lon(), 0.12));
                insert.setString(10, "Kontaktperson " + i);
                insert.setTimestamp(11, now);
                batch(insert, i);
            }
            insert.executeBatch();
        }
        connection.commit();
        return employerIds;
    }

    /** A need with 3-8 tasks for one of the employers, in the contract's JSON, as a bulk import line. */
    Map<String, Object> need(List<String> employerIds) {
        Phrasing.Draw words = phrasing.start(random);
        int count = 3 + random.nextInt(6);
        double total = 0;
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            double hours = (1 + random.nextInt(12)) / 2.0;
            total += hours;
            String word = words.competence();
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("title", capitalise(word));
            task.put("hoursPerWeek", hours);
            task.put("competences", distinct(word, words.competence()));
            task.put("demands", codes(DEMANDS, 2, 0.5));
            task.put("schedule", codes(SLOTS, 2, 0.6));
            tasks.add(task);
        }
        double min = Math.min(total, random.nextInt(8));
        Map<String, Object> need = new LinkedHashMap<>();
        need.put("employerId", pick(employerIds));
        need.put("title", capitalise(words.occupation()) + " til " + words.competence());
        need.put("placementType", new String[] {"AFKLARING", "TRAENING", "REKRUTTERING", "ORDINARY"}[random.nextInt(4)]);
        need.put("status", random.nextDouble() < 0.85 ? "OPEN" : "PAUSED");
        need.put("hoursPerWeek", Map.of("min", min, "max", Math.min(37, Math.max(min + 2, total))));
        need.put("nonNegotiables", weighted(QUALIFICATIONS, REQUIRED));
        need.put("flexibilities", codes(FLEXIBILITIES, 3, 0.5));
        need.put("tasks", tasks);
        return need;
    }

    /** A citizen's profile in the contract's JSON, as a bulk import line. */
    Map<String, Object> citizen(int i) {
        Phrasing.Draw words = phrasing.start(random);
        Town town = pick(TOWNS);
        double min = (2 + random.nextInt(17)) / 2.0;
        List<String> competences = distinct(words.competence(), words.competence(), words.competence());
        Map<String, Object> citizen = new LinkedHashMap<>();
        citizen.put("externalRef", "syn-" + i);
        citizen.put("displayName", "Borger " + i);
        citizen.put("targetGroup", pick(List.of(GROUPS)));
        citizen.put("competences", competences);
        citizen.put("experience", "Erfaring med " + competences.getFirst() + " og " + words.competence()
                + (FREE_TEXT ? freeText() : ""));
        citizen.put("qualifications", weighted(QUALIFICATIONS, HELD));
        citizen.put("accommodations", random.nextDouble() < 0.35 ? codes(ACCOMMODATIONS, 3, 1.0) : List.of());
        citizen.put("hoursPerWeek", Map.of("min", min, "max", Math.min(37, min + (1 + random.nextInt(24)) / 2.0)));
        if (random.nextBoolean()) {
            citizen.put("effectivenessPercent", 50 + 5 * random.nextInt(11));
        }
        citizen.put("location", Map.of("postcode", town.postcode(), "lat", jitter(town.lat(), 0.1),
                "lon", jitter(town.lon(), 0.15)));
        citizen.put("maxTravelKm", 10 + random.nextInt(41));
        citizen.put("consent", random.nextDouble() < 0.9);
        citizen.put("jobGoals", List.of(Map.of("priority", "A", "title", capitalise(words.occupation()))));
        return citizen;
    }

    /**
     * With {@code -Dbench.freeText=true} a citizen's experience also holds a sentence of everyday
     * words, as a consultant's free text does, so it recurs in no other profile (off by default: the
     * runs recorded in docs/performance.md are without it, and its draws would change the data).
     */
    private static final boolean FREE_TEXT = Boolean.getBoolean("bench.freeText");
    private static final String[] EVERYDAY = {"har", "arbejdet", "med", "kunder", "i", "en", "butik", "på", "lager",
            "om", "morgenen", "weekenden", "sammen", "kolleger", "gerne", "vil", "lære", "mere", "travlt", "roligt",
            "tempo", "hjemme", "bil", "cykel", "frivillig", "klub", "forening", "køkken", "haven", "familien",
            "skole", "kursus", "ryg", "skuldre", "pauser", "hold", "vagter", "kort", "dage", "trives"};

    private String freeText() {
        StringBuilder sentence = new StringBuilder(". Har");
        for (int n = 8 + random.nextInt(8); n > 0; n--) {
            sentence.append(' ').append(EVERYDAY[random.nextInt(EVERYDAY.length)]);
        }
        return sentence.append(" i ").append(1 + random.nextInt(30)).append(" år.").toString();
    }

    private void batch(PreparedStatement statement, int i) throws SQLException {
        statement.addBatch();
        if (i % BATCH == BATCH - 1) {
            statement.executeBatch();
        }
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private double jitter(double value, double spread) {
        return value + (random.nextDouble() - 0.5) * spread;
    }

    private List<String> distinct(String... words) {
        return List.copyOf(new LinkedHashSet<>(List.of(words)));
    }

    private List<String> codes(String[] pool, int max, double chance) {
        Set<String> chosen = new LinkedHashSet<>();
        if (random.nextDouble() < chance) {
            int count = 1 + random.nextInt(max);
            for (int i = 0; i < count; i++) {
                chosen.add(pool[random.nextInt(pool.length)]);
            }
        }
        return List.copyOf(chosen);
    }

    private List<String> weighted(String[] codes, double[] chances) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            if (random.nextDouble() < chances[i]) {
                chosen.add(codes[i]);
            }
        }
        return chosen;
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
