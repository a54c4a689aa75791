package io.nas4j.strategies.evolution;

import io.nas4j.searchspace.domain.Domain;
import io.nas4j.searchspace.domain.FloatRange;
import io.nas4j.searchspace.space.BlockSpace;
import io.nas4j.searchspace.space.SearchSpace;
import io.nas4j.searchspace.space.StageSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Which genes of a gene vector can change the decoded candidate: a stage's depth gene, the option
 * and parameter genes of the slots within the current depth, and the hyperparameter genes;
 * genes of unused slots, unused parameter positions and single-valued domains cannot. Mutating
 * only active genes makes every mutation a real change (depth, a block's option or parameter, or
 * a hyperparameter). Follows the gene layout documented on {@link SearchSpace}.
 */
public final class ActiveGenes {
    private ActiveGenes() {
    }

    /** Indexes of the genes of {@code genes} whose change can change the decoded candidate. */
    public static List<Integer> of(SearchSpace space, double[] genes) {
        List<Integer> active = new ArrayList<>();
        int at = 0;
        for (StageSpace stage : space.architecture().stages()) {
            int depths = stage.maxBlocks() - stage.minBlocks() + 1;
            if (depths > 1) {
                active.add(at);
            }
            int depth = stage.minBlocks() + pick(genes[at], depths);
            for (int j = 0; j < depth; j++) {
                int slot = at + 1 + j * stage.slotWidth();
                if (stage.options().size() > 1) {
                    active.add(slot);
                }
                BlockSpace option = stage.options().get(pick(genes[slot], stage.options().size()));
                int p = slot + 1;
                for (Domain d : option.domains().values()) {
                    if (varies(d)) {
                        active.add(p);
                    }
                    p++;
                }
            }
            at += stage.width();
        }
        for (Domain d : space.hyperparameters().domains().values()) {
            if (varies(d)) {
                active.add(at);
            }
            at++;
        }
        return active;
    }

    private static boolean varies(Domain d) {
        if (d instanceof FloatRange f) {
            return f.min() < f.max();
        }
        return d.cardinality() > 1;
    }

    private static int pick(double gene, int n) {
        return Math.min(n - 1, (int) Math.floor(Domain.clamp(gene) * n));
    }
}
