package dk.jobmatch.match;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's hard constraints written out again, independently of the production code, from
 * the tables in api-contract.md. Tests check every match the service proposes against these.
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

    record TaskSpec(String id, double hours, Set<String> demandsAndSlots) {
    }

    record NeedSpec(String status, double min, double max, Set<String> nonNegotiables, Set<String> flexibilities,
                    List<TaskSpec> tasks, Double lat, Double lon) {
    }

    record CitizenSpec(boolean consent, double min, double max, Set<String> qualifications, Set<String> accommodations,
                       Double lat, Double lon, Double maxTravelKm) {
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

    /** Whether a proposed match keeps all five guarantees. */
    static boolean valid(NeedSpec need, CitizenSpec citizen, Collection<String> taskIds, double hours) {
        if (!citizen.qualifications().containsAll(need.nonNegotiables())) {
            return false;
        }
        List<TaskSpec> tasks = need.tasks().stream().filter(t -> taskIds.contains(t.id())).toList();
        if (tasks.isEmpty() || tasks.size() != taskIds.size()
                || tasks.stream().anyMatch(t -> !taskAllowed(t, need, citizen))) {
            return false;
        }
        double sum = tasks.stream().mapToDouble(TaskSpec::hours).sum();
        if (Math.abs(sum - hours) > 1e-9 || hours < citizen.min() || hours > citizen.max()
                || hours < need.min() || hours > need.max()) {
            return false;
        }
        if (need.lat() != null && citizen.lat() != null && citizen.maxTravelKm() != null
                && haversineKm(need.lat(), need.lon(), citizen.lat(), citizen.lon()) > citizen.maxTravelKm()) {
            return false;
        }
        return citizen.consent() && "OPEN".equals(need.status());
    }

    /** Whether any bundle of the need's tasks would be a valid match (brute force). */
    static boolean anyValidBundle(NeedSpec need, CitizenSpec citizen) {
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
                return true;
            }
        }
        return false;
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }
}
