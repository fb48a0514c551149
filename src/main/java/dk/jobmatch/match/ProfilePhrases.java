package dk.jobmatch.match;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.search.TextTerms;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Citizens' profiles as the scorer compares them (their phrases analysed), kept between requests:
 * analysing each of a pool's 150 profiles again on every match request was a fifth of the match
 * (docs/performance.md). An entry is used only while the texts it was made from are the profile's
 * texts and the analysis is the one in force, so an edited profile or a changed vocabulary is
 * analysed afresh; nothing here can make a score differ from scoring the profile from scratch.
 * Bounded, and entries not used for a while leave, so erased profiles' words do not stay in memory.
 */
@Singleton
class ProfilePhrases {

    /** At most this many phrases are shared between profiles (the frequent ones stay). */
    private static final int SHARED = 50_000;

    private final TextTerms terms;
    private final Cache<String, Entry> entries;
    private final Cache<String, Shared> shared;

    ProfilePhrases(TextTerms terms, @Value("${jobmatch.match.profile-cache:100000}") int size) {
        this.terms = terms;
        this.entries = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(30)).build();
        this.shared = Caffeine.newBuilder().maximumSize(SHARED).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /** A phrase as the analysis {@code analysis} made it. */
    private record Shared(Object analysis, PhraseCredit.Phrase phrase) {
    }

    /** The texts an entry was made from (not the whole profile: no more of it is kept than scoring reads). */
    private record Entry(Object analysis, List<String> competences, List<JobGoal> jobGoals, String experience,
                         CompetenceFit.Profile profile) {

        boolean isOf(Object analysisInForce, Citizen citizen) {
            return analysis == analysisInForce
                    && competences.equals(citizen.competences())
                    && jobGoals.equals(citizen.jobGoals())
                    && Objects.equals(experience, citizen.experience());
        }
    }

    /** The citizen's profile phrases; {@code phrases} analyses those not kept. */
    CompetenceFit.Profile of(Citizen citizen, Function<String, PhraseCredit.Phrase> phrases) {
        Object analysis = terms.analysisInForce();
        Entry kept = entries.getIfPresent(citizen.id());
        if (kept != null && kept.isOf(analysis, citizen)) {
            return kept.profile();
        }
        CompetenceFit.Profile made = CompetenceFit.Profile.of(citizen,
                text -> text == null || text.equals(citizen.experience()) ? phrases.apply(text)
                        : shared(analysis, text, phrases));
        entries.put(citizen.id(), new Entry(analysis, citizen.competences(), citizen.jobGoals(),
                citizen.experience(), made));
        return made;
    }

    /**
     * One instance per competence or job goal text for all profiles, so a request's
     * {@link PhraseCredit} recognises a phrase it compared for another candidate by identity (and
     * its concepts are numbered once per vocabulary, {@link ConceptIds}). Not
     * the experience: a story is seldom shared, and only its words count.
     */
    private PhraseCredit.Phrase shared(Object analysis, String text, Function<String, PhraseCredit.Phrase> phrases) {
        Shared kept = shared.getIfPresent(text);
        if (kept != null && kept.analysis() == analysis) {
            return kept.phrase();
        }
        PhraseCredit.Phrase made = phrases.apply(text);
        shared.put(text, new Shared(analysis, made));
        return made;
    }
}
