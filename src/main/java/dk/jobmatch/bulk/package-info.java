/**
 * NDJSON bulk import for integrations: streamed, batch by batch, all-or-nothing per batch, with a
 * per-line report. Owns the streaming and the report; each feature contributes an ImportTarget
 * that reads its lines, so bulk/ knows no feature.
 */
@AllowedDependencies({"api", "common", "search", "security"})
package dk.jobmatch.bulk;

import dk.jobmatch.AllowedDependencies;
