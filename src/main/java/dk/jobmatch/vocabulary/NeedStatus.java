package dk.jobmatch.vocabulary;

/** Only OPEN needs are matched. */
public enum NeedStatus {
    OPEN, PAUSED, FILLED, CLOSED
}
