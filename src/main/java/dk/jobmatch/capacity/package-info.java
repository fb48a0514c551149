/**
 * Capacity and commitments: which tasks current agreements hold and how many hours of each
 * citizen's week they take. Owns the capacity_hold table. Agreements write it; employers (held and
 * available per task, automatic FILLED), citizens (committed and remaining hours) and matching read
 * it. Uses only common/.
 */
@AllowedDependencies({"common"})
package dk.jobmatch.capacity;

import dk.jobmatch.AllowedDependencies;
