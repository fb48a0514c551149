package dk.jobmatch.citizen;

import dk.jobmatch.capacity.Holds;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** Citizens as read, with the hours their current agreements hold (one query for any number). */
@Singleton
class Commitments {

    private final Holds holds;

    Commitments(Holds holds) {
        this.holds = holds;
    }

    List<Citizen> of(List<Citizen> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<String, Double> committed = holds.committedHours(found.stream().map(Citizen::id).toList());
        return found.stream().map(c -> committed.containsKey(c.id()) ? c.withCommittedHours(committed.get(c.id())) : c)
                .toList();
    }
}
