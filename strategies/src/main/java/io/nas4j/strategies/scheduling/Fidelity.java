package io.nas4j.strategies.scheduling;

import io.nas4j.searchspace.candidate.Candidate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How much of a resource one trial gets.
 *
 * <p>The amount is written into the trial's candidate ({@link #applyTo}): epochs as the
 * {@code epochs} hyperparameter, a data fraction as the {@code data_fraction} hyperparameter. The
 * fidelity is therefore stored with the trial, survives a restart, and two fidelities of one
 * configuration are two candidates with two fingerprints. The runner passes it on to the
 * evaluator's {@code TrialContext} with {@link #dataFractionOf(Candidate)} (epochs are read from
 * the candidate by the evaluator itself).
 *
 * @param resource what is allotted
 * @param amount whole epochs, 0 meaning "the candidate's own epochs"; or a fraction in (0, 1]
 */
public record Fidelity(Resource resource, double amount) {
    /** The hyperparameter that holds a trial's data fraction. */
    public static final String DATA_FRACTION = "data_fraction";
    /** The hyperparameter that holds a trial's epochs. */
    public static final String EPOCHS = "epochs";

    /** Validates. */
    public Fidelity {
        Objects.requireNonNull(resource, "resource");
        if (resource == Resource.EPOCHS && (amount < 0 || amount != Math.rint(amount) || amount > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("an epoch budget is a whole number >= 0, got " + amount);
        }
        if (resource == Resource.DATA_FRACTION && !(amount > 0 && amount <= 1)) {
            throw new IllegalArgumentException("a data fraction is in (0, 1], got " + amount);
        }
    }

    /** {@code epochs} epochs. */
    public static Fidelity epochs(int epochs) {
        return new Fidelity(Resource.EPOCHS, epochs);
    }

    /** Whatever epochs the candidate asks for. */
    public static Fidelity candidateEpochs() {
        return new Fidelity(Resource.EPOCHS, 0);
    }

    /** A fraction of the training data. */
    public static Fidelity dataFraction(double fraction) {
        return new Fidelity(Resource.DATA_FRACTION, fraction);
    }

    /** Epochs to train, 0 for the candidate's own (the value of {@code TrialContext.epochBudget()}). */
    public int epochBudget() {
        return resource == Resource.EPOCHS ? (int) amount : 0;
    }

    /** Share of the training data (the value of {@code TrialContext.dataFraction()}). */
    public double dataFraction() {
        return resource == Resource.DATA_FRACTION ? amount : 1.0;
    }

    /** The candidate with this fidelity written into its hyperparameters. */
    public Candidate applyTo(Candidate candidate) {
        Map<String, Object> hp = new TreeMap<>(candidate.hyperparameters());
        if (resource == Resource.EPOCHS) {
            if (amount == 0) {
                return candidate;
            }
            hp.put(EPOCHS, (int) amount);
        } else {
            hp.put(DATA_FRACTION, amount);
        }
        return new Candidate(candidate.architecture(), hp);
    }

    /** The data fraction a recorded candidate trains on: its {@code data_fraction}, else 1. */
    public static double dataFractionOf(Candidate candidate) {
        return candidate.number(DATA_FRACTION, 1.0);
    }

    /** E.g. {@code 3 epochs}, {@code the candidate's epochs}, {@code data fraction 0.3333}. */
    public String describe() {
        if (resource == Resource.EPOCHS) {
            return amount == 0 ? "the candidate's epochs" : (int) amount + (amount == 1 ? " epoch" : " epochs");
        }
        return "data fraction " + io.nas4j.strategies.pruning.Numbers.format(amount);
    }
}
