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
}
