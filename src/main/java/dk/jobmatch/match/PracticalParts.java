package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.CompanySize;
import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.PlacementType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The score's practical parts with their explanations (distance within reach, the flexibilities
 * that help this citizen, the company's fit for a wish for calm), and the two explanations that
 * carry no part (the non-negotiables met, the accommodations respected). Apart from
 * {@link MatchScorer} because none depends on the words of the pair, only on its facts; the one
 * reading of words, whether a work culture sounds calm, is the scorer's and passed in.
 */
final class PracticalParts {

    private static final double DEFAULT_TRAVEL_KM = 30;
    private static final Set<Accommodation> NEEDS_CALM = EnumSet.of(Accommodation.WORKS_ALONE,
            Accommodation.QUIET_ENVIRONMENT);

    private PracticalParts() {
    }

    static void distance(MatchContext context, Map<ScorePart, Double> parts, Reasons why) {
        Place home = context.citizen().location();
        Place work = context.workplace();
        if (home == null || work == null || !home.hasCoordinates() || !work.hasCoordinates()) {
            return;
        }
        double km = home.distanceKm(work);
        Double limit = context.citizen().maxTravelKm();
        boolean ownLimit = limit != null && limit > 0;
        double reach = ownLimit ? limit : DEFAULT_TRAVEL_KM;
        parts.put(ScorePart.DISTANCE, Math.max(0, 1 - km / reach));
        why.add(Explanation.Kind.DISTANCE, () -> (km < 1 ? "Under 1 km"
                : String.format(Locale.ROOT, "%d km", Math.round(km))) + " af højst " + Danish.number(reach)
                + " km til arbejdspladsen" + (ownLimit ? "" : " (borgeren har ingen grænse; regnet mod "
                + Danish.number(DEFAULT_TRAVEL_KM) + " km)"));
    }

    static void qualifications(Need need, Reasons why) {
        if (!need.nonNegotiables().isEmpty()) {
            why.add(Explanation.Kind.QUALIFICATION, () -> "Opfylder de ufravigelige krav: "
                    + need.nonNegotiables().stream().map(Danish::label).collect(Collectors.joining(", ")));
        }
    }

    static void accommodations(Need need, Citizen citizen, Carving carving, Reasons why) {
        for (Accommodation accommodation : citizen.accommodations()) {
            why.add(Explanation.Kind.ACCOMMODATION, () -> {
                List<String> excluded = need.tasks().stream()
                        .filter(t -> !carving.tasks().contains(t))
                        .filter(t -> MatchRules.conflicts(t, need, citizen).contains(accommodation))
                        .map(Task::title)
                        .toList();
                return "Skånehensyn respekteret: " + Danish.label(accommodation)
                        + (excluded.isEmpty() ? "" : " (fravalgt: " + String.join(", ", excluded) + ")");
            });
        }
    }

    static void flexibilities(Need need, Citizen citizen, Map<ScorePart, Double> parts, Reasons why) {
        Set<Flexibility> lifting = MatchRules.liftingFlexibilities(need, citizen);
        List<Flexibility> helpful = new ArrayList<>();
        for (Flexibility flexibility : need.flexibilities()) {
            if (lifting.contains(flexibility)) {
                helpful.add(flexibility);
                why.add(Explanation.Kind.FLEXIBILITY, () -> capitalised(Danish.label(flexibility))
                        + " ophæver konflikten med skånehensynet "
                        + MatchRules.accommodationsLiftedBy(flexibility, citizen).stream()
                                .map(Danish::label).collect(Collectors.joining(" og ")));
            } else if (helps(flexibility, need, citizen)) {
                helpful.add(flexibility);
                why.add(Explanation.Kind.FLEXIBILITY, () -> "Virksomheden tilbyder " + Danish.label(flexibility));
            }
        }
        parts.put(ScorePart.FLEXIBILITY, Math.min(1.0, helpful.size() / 2.0));
    }

    private static boolean helps(Flexibility flexibility, Need need, Citizen citizen) {
        boolean reducedCapacity = !citizen.accommodations().isEmpty()
                || (citizen.effectivenessPercent() != null && citizen.effectivenessPercent() < 100);
        return switch (flexibility) {
            case GRADUAL_START, MENTOR_AVAILABLE -> need.placementType() == PlacementType.AFKLARING
                    || need.placementType() == PlacementType.TRAENING || reducedCapacity;
            case BREAKS_AS_NEEDED, REDUCED_PACE -> reducedCapacity;
            case QUIET_WORKSPACE, WORK_ALONE_POSSIBLE -> citizen.accommodations().stream().anyMatch(NEEDS_CALM::contains);
            default -> false;
        };
    }

    /** {@code calmCulture}: whether a work culture's words sound calm (asked only of a citizen who wishes for calm). */
    static void company(MatchContext context, Predicate<String> calmCulture, Map<ScorePart, Double> parts, Reasons why) {
        List<Accommodation> calm = context.citizen().accommodations().stream().filter(NEEDS_CALM::contains).toList();
        if (calm.isEmpty() || context.employer() == null) {
            return;
        }
        CompanySize size = context.employer().companySize();
        double sizeFit = size == null ? 0.5 : switch (size) {
            case MICRO -> 1.0;
            case SMALL -> 0.8;
            case MEDIUM -> 0.4;
            case LARGE -> 0.2;
        };
        String culture = context.employer().workCulture();
        boolean calmWork = calmCulture.test(culture == null ? "" : culture);
        parts.put(ScorePart.COMPANY, (sizeFit + (calmWork ? 1.0 : 0.3)) / 2);
        Supplier<String> wish = () -> calm.stream().map(Danish::label).collect(Collectors.joining(" og "));
        if (size != null && sizeFit >= 0.8) {
            why.add(Explanation.Kind.COMPANY, () -> capitalised(Danish.label(size)) + " passer til " + wish.get());
        }
        if (calmWork) {
            why.add(Explanation.Kind.COMPANY, () -> "Arbejdskulturen (\"" + culture + "\") passer til " + wish.get());
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
