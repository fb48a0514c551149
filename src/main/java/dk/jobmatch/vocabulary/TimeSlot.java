package dk.jobmatch.vocabulary;

/** When a task happens. EARLY_MORNING is before 07. */
public enum TimeSlot {
    EARLY_MORNING, MORNING, DAYTIME, EVENING, NIGHT, WEEKEND
}
