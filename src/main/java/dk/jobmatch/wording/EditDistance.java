package dk.jobmatch.wording;

/**
 * A bounded Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute,
 * swap two neighbours; one edit each) from what was typed to a label, and to the label's beginning,
 * so a half-typed, misspelt word still finds its label. Gives up as soon as two rows of the table
 * are above the bound, which keeps a scan of the vocabulary's labels to a few milliseconds.
 */
final class EditDistance {

    /** What the typed text is from a label: the edits, and whether to all of it or only its beginning. */
    record Fit(int edits, boolean whole) {
    }

    /** Three rows of the table, reused from label to label within one scan (one thread). */
    static final class Rows {
        private int[] before = new int[0];
        private int[] previous = new int[0];
        private int[] current = new int[0];

        private void fit(int length) {
            if (previous.length < length) {
                before = new int[length];
                previous = new int[length];
                current = new int[length];
            }
        }
    }

    private EditDistance() {
    }

    /** The fewest edits from {@code typed} to {@code label} or to a beginning of it, or null if more than {@code max}. */
    static Fit fit(String typed, String label, int max) {
        return fit(typed, label, max, new Rows());
    }

    /** As {@link #fit(String, String, int)}, in the given rows. */
    static Fit fit(String typed, String label, int max, Rows rows) {
        int n = typed.length();
        int m = label.length();
        if (n - m > max) {
            return null;
        }
        rows.fit(m + 1);
        int[] before = rows.before;
        int[] previous = rows.previous;
        int[] current = rows.current;
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        int previousMin = 0;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = typed.charAt(i - 1) == label.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && typed.charAt(i - 1) == label.charAt(j - 2)
                        && typed.charAt(i - 2) == label.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (rowMin > max && previousMin > max) {
                return null;
            }
            previousMin = rowMin;
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        if (previous[m] <= max) {
            return new Fit(previous[m], true);
        }
        int beginning = Integer.MAX_VALUE;
        for (int j = Math.max(0, n - max); j <= Math.min(m, n + max); j++) {
            beginning = Math.min(beginning, previous[j]);
        }
        return beginning <= max ? new Fit(beginning, false) : null;
    }
}
