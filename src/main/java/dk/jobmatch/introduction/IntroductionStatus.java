package dk.jobmatch.introduction;

/** Where an introduction stands: waiting for the employer's answer, or answered. */
public enum IntroductionStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED
}
