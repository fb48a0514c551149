package dk.jobmatch.vocabulary;

/**
 * Only OPEN needs are matched. EXPIRED is the server's: an OPEN need without activity for
 * jobmatch.needs.expire-days days; a PUT of the need reopens it.
 */
public enum NeedStatus {
    OPEN, PAUSED, FILLED, CLOSED, EXPIRED
}
