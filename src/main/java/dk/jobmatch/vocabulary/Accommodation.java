package dk.jobmatch.vocabulary;

import java.util.EnumSet;
import java.util.Set;

/** Skånehensyn: a citizen's concrete limit, and the task demands or schedule it rules out. */
public enum Accommodation {
    NO_HEAVY_LIFTING(EnumSet.of(TaskDemand.HEAVY_LIFTING), EnumSet.noneOf(TimeSlot.class)),
    LIMITED_STANDING(EnumSet.of(TaskDemand.PROLONGED_STANDING), EnumSet.noneOf(TimeSlot.class)),
    NO_CUSTOMER_CONTACT(EnumSet.of(TaskDemand.CUSTOMER_CONTACT), EnumSet.noneOf(TimeSlot.class)),
    QUIET_ENVIRONMENT(EnumSet.of(TaskDemand.NOISY_ENVIRONMENT), EnumSet.noneOf(TimeSlot.class)),
    NO_TIME_PRESSURE(EnumSet.of(TaskDemand.TIME_PRESSURE), EnumSet.noneOf(TimeSlot.class)),
    WORKS_ALONE(EnumSet.of(TaskDemand.CLOSE_TEAMWORK), EnumSet.noneOf(TimeSlot.class)),
    FIXED_ROUTINE(EnumSet.of(TaskDemand.VARIED_UNPREDICTABLE), EnumSet.noneOf(TimeSlot.class)),
    NO_DRIVING(EnumSet.of(TaskDemand.DRIVING), EnumSet.noneOf(TimeSlot.class)),
    SHORT_SHIFTS(EnumSet.of(TaskDemand.LONG_SHIFTS), EnumSet.noneOf(TimeSlot.class)),
    NO_EARLY_MORNING(EnumSet.noneOf(TaskDemand.class), EnumSet.of(TimeSlot.EARLY_MORNING)),
    NO_EVENING_NIGHT(EnumSet.noneOf(TaskDemand.class), EnumSet.of(TimeSlot.EVENING, TimeSlot.NIGHT)),
    NO_WEEKEND(EnumSet.noneOf(TaskDemand.class), EnumSet.of(TimeSlot.WEEKEND)),
    INDOOR_ONLY(EnumSet.of(TaskDemand.OUTDOOR_WORK), EnumSet.noneOf(TimeSlot.class));

    private final Set<TaskDemand> ruledOutDemands;
    private final Set<TimeSlot> ruledOutSlots;

    Accommodation(Set<TaskDemand> ruledOutDemands, Set<TimeSlot> ruledOutSlots) {
        this.ruledOutDemands = ruledOutDemands;
        this.ruledOutSlots = ruledOutSlots;
    }

    public boolean rulesOut(TaskDemand demand) {
        return ruledOutDemands.contains(demand);
    }

    public boolean rulesOut(TimeSlot slot) {
        return ruledOutSlots.contains(slot);
    }
}
