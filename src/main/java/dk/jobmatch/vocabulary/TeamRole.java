package dk.jobmatch.vocabulary;

/**
 * The roles of the people around a citizen (the citizen's team): sagsbehandler, mentor,
 * bostøtte/støttekontaktperson and the health contact. Webhooks name the roles to inform of a
 * course event, never the people.
 */
public enum TeamRole {
    CASE_WORKER, MENTOR, SUPPORT_WORKER, HEALTH_CONTACT
}
