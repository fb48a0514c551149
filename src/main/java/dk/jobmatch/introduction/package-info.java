/**
 * Introductions: the step from an anonymous match to a named citizen shown to the employer. A
 * consultant proposes a pair that keeps the match guarantees (asked of match/, on the need's free
 * tasks and the hours the citizen has left); the employer sees the citizen's display name, the
 * tasks, the hours and the accommodations as Danish sentences, each showing audited; the employer
 * accepts or declines, and a decline keeps the citizen from the need for good through exclusion/.
 * Owns the introduction table and the exposure limits (open introductions per need and per
 * citizen). Tells match/ who has an open introduction ({@link dk.jobmatch.match.OpenIntroductions});
 * agreement/ drafts from an accepted one.
 */
@AllowedDependencies({"api", "audit", "capacity", "citizen", "common", "employer", "exclusion", "match", "outbox",
        "security", "vocabulary"})
package dk.jobmatch.introduction;

import dk.jobmatch.AllowedDependencies;
