package dk.jobmatch.vocabulary;

/**
 * The six indicators of readiness for work from Beskæftigelsesindikatorprojektet (BIP), each
 * answered 1 (low) to 5 (high); the last is the consultant's own assessment (report 004).
 */
public enum BipIndicator {
    COOPERATION,
    JOB_SEARCH_KNOWLEDGE,
    ENERGY,
    HEALTH,
    ATTENDANCE,
    CONSULTANT_ASSESSMENT
}
