package dk.jobmatch.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a Hunspell affix file lets words join into compounds: the suffix rules whose forms carry
 * the COMPOUNDBEGIN or COMPOUNDMIDDLE flag are joints ("rengøring" + "s", "seng" + "e", "pige" with
 * its "e" dropped), and the flags whose empty suffix carries COMPOUNDEND mark words that may end
 * a compound. Read from the file rather than written down, so a newer dictionary brings its own.
 * Joints with a hyphen or full stop are left out: the tokenizer splits there already.
 */
final class CompoundJoints {

    /** A joint: a word with {@code flag} whose ending {@code strip} is replaced by {@code add}. */
    record Joint(String flag, String strip, String add, Pattern condition) {

        /** The word the segment is a joint form of, or null. */
        String stemOf(String segment) {
            if (!segment.endsWith(add) || segment.length() == add.length()) {
                return null;
            }
            String stem = segment.substring(0, segment.length() - add.length()) + strip;
            return condition.matcher(stem).find() ? stem : null;
        }
    }

    private final Map<String, List<Joint>> byEnding = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> endFlags = new HashSet<>();
    private int longestAdd;

    private CompoundJoints() {
    }

    static CompoundJoints parse(String affixes) {
        Map<String, String> options = new HashMap<>();
        List<String[]> rules = new ArrayList<>();
        for (String line : affixes.lines().toList()) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 2) {
                options.put(fields[0], fields[1]);
            } else if (fields.length >= 5 && fields[0].equals("SFX")) {
                rules.add(fields);
            }
        }
        CompoundJoints joints = new CompoundJoints();
        Set<String> joining = Set.of(flag(options, "COMPOUNDBEGIN"), flag(options, "COMPOUNDMIDDLE"));
        String end = flag(options, "COMPOUNDEND");
        joints.endFlags.add(end);
        for (String[] rule : rules) {
            String[] form = rule[3].split("/", 2);
            Set<String> continuation = form.length == 2 ? new HashSet<>(Arrays.asList(form[1].split(","))) : Set.of();
            String add = empty(form[0]);
            String strip = empty(rule[2]);
            if (continuation.stream().anyMatch(joining::contains) && !(add + strip).contains("-") && !(add + strip).contains(".")) {
                joints.add(new Joint(rule[1], strip, add, Pattern.compile("(" + rule[4] + ")$")));
            } else if (continuation.contains(end) && add.isEmpty() && strip.isEmpty()) {
                joints.endFlags.add(rule[1]);
            }
        }
        return joints;
    }

    /** The joints whose added ending the segment ends with. */
    List<Joint> candidates(String segment) {
        List<Joint> found = new ArrayList<>(byEnding.getOrDefault("", List.of()));
        for (int length = 1; length <= Math.min(longestAdd, segment.length()); length++) {
            found.addAll(byEnding.getOrDefault(segment.substring(segment.length() - length), List.of()));
        }
        return found;
    }

    /** Whether an entry with these flags may end a compound. */
    boolean mayEnd(Set<String> flags) {
        return flags.stream().anyMatch(endFlags::contains);
    }

    private void add(Joint joint) {
        // A joint comes twice, for the beginning and the middle of a compound.
        if (!seen.add(joint.flag() + "/" + joint.strip() + "/" + joint.add() + "/" + joint.condition().pattern())) {
            return;
        }
        byEnding.computeIfAbsent(joint.add(), k -> new ArrayList<>()).add(joint);
        longestAdd = Math.max(longestAdd, joint.add().length());
    }

    private static String flag(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalStateException("the affix file declares no " + name);
        }
        return value;
    }

    private static String empty(String field) {
        return field.equals("0") ? "" : field;
    }
}
