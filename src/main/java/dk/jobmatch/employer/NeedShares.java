package dk.jobmatch.employer;

/**
 * How much a need asks for, as the score counts it (defined with the score, in the match package):
 * its competence phrases and the weight of what its text says about the work. Kept in the need's
 * index document as one over each, so that the pool for a citizen ranks needs by the share of them
 * the citizen covers, as the score does, rather than by how many phrases match (which favours needs
 * that ask for much and of which a citizen covers little).
 */
public interface NeedShares {

    /** The need's competence phrases (its free tasks'), each once. */
    int competences(Need need);

    /** The total weight of the terms of what the need (its free tasks) says about its work. */
    double text(Need need);
}
