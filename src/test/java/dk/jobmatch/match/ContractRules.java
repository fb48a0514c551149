package dk.jobmatch.match;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's hard constraints written out again, independently of the production code, from
 * the tables in api-contract.md. Tests check every match the service proposes against these.
 * Since v1.1 ("Capacity and commitments") they include what current agreements take: a task with
 * no free place is never carved, and the hours are checked against the range the citizen's other
 * agreements leave. Both are computed here from capacity/held and the committed hours, not with
 * the production helpers, so a slip in those helpers shows up as a broken rule.
 */
final class ContractRules {

    static final Map<String, Set<String>> RULED_OUT = Map.ofEntries(
            Map.entry("NO_HEAVY_LIFTING", Set.of("HEAVY_LIFTING")),
            Map.entry("LIMITED_STANDING", Set.of("PROLONGED_STANDING")),
            Map.entry("NO_CUSTOMER_CONTACT", Set.of("CUSTOMER_CONTACT")),
            Map.entry("QUIET_ENVIRONMENT", Set.of("NOISY_ENVIRONMENT")),
            Map.entry("NO_TIME_PRESSURE", Set.of("TIME_PRESSURE")),
            Map.entry("WORKS_ALONE", Set.of("CLOSE_TEAMWORK")),
            Map.entry("FIXED_ROUTINE", Set.of("VARIED_UNPREDICTABLE")),
            Map.entry("NO_DRIVING", Set.of("DRIVING")),
            Map.entry("SHORT_SHIFTS", Set.of("LONG_SHIFTS")),
            Map.entry("NO_EARLY_MORNING", Set.of("EARLY_MORNING")),
            Map.entry("NO_EVENING_NIGHT", Set.of("EVENING", "NIGHT")),
            Map.entry("NO_WEEKEND", Set.of("WEEKEND")),
            Map.entry("INDOOR_ONLY", Set.of("OUTDOOR_WORK")));

    static final Map<String, Set<String>> LIFTS = Map.of(
            "REDUCED_PACE", Set.of("TIME_PRESSURE"),
            "QUIET_WORKSPACE", Set.of("NOISY_ENVIRONMENT"),
            "WORK_ALONE_POSSIBLE", Set.of("CLOSE_TEAMWORK"),
            "LIFTING_AIDS", Set.of("HEAVY_LIFTING"),
            "SEATED_WORK_POSSIBLE", Set.of("PROLONGED_STANDING"),
            "FLEXIBLE_HOURS", Set.of("EARLY_MORNING", "EVENING", "NIGHT", "WEEKEND"));

    /** A task; {@code held} is how many current agreements hold it (at most {@code capacity} of them). */
    record TaskSpec(String id, double hours, Set<String> demandsAndSlots, int capacity, int held) {

        /** A task as created: one place, nobody on it (the contract's default capacity). */
        TaskSpec(String id, double hours, Set<String> demandsAndSlots) {
            this(id, hours, demandsAndSlots, 1, 0);
        }

        TaskSpec withHeld(int newHeld) {
            return new TaskSpec(id, hours, demandsAndSlots, capacity, newHeld);
        }
    }

    record NeedSpec(String status, double min, double max, Set<String> nonNegotiables, Set<String> flexibilities,
                    List<TaskSpec> tasks, Double lat, Double lon) {

        /** The same need with these hold counts per task id (tasks not named are held by nobody). */
        NeedSpec withHeld(Map<String, Integer> heldByTask) {
            return new NeedSpec(status, min, max, nonNegotiables, flexibilities, tasks.stream()
                    .map(t -> t.withHeld(heldByTask.getOrDefault(t.id(), 0))).toList(), lat, lon);
        }
    }

    /** A citizen; {@code committed} is the sum of the hours their current agreements hold. */
    record CitizenSpec(boolean consent, double min, double max, Set<String> qualifications, Set<String> accommodations,
                       Double lat, Double lon, Double maxTravelKm, double committed) {

        /** A citizen without agreements. */
        CitizenSpec(boolean consent, double min, double max, Set<String> qualifications, Set<String> accommodations,
                    Double lat, Double lon, Double maxTravelKm) {
            this(consent, min, max, qualifications, accommodations, lat, lon, maxTravelKm, 0);
        }

        CitizenSpec withCommitted(double hours) {
            return new CitizenSpec(consent, min, max, qualifications, accommodations, lat, lon, maxTravelKm, hours);
        }
    }

    private ContractRules() {
    }

