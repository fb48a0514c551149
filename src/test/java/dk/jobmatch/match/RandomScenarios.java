package dk.jobmatch.match;

import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random needs and citizens as contract JSON bodies, biased towards the edges that matter: few
 * codes from small pools (so conflicts and lifts happen often), overlapping hour ranges, distances
 * around the travel limit. Capacity (1-3 places a task), the places agreements hold and the hours
 * citizens have committed elsewhere come from a second stream, so adding them left the scenarios
 * of the other draws as they were.
 */
final class RandomScenarios {

    private static final String[] WORDS = {"oprydning", "rengøring", "lager", "plukning", "kørsel", "truckkørsel",
            "opvask", "køkkenhjælp", "pakning", "havearbejde", "sortering", "pedel"};
    private static final double BASE_LAT = 57.44;
    private static final double BASE_LON = 10.53;

    private final Random random;
    private final Random capacity;

    RandomScenarios(long seed) {
        this.random = new Random(seed);
        this.capacity = new Random(~seed);
    }

    Map<String, Object> need() {
        List<Map<String, Object>> tasks = new ArrayList<>();
        int taskCount = 1 + random.nextInt(5);
        double total = 0;
        for (int i = 0; i < taskCount; i++) {
            double hours = (1 + random.nextInt(16)) / 2.0;
            total += hours;
            Map<String, Object> task = new HashMap<>();
            task.put("title", "Opgave " + i + " " + word());
            task.put("hoursPerWeek", hours);
            task.put("competences", List.of(word(), word()));
            task.put("demands", codes(TaskDemand.values(), 3));
            task.put("schedule", codes(TimeSlot.values(), 2));
            task.put("capacity", 1 + capacity.nextInt(3));
            tasks.add(task);
        }
        double min = Math.min(total, random.nextInt(8));
        double max = Math.min(37, Math.max(min + 0.5, min + random.nextInt(15)));
        Map<String, Object> need = new HashMap<>();
        need.put("title", "Behov " + word());
        need.put("placementType", random.nextBoolean() ? "REKRUTTERING" : "TRAENING");
        need.put("tasks", tasks);
        need.put("nonNegotiables", codes(new Qualification[] {Qualification.DRIVING_LICENCE_B,
                Qualification.DANISH_SPOKEN, Qualification.FORKLIFT_CERTIFICATE}, 2));
        need.put("flexibilities", codes(Flexibility.values(), 2));
        need.put("hoursPerWeek", Map.of("min", min, "max", max));
        need.put("status", random.nextInt(6) == 0 ? "PAUSED" : "OPEN");
        return need;
    }

    Map<String, Object> location() {
        return Map.of("postcode", "9900", "city", "Frederikshavn",
                "lat", BASE_LAT + (random.nextDouble() - 0.5) * 0.6, "lon", BASE_LON + (random.nextDouble() - 0.5) * 0.9);
    }

    Map<String, Object> citizen(String externalRef) {
        double min = random.nextInt(12) / 2.0;
        double max = Math.min(37, min + 0.5 + random.nextInt(16) / 2.0);
        Map<String, Object> citizen = new HashMap<>();
        citizen.put("externalRef", externalRef);
        citizen.put("competences", List.of(word(), word()));
        citizen.put("qualifications", codes(new Qualification[] {Qualification.DRIVING_LICENCE_B,
                Qualification.DANISH_SPOKEN, Qualification.FORKLIFT_CERTIFICATE}, 3));
        citizen.put("accommodations", codes(Accommodation.values(), 3));
        citizen.put("hoursPerWeek", Map.of("min", min, "max", max));
        citizen.put("consent", random.nextInt(8) != 0);
        if (random.nextInt(5) != 0) {
            citizen.put("location", location());
            citizen.put("maxTravelKm", (double) (5 + random.nextInt(30)));
        }
        return citizen;
    }

    /**
     * How many current agreements hold a task with this capacity: 0 up to all of its places, as
     * agreements would (they never hold more). Two in three tasks are held by nobody, as in a
     * need nobody has been placed in yet, so matches stay common; a full task is still frequent.
     */
    int held(int places) {
        return capacity.nextInt(3) != 0 ? 0 : capacity.nextInt(places + 1);
    }

    /**
     * The hours a citizen's other current agreements take, in half-hours from 0 up to their whole
     * maximum (an agreement never takes them above it); two in three have none, as most citizens do.
     */
    double committed(double max) {
        return capacity.nextInt(3) != 0 ? 0 : capacity.nextInt((int) Math.round(max * 2) + 1) / 2.0;
    }

    /** A die for the tests' own choices (which pairs get agreements), from the same seed. */
    Random choices() {
        return capacity;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private <E extends Enum<E>> List<String> codes(E[] pool, int max) {
        Set<String> chosen = new HashSet<>();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            chosen.add(pool[random.nextInt(pool.length)].name());
        }
        return List.copyOf(chosen);
    }

    @SuppressWarnings("unchecked")
    static ContractRules.NeedSpec needSpec(Map<String, Object> need, List<String> taskIds, Map<String, Object> location) {
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) need.get("tasks");
        List<ContractRules.TaskSpec> specs = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Set<String> codes = new HashSet<>((List<String>) tasks.get(i).getOrDefault("demands", List.of()));
            codes.addAll((List<String>) tasks.get(i).getOrDefault("schedule", List.of()));
            // Nobody holds a task yet; the tests add the holds of the agreements they make up or create.
            specs.add(new ContractRules.TaskSpec(taskIds.get(i), ((Number) tasks.get(i).get("hoursPerWeek")).doubleValue(), codes,
                    ((Number) tasks.get(i).getOrDefault("capacity", 1)).intValue(), 0));
        }
        Map<String, Object> hours = (Map<String, Object>) need.get("hoursPerWeek");
        return new ContractRules.NeedSpec((String) need.getOrDefault("status", "OPEN"), ((Number) hours.get("min")).doubleValue(),
                ((Number) hours.get("max")).doubleValue(), Set.copyOf((List<String>) need.getOrDefault("nonNegotiables", List.of())),
                Set.copyOf((List<String>) need.getOrDefault("flexibilities", List.of())), specs,
                location == null ? null : ((Number) location.get("lat")).doubleValue(),
                location == null ? null : ((Number) location.get("lon")).doubleValue());
    }

    @SuppressWarnings("unchecked")
    static ContractRules.CitizenSpec citizenSpec(Map<String, Object> citizen) {
        Map<String, Object> hours = (Map<String, Object>) citizen.get("hoursPerWeek");
        Map<String, Object> location = (Map<String, Object>) citizen.get("location");
        return new ContractRules.CitizenSpec(Boolean.TRUE.equals(citizen.get("consent")), ((Number) hours.get("min")).doubleValue(),
                ((Number) hours.get("max")).doubleValue(), Set.copyOf((List<String>) citizen.getOrDefault("qualifications", List.of())),
                Set.copyOf((List<String>) citizen.getOrDefault("accommodations", List.of())),
                location == null ? null : ((Number) location.get("lat")).doubleValue(),
                location == null ? null : ((Number) location.get("lon")).doubleValue(),
                citizen.get("maxTravelKm") == null ? null : ((Number) citizen.get("maxTravelKm")).doubleValue());
    }
}
