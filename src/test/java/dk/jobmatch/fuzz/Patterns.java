package dk.jobmatch.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strings for the contract's {@code pattern}s: anchored sequences of literals and character
 * classes with {@code ? * + {n} {m,n}}, which is all the contract uses. Anything else fails loudly,
 * so a new kind of pattern in the contract is noticed here.
 */
final class Patterns {

    private record Atom(String chars, int min, int max) {
    }

    private Patterns() {
    }

    /** The shortest match that repeats each atom at least once where it may (the first chars of each class). */
    static String example(String pattern) {
        StringBuilder out = new StringBuilder();
        for (Atom atom : atoms(pattern)) {
            int count = Math.max(atom.min(), Math.min(atom.max(), 1));
            for (int i = 0; i < count; i++) {
                out.append(atom.chars().charAt(i % atom.chars().length()));
            }
        }
        String example = out.toString();
        if (!Pattern.compile(pattern).matcher(example).find()) {
            throw new IllegalStateException("cannot make an example for " + pattern);
        }
        return example;
    }

    /** Strings that break the pattern: one character short and one over, a character outside it. */
    static List<String> violations(String pattern) {
        String example = example(pattern);
        List<String> out = new ArrayList<>();
        out.add(example.substring(0, example.length() - 1));
        out.add(example + example.charAt(example.length() - 1));
        out.add(example.substring(0, example.length() - 1) + "!");
        out.add(" " + example);
        out.add(example + "\n");
        out.add(example.replace(example.charAt(0), '\u0660')); // Arabic-Indic zero: a digit, but not [0-9]
        Pattern compiled = Pattern.compile(pattern);
        return out.stream().filter(s -> !compiled.matcher(s).find()).distinct().toList();
    }

    private static List<Atom> atoms(String pattern) {
        List<Atom> atoms = new ArrayList<>();
        int i = 0;
        if (pattern.startsWith("^")) {
            i++;
        }
        int end = pattern.endsWith("$") ? pattern.length() - 1 : pattern.length();
        while (i < end) {
            String chars;
            char c = pattern.charAt(i);
            if (c == '[') {
                int close = pattern.indexOf(']', i + 1);
                chars = expand(pattern.substring(i + 1, close));
                i = close + 1;
            } else if (c == '\\') {
                chars = String.valueOf(pattern.charAt(i + 1));
                i += 2;
            } else if ("()|.".indexOf(c) >= 0) {
                throw new IllegalArgumentException("pattern not supported by the fuzz: " + pattern);
            } else {
                chars = String.valueOf(c);
                i++;
            }
            int min = 1;
            int max = 1;
            if (i < end) {
                char q = pattern.charAt(i);
                if (q == '?' || q == '*' || q == '+') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : 100;
                    i++;
                } else if (q == '{') {
                    int close = pattern.indexOf('}', i);
                    String[] bounds = pattern.substring(i + 1, close).split(",", -1);
                    min = Integer.parseInt(bounds[0].trim());
                    max = bounds.length == 1 ? min : bounds[1].isBlank() ? 100 : Integer.parseInt(bounds[1].trim());
                    i = close + 1;
                }
            }
            atoms.add(new Atom(chars, min, max));
        }
        return atoms;
    }

    private static String expand(String set) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < set.length(); i++) {
            char c = set.charAt(i);
            if (c == '\\') {
                chars.append(set.charAt(++i));
            } else if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                for (char x = c; x <= set.charAt(i + 2); x++) {
                    chars.append(x);
                }
                i += 2;
            } else {
                chars.append(c);
            }
        }
        return chars.toString();
    }
}
