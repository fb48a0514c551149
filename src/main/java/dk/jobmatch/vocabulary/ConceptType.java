package dk.jobmatch.vocabulary;

/**
 * The two kinds of concept, after ESCO's two pillars: an occupation (a trade title, or a DISCO-08
 * group of them) and a competence (a skill, a task or a piece of knowledge a job asks for).
 */
public enum ConceptType {
    OCCUPATION,
    COMPETENCE
}
