/**
 * The shared codes of the API contract (demands, schedule, qualifications, flexibilities,
 * accommodations, target groups, agreement hour types), the rules between them and their Danish words, served to the app;
 * and the concept vocabulary (the shipped file, its rules for an edit, and LiveVocabulary: the one in force).
 * Domain code uses these, never the generated API enums. Uses only common/ (for field violations)
 * and the generated contract (for its own endpoint).
 */
@AllowedDependencies({"api", "common"})
package dk.jobmatch.vocabulary;

import dk.jobmatch.AllowedDependencies;