    static boolean taskAllowed(TaskSpec task, NeedSpec need, CitizenSpec citizen) {
        for (String code : task.demandsAndSlots()) {
            boolean ruledOut = citizen.accommodations().stream()
                    .anyMatch(a -> RULED_OUT.getOrDefault(a, Set.of()).contains(code));
            boolean lifted = need.flexibilities().stream()
                    .anyMatch(f -> LIFTS.getOrDefault(f, Set.of()).contains(code));
            if (ruledOut && !lifted) {
                return false;
            }
        }
        return true;
    }

    /** Capacity rule (v1.1): a task may be carved only while a place is free, available = capacity - held. */
    static boolean placeFree(TaskSpec task) {
        return task.capacity() - task.held() > 0;
    }

    /** Remaining-hours rule (v1.1): the low end of the range the citizen's agreements leave, max(0, min - committed). */
    static double remainingMin(CitizenSpec citizen) {
        return Math.max(0, citizen.min() - citizen.committed());
    }

    /** Remaining-hours rule (v1.1): the high end, max - committed (0 or less: nothing is left). */
    static double remainingMax(CitizenSpec citizen) {
        return citizen.max() - citizen.committed();
    }

    /** Whether a proposed match keeps all guarantees, capacity and commitments included. */
    static boolean valid(NeedSpec need, CitizenSpec citizen, Collection<String> taskIds, double hours) {
        return broken(need, citizen, taskIds, hours).isEmpty();
    }

    /** The guarantees a proposed match breaks, in words (for failure messages); empty when it keeps them all. */
    static List<String> broken(NeedSpec need, CitizenSpec citizen, Collection<String> taskIds, double hours) {
        List<String> broken = new java.util.ArrayList<>();
        if (!citizen.qualifications().containsAll(need.nonNegotiables())) {
            broken.add("1: a non-negotiable is missing");
        }
        List<TaskSpec> tasks = need.tasks().stream().filter(t -> taskIds.contains(t.id())).toList();
        if (tasks.isEmpty() || tasks.size() != taskIds.size()) {
            broken.add("3: no tasks, or a task that is not the need's");
        }
        if (tasks.stream().anyMatch(t -> !taskAllowed(t, need, citizen))) {
            broken.add("2: a task conflicts with an accommodation no flexibility lifts");
        }
        tasks.stream().filter(t -> !placeFree(t)).forEach(t ->
                broken.add("capacity: task " + t.id() + " has no free place (" + t.held() + " of " + t.capacity() + " held)"));
        double sum = tasks.stream().mapToDouble(TaskSpec::hours).sum();
        if (Math.abs(sum - hours) > 1e-9) {
            broken.add("3: the hours are not the tasks' sum");
        }
        // Guarantee 3 as v1.1 amends it: the citizen's side is the range their agreements leave.
        if (hours < remainingMin(citizen) || hours > remainingMax(citizen)) {
            broken.add("3/commitments: " + hours + " h is outside the " + remainingMin(citizen) + "-"
                    + remainingMax(citizen) + " h the citizen has left (" + citizen.committed() + " h committed)");
        }
        if (hours < need.min() || hours > need.max()) {
            broken.add("3: the hours are outside the need's range");
        }
        if (need.lat() != null && citizen.lat() != null && citizen.maxTravelKm() != null
                && haversineKm(need.lat(), need.lon(), citizen.lat(), citizen.lon()) > citizen.maxTravelKm()) {
            broken.add("4: beyond the citizen's travel distance");
        }
        if (!citizen.consent() || !"OPEN".equals(need.status())) {
            broken.add("5: no consent or the need is not OPEN");
        }
        return broken;
    }

    /** Whether any bundle of the need's tasks would be a valid match (brute force). */
    static boolean anyValidBundle(NeedSpec need, CitizenSpec citizen) {
        return !validBundles(need, citizen).isEmpty();
    }

    /** Every bundle of the need's tasks that would be a valid match, as task ids (brute force). */
    static List<List<String>> validBundles(NeedSpec need, CitizenSpec citizen) {
        List<List<String>> valid = new java.util.ArrayList<>();
        int n = need.tasks().size();
        for (int mask = 1; mask < (1 << n); mask++) {
            List<String> ids = new java.util.ArrayList<>();
            double hours = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    ids.add(need.tasks().get(i).id());
                    hours += need.tasks().get(i).hours();
                }
            }
            if (valid(need, citizen, ids, hours)) {
                valid.add(List.copyOf(ids));
            }
        }
        return valid;
    }

    /** The hours of a bundle of the need's tasks. */
    static double hours(NeedSpec need, Collection<String> taskIds) {
        return need.tasks().stream().filter(t -> taskIds.contains(t.id())).mapToDouble(TaskSpec::hours).sum();
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }
}
