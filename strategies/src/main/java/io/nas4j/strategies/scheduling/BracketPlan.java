package io.nas4j.strategies.scheduling;

import java.util.ArrayList;
import java.util.List;

/**
 * One bracket of (synchronous) successive halving: how many trials each rung holds and the
 * fidelity each rung trains at.
 *
 * @param sizes trials per rung, rung 0 first (non-increasing, at least 1)
 * @param fidelities fidelity per rung
 */
record BracketPlan(List<Integer> sizes, List<Fidelity> fidelities) {
    BracketPlan {
        sizes = List.copyOf(sizes);
        fidelities = List.copyOf(fidelities);
        if (sizes.size() != fidelities.size() || sizes.isEmpty()) {
            throw new IllegalArgumentException("a bracket needs one size per rung fidelity");
        }
    }

    /** Number of rungs. */
    int rungs() {
        return sizes.size();
    }

    /**
     * Bracket {@code s} of Hyperband (Li et al. 2018) with {@code sMax + 1} brackets: {@code n =
     * ceil((sMax + 1) / (s + 1) · eta^s)} trials, rung {@code i} keeps {@code floor(n · eta^-i)}
     * of them at resource {@code max · eta^(i - s)} (epochs rounded, at least 1).
     */
    static BracketPlan hyperband(int s, int sMax, int eta, Resource resource, double max) {
        int n = (int) Math.ceil((sMax + 1) / (double) (s + 1) * Math.pow(eta, s));
        return halving(n, s, eta, resource, max);
    }

    /** Successive halving: {@code eta^s} trials halved {@code s} times up to {@code max}. */
    static BracketPlan successiveHalving(int s, int eta, Resource resource, double max) {
        return halving((int) Math.pow(eta, s), s, eta, resource, max);
    }

    private static BracketPlan halving(int n, int s, int eta, Resource resource, double max) {
        List<Integer> sizes = new ArrayList<>();
        List<Fidelity> fidelities = new ArrayList<>();
        for (int i = 0; i <= s; i++) {
            sizes.add(Math.max(1, (int) Math.floor(n / Math.pow(eta, i) + 1e-9)));
            double r = max * Math.pow(eta, i - s);
            fidelities.add(resource == Resource.EPOCHS ? Fidelity.epochs((int) Math.max(1, Math.round(r)))
                    : Fidelity.dataFraction(Math.min(1.0, r)));
        }
        return new BracketPlan(sizes, fidelities);
    }

    /** The largest {@code s} with {@code min · eta^s <= max}. */
    static int maxHalvings(double min, double max, int eta) {
        int s = 0;
        while (min * Math.pow(eta, s + 1) <= max * (1 + 1e-9)) {
            s++;
        }
        return s;
    }
}
