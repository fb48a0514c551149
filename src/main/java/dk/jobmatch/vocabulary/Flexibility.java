package dk.jobmatch.vocabulary;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an employer can flex on (the wheel's fourth part). Some lift a conflict between a task's
 * demand or schedule and a citizen's accommodation for the whole need; the rest only rank up.
 */
public enum Flexibility {
    REDUCED_PACE(EnumSet.of(TaskDemand.TIME_PRESSURE), EnumSet.noneOf(TimeSlot.class)),
    QUIET_WORKSPACE(EnumSet.of(TaskDemand.NOISY_ENVIRONMENT), EnumSet.noneOf(TimeSlot.class)),
    WORK_ALONE_POSSIBLE(EnumSet.of(TaskDemand.CLOSE_TEAMWORK), EnumSet.noneOf(TimeSlot.class)),
    LIFTING_AIDS(EnumSet.of(TaskDemand.HEAVY_LIFTING), EnumSet.noneOf(TimeSlot.class)),
    SEATED_WORK_POSSIBLE(EnumSet.of(TaskDemand.PROLONGED_STANDING), EnumSet.noneOf(TimeSlot.class)),
    FLEXIBLE_HOURS(EnumSet.noneOf(TaskDemand.class),
            EnumSet.of(TimeSlot.EARLY_MORNING, TimeSlot.EVENING, TimeSlot.NIGHT, TimeSlot.WEEKEND)),
    GRADUAL_START(EnumSet.noneOf(TaskDemand.class), EnumSet.noneOf(TimeSlot.class)),
    MENTOR_AVAILABLE(EnumSet.noneOf(TaskDemand.class), EnumSet.noneOf(TimeSlot.class)),
    BREAKS_AS_NEEDED(EnumSet.noneOf(TaskDemand.class), EnumSet.noneOf(TimeSlot.class));

    private final Set<TaskDemand> liftedDemands;
    private final Set<TimeSlot> liftedSlots;

    Flexibility(Set<TaskDemand> liftedDemands, Set<TimeSlot> liftedSlots) {
        this.liftedDemands = liftedDemands;
        this.liftedSlots = liftedSlots;
    }

    public boolean lifts(TaskDemand demand) {
        return liftedDemands.contains(demand);
    }

    public boolean lifts(TimeSlot slot) {
        return liftedSlots.contains(slot);
    }
}
