package dk.jobmatch.vocabulary;

/** MICRO (<10), SMALL (10-49), MEDIUM (50-249), LARGE (250+) employees. */
public enum CompanySize {
    MICRO, SMALL, MEDIUM, LARGE
}
