package dk.jobmatch.agreement;

/** The three parties who approve an agreement. */
enum Party {
    CITIZEN, EMPLOYER, CONSULTANT
}
