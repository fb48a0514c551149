/**
 * What every package shares and nothing of ours underneath: problem+json errors, field
 * violations, ids, paging, the clock, code-list storage and the HTTP filters that guard every
 * request. Uses no other package of ours.
 */
@AllowedDependencies({})
package dk.jobmatch.common;

import dk.jobmatch.AllowedDependencies;
