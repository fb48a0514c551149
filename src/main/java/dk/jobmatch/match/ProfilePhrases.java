package dk.jobmatch.match;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.search.TextTerms;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Citizens' profiles as the scorer compares them (their phrases analysed), kept between requests:
 * analysing each of a pool's 150 profiles again on every match request was a fifth of the match
 * (docs/performance.md). An entry is used only while the texts it was made from are the profile's
 * texts and the analysis is the one the asking request holds, so an edited profile or a changed
 * vocabulary is analysed afresh. Each entry is labelled with the analysis it was made under
 * ({@link TextTerms#pinned}), never a later one: labelling with the analysis in force when stored
 * kept phrases of the old vocabulary under the new one's label when a vocabulary sync landed during
 * a request (ReplicaSyncTest caught it). Nothing here can make a score differ from scoring the
 * profile from scratch.
 * Bounded, and entries not used for a while leave, so erased profiles' words do not stay in memory.
 *
 * <p>Needs likewise ({@link #of(Need, Object, ConceptCredit, Function)}): a citizen's request
 * scores 150 needs, each new to the request, and working out each need's terms and trades again on
 * every request was a fifth of ranking needs for a citizen (docs/performance.md, "Scoring without
 * hashing"). A need's entry is used only while the need is equal to the one it was made from, under
 * the same analysis and credit.
 */
@Singleton
class ProfilePhrases {

    /** At most this many phrases are shared between profiles (the frequent ones stay). */
    private static final int SHARED = 50_000;

    private final TextTerms terms;
    private final Cache<String, Entry> entries;
    private final Cache<String, Shared> shared;
    private final Cache<String, KeptNeed> needs;

    ProfilePhrases(TextTerms terms, @Value("${jobmatch.match.profile-cache:100000}") int size) {
        this.terms = terms;
        this.entries = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(30)).build();
        this.shared = Caffeine.newBuilder().maximumSize(SHARED).expireAfterAccess(Duration.ofMinutes(30)).build();
        this.needs = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /** A phrase as the analysis {@code analysis} made it. */
    private record Shared(Object analysis, PhraseCredit.Phrase phrase) {
    }

    /** What a request's scorer works out once per need: its weighed terms ({@link TextFit}) and trades ({@link TradeContext}). */
    record NeedTerms(TextFit.Weighed terms, Set<String> trades) {
    }

    private record KeptNeed(Object analysis, ConceptCredit credit, Need need, NeedTerms terms) {
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

    /**
     * The analysis in force, held for one request: everything the request asks of this class is
     * labelled with it and analysed under it ({@link TextTerms#pinned}).
     */
    Held pinned() {
        TextTerms.Pinned pinned = terms.pinned();
        return new Held(pinned::of, pinned.analysis());
    }

    /**
     * An analysis held for one request: the terms it gives a text, and its token, which labels all
     * kept under it. A plain value, so the scorer stays free of the search package.
     */
    record Held(Function<String, Set<String>> terms, Object analysis) {
    }

    /**
     * The citizen's profile phrases; {@code phrases} analyses those not kept, under {@code analysis}
     * (one of {@link #pinned}'s).
     */
    CompetenceFit.Profile of(Citizen citizen, Object analysis, Function<String, PhraseCredit.Phrase> phrases) {
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
     * One instance per competence or job goal text for all profiles, and per phrase of a need, so a
     * request's {@link PhraseCredit} recognises a phrase it compared for another candidate by
     * identity (and its concepts are numbered once per vocabulary, {@link ConceptIds}); made by
     * {@code phrases} under {@code analysis} when not kept. Not the experience: a story is seldom
     * shared, and only its words count.
     */
    PhraseCredit.Phrase shared(Object analysis, String text, Function<String, PhraseCredit.Phrase> phrases) {
        Shared kept = shared.getIfPresent(text);
        if (kept != null && kept.analysis() == analysis) {
            return kept.phrase();
        }
        PhraseCredit.Phrase made = phrases.apply(text);
        shared.put(text, new Shared(analysis, made));
        return made;
    }

    /**
     * The need's terms and trades under {@code credit}, kept between requests while the need is
     * equal to the one they were made from; {@code made} works them out for one not kept.
     */
    NeedTerms of(Need need, Object analysis, ConceptCredit credit, Function<Need, NeedTerms> made) {
        if (need.id() == null) {
            return made.apply(need);
        }
        KeptNeed kept = needs.getIfPresent(need.id());
        if (kept != null && kept.analysis() == analysis && kept.credit() == credit && kept.need().equals(need)) {
            return kept.terms();
        }
        NeedTerms terms = made.apply(need);
        needs.put(need.id(), new KeptNeed(analysis, credit, need, terms));
        return terms;
    }
}
