/**
 * The demo data set ({@code ./jobmatch demo}): a municipality's year of employers, needs, citizens
 * and placements, loaded into a running service through its public HTTP API only, so every rule,
 * audit row and index update applies as it would for a consultant. It uses none of the service's
 * own packages: it is a client, shipped in the jar so that a fresh machine needs nothing but Java.
 */
@AllowedDependencies({})
package dk.jobmatch.demo;

import dk.jobmatch.AllowedDependencies;
