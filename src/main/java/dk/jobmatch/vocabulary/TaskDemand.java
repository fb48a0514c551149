package dk.jobmatch.vocabulary;

/** Physical and social demands of a task (the wheel's first part). */
public enum TaskDemand {
    HEAVY_LIFTING, PROLONGED_STANDING, CUSTOMER_CONTACT, NOISY_ENVIRONMENT, TIME_PRESSURE,
    CLOSE_TEAMWORK, VARIED_UNPREDICTABLE, DRIVING, LONG_SHIFTS, OUTDOOR_WORK
}
