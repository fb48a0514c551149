/**
 * Arbejdsaftaler: drafting an agreement from a match, its versions and the three approvals, the
 * Danish document (HTML and PDF), follow-ups against the progression plan and aftercare after
 * hiring, events that change the course, and the follow-up worklist with its attention flags. Owns the agreement tables, reached only through
 * AgreementStore. Reads needs, employers and citizens through their services, and asks match/ for
 * the carved bundle, so an agreement keeps the same guarantees as a match. A STOPPED course writes
 * the re-match cool-down to exclusion/, which matching reads. Course events notify the consultants
 * following the agreement through notification/. A draft may start from an ACCEPTED introduction
 * (introduction/), which it then names, so each becomes at most one agreement. Each version's plan
 * facts (start date and hours, clauses, planned visits) are also kept as columns and rows beside
 * its JSON, for the outcome figures' SQL (outcome/ reads these tables in SQL only).
 */
@AllowedDependencies({"api", "capacity", "audit", "citizen", "common", "employer", "exclusion", "introduction",
        "match", "notification", "outbox", "security", "vocabulary"})
package dk.jobmatch.agreement;

import dk.jobmatch.AllowedDependencies;
