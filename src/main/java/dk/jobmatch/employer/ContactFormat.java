package dk.jobmatch.employer;

/** How a contact with an employer took place. */
enum ContactFormat {
    WORKPLACE_VISIT, PHONE, EMAIL, MEETING
}
