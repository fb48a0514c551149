package dk.jobmatch.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Realistic request bodies, from the Frederikshavn carpentry case in the domain reports. */
public final class TestData {

    private TestData() {
    }

    /** A well-formed CVR number, different in each call (in practice). */
    public static String randomCvr() {
        return String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    public static Map<String, Object> employer(String name, String cvr) {
        return new HashMap<>(Map.of(
                "name", name,
                "cvr", cvr,
                "industry", "Byggeri",
                "size", "SMALL",
                "workCulture", "Lille hold, fast makker, rolig formiddag",
                "location", Map.of("postcode", "9900", "city", "Frederikshavn", "lat", 57.441, "lon", 10.537),
                "contactPerson", Map.of("name", "Lars Jensen", "phone", "+4598000000", "email", "lars@example.dk")));
    }

    public static Map<String, Object> cleanUpTask() {
        return new HashMap<>(Map.of(
                "title", "Oprydning på byggepladsen",
                "description", "Feje, samle affald, sortere",
                "hoursPerWeek", 6,
                "competences", List.of("oprydning", "affaldssortering"),
                "demands", List.of("PROLONGED_STANDING"),
                "schedule", List.of("MORNING")));
    }

    public static Map<String, Object> landfillTask() {
        return new HashMap<>(Map.of(
                "title", "Kørsel til genbrugsplads",
                "hoursPerWeek", 4,
                "competences", List.of("kørsel"),
                "demands", List.of("DRIVING", "HEAVY_LIFTING"),
                "schedule", List.of("DAYTIME")));
    }

    public static Map<String, Object> need() {
        return need("Oprydning og kørsel på byggepladser", cleanUpTask(), landfillTask());
    }

    @SafeVarargs
    public static Map<String, Object> need(String title, Map<String, Object>... tasks) {
        return new HashMap<>(Map.of(
                "title", title,
                "description", "Frigjorte opgaver fra tømrerne",
                "placementType", "REKRUTTERING",
                "tasks", new ArrayList<>(List.of(tasks)),
                "nonNegotiables", List.of("DRIVING_LICENCE_B"),
                "flexibilities", List.of("FLEXIBLE_HOURS", "GRADUAL_START"),
                "hoursPerWeek", Map.of("min", 5, "max", 15),
                "status", "OPEN"));
    }

    public static Map<String, Object> task(String title, double hours, String... competences) {
        return new HashMap<>(Map.of("title", title, "hoursPerWeek", hours, "competences", List.of(competences)));
    }

    /** A pseudonymous case reference, different in each call. */
    public static String randomExternalRef() {
        return "sag-2026-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** The contract's example profile: a flexjob citizen with a warehouse background. */
    public static Map<String, Object> citizen(String externalRef) {
        Map<String, Object> citizen = new HashMap<>();
        citizen.put("externalRef", externalRef);
        citizen.put("displayName", "Borger 417");
        citizen.put("targetGroup", "FLEKSJOB");
        citizen.put("competences", List.of("lagerarbejde", "truckkørsel", "oprydning"));
        citizen.put("experience", "10 år på lager, senest plukker");
        citizen.put("jobGoals", List.of(Map.of("priority", "A", "title", "Lagermedarbejder"),
                Map.of("priority", "B", "title", "Chauffør")));
        citizen.put("qualifications", List.of("DRIVING_LICENCE_B", "DANISH_SPOKEN"));
        citizen.put("accommodations", List.of("NO_HEAVY_LIFTING", "QUIET_ENVIRONMENT"));
        citizen.put("accommodationNotes", "Ryg: max 10 kg. Pauser efter behov.");
        citizen.put("hoursPerWeek", Map.of("min", 6, "max", 10));
        citizen.put("effectivenessPercent", 75);
        citizen.put("location", Map.of("postcode", "9900", "lat", 57.44, "lon", 10.53));
        citizen.put("maxTravelKm", 20);
        citizen.put("consent", true);
        return citizen;
    }

    /** A profile with just these competences and experience, for search tests. */
    public static Map<String, Object> citizen(String experience, String... competences) {
        Map<String, Object> citizen = citizen(randomExternalRef());
        citizen.put("competences", List.of(competences));
        citizen.put("experience", experience);
        citizen.put("jobGoals", List.of());
        return citizen;
    }
}
