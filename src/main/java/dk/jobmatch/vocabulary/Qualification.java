package dk.jobmatch.vocabulary;

/** Non-negotiable requirements of a need, and qualifications a citizen holds. */
public enum Qualification {
    DRIVING_LICENCE_B, DRIVING_LICENCE_C, FORKLIFT_CERTIFICATE, DANISH_SPOKEN, DANISH_WRITTEN,
    ENGLISH_SPOKEN, CRIMINAL_RECORD_CLEAN, CHILD_RECORD_CLEAN, FOOD_HYGIENE_CERTIFICATE, FIRST_AID,
    SAFETY_SHOES_ABLE
}
