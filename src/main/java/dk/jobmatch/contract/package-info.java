/**
 * Rules of the API contract that the generated model cannot state by itself, applied to every
 * generated model by the build. Used by the generated code, so it uses nothing of ours (else the
 * generated package and the features would form a cycle).
 */
@AllowedDependencies({})
package dk.jobmatch.contract;

import dk.jobmatch.AllowedDependencies;
