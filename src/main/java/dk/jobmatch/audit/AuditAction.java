package dk.jobmatch.audit;

/** What was done with a citizen's data. */
public enum AuditAction {
    READ, CREATE, UPDATE, ERASE
}
