/**
 * NDJSON bulk import for integrations: streamed, batch by batch, all-or-nothing per batch, with a
 * per-line report: the failed lines, and the stored lines' warnings about phrases the vocabulary
 * does not know (from wording/, as a single create answers them). Owns the streaming and the
 * report; each feature contributes an ImportTarget that reads its lines and names their phrases,
 * so bulk/ knows no feature.
 */
@AllowedDependencies({"api", "common", "search", "security", "wording"})
package dk.jobmatch.bulk;

import dk.jobmatch.AllowedDependencies;
