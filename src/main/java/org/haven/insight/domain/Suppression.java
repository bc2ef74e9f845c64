package org.haven.insight.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small-number suppression, so that no published figure identifies a child.
 * <ol>
 * <li>Primary: a count from 1 to threshold - 1 is not shown (zero is shown: it identifies nobody).</li>
 * <li>A total below the threshold (but not zero) is not shown, and then no cell of its table either: such a
 * figure rests on too few cases (a single small school, a rare category).</li>
 * <li>Complementary: when cells are hidden, the hidden cells together must be at least two and add up to at least
 * the threshold; otherwise the total minus the visible cells would give the hidden cell (or a small group of them).
 * The smallest visible non-zero cells are hidden in turn until that holds; when no cell is left to hide, the
 * total is hidden too.</li>
 * </ol>
 * Every hidden cell looks the same (count null, suppressed true), so a reader cannot tell which were small.
 */
public final class Suppression {

    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    public Suppression(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("A threshold below 2 protects nobody: " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public ShownTable apply(List<Cell> cells) {
        long total = cells.stream().mapToLong(Cell::count).sum();
        Set<Integer> hidden = new HashSet<>();
        boolean totalHidden = total > 0 && total < threshold;
        for (int i = 0; i < cells.size(); i++) {
            long n = cells.get(i).count();
            if (n > 0 && (totalHidden || n < threshold)) {
                hidden.add(i);
            }
        }
        if (!totalHidden) {
            totalHidden = !complete(cells, hidden);
        }
        List<ShownRow> rows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            rows.add(hidden.contains(i) ? ShownRow.hidden(cells.get(i)) : ShownRow.visible(cells.get(i)));
        }
        return new ShownTable(threshold, rows, totalHidden ? null : total);
    }

    /** Hides further cells until the hidden ones are safe; false when that cannot be reached with cells alone. */
    private boolean complete(List<Cell> cells, Set<Integer> hidden) {
        while (!hidden.isEmpty() && !safe(cells, hidden)) {
            Integer next = null;
            for (int i = 0; i < cells.size(); i++) {
                if (!hidden.contains(i) && cells.get(i).count() > 0
                        && (next == null || cells.get(i).count() < cells.get(next).count())) {
                    next = i;
                }
            }
            if (next == null) {
                return false;
            }
            hidden.add(next);
        }
        return true;
    }

    private boolean safe(List<Cell> cells, Set<Integer> hidden) {
        long sum = hidden.stream().mapToLong(i -> cells.get(i).count()).sum();
        return hidden.size() >= 2 && sum >= threshold;
    }
}
