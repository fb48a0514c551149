package dk.jobmatch.match;

import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.HourRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Carves a role out of a need: the subset of allowed tasks with the most value whose hours add up
 * to a total inside the window. A 0/1 knapsack over half-hours (at most 74 of them a week), so
 * it is exact and cheap: tasks x 75 states.
 */
final class TaskCarver {

    private static final int SLOTS_PER_HOUR = 2;

    private TaskCarver() {
    }

    /**
     * @param window the hours both sides accept (the intersection of their ranges)
     * @param value  how much a task is worth to this citizen; must be positive
     */
    static Optional<Carving> carve(List<Task> allowed, HourRange window, ToDoubleFunction<Task> value) {
        int maxSlots = (int) Math.floor(window.max() * SLOTS_PER_HOUR + 1e-9);
        int minSlots = Math.max(1, (int) Math.ceil(window.min() * SLOTS_PER_HOUR - 1e-9));
        if (allowed.isEmpty() || maxSlots < minSlots) {
            return Optional.empty();
        }
        int n = allowed.size();
        // best[s] = highest value of a subset of the tasks seen so far totalling exactly s slots.
        double[] best = new double[maxSlots + 1];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        boolean[][] took = new boolean[n][maxSlots + 1];
        for (int i = 0; i < n; i++) {
            Task task = allowed.get(i);
            int slots = (int) Math.round(task.hoursPerWeek() * SLOTS_PER_HOUR);
            double worth = value.applyAsDouble(task);
            for (int s = maxSlots; s >= slots; s--) {
                if (best[s - slots] != Double.NEGATIVE_INFINITY && best[s - slots] + worth > best[s] + 1e-12) {
                    best[s] = best[s - slots] + worth;
                    took[i][s] = true;
                }
            }
        }
        int bestSlots = -1;
        for (int s = minSlots; s <= maxSlots; s++) {
            if (best[s] != Double.NEGATIVE_INFINITY && (bestSlots < 0 || best[s] > best[bestSlots] + 1e-12)) {
                bestSlots = s;
            }
        }
        if (bestSlots < 0) {
            return Optional.empty();
        }
        List<Task> chosen = new ArrayList<>();
        for (int i = n - 1, s = bestSlots; i >= 0 && s > 0; i--) {
            if (took[i][s]) {
                chosen.addFirst(allowed.get(i));
                s -= (int) Math.round(allowed.get(i).hoursPerWeek() * SLOTS_PER_HOUR);
            }
        }
        double hours = chosen.stream().mapToDouble(Task::hoursPerWeek).sum();
        return Optional.of(new Carving(chosen, hours));
    }
}
