/**
 * The shared codes of the API contract (demands, schedule, qualifications, flexibilities,
 * accommodations, target groups) and the rules between them. Domain code uses these, never the
 * generated API enums.
 */
package dk.jobmatch.vocabulary;
