/**
 * Notifications (beskeder) to consultants: a course event on an agreement they follow, stored in
 * the event's own transaction and listed to its recipient only. Owns the notification table. Whoever
 * raises a notice (agreement/) says who receives it and what it says; this package knows no
 * feature, and its text never names the citizen.
 */
@AllowedDependencies({"api", "common", "security"})
package dk.jobmatch.notification;

import dk.jobmatch.AllowedDependencies;
