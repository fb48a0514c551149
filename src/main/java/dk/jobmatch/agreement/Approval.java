package dk.jobmatch.agreement;

import java.time.Instant;

/** One party's approval of one version of an agreement. */
record Approval(Party party, String approvedBy, Instant approvedAt) {
}
