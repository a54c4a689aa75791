package io.nas4j.cli.run;

import io.nas4j.cli.output.Table;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a run on the terminal: a progress bar (trials done of the budget, best so far, the
 * current trial's epoch, ETA) when standard error is a terminal, else one line per trial.
 */
public final class ConsoleProgress implements RunListener, AutoCloseable {
    private final PrintWriter out;
    private final String objective;
    private final ProgressBar bar;
    private int done;
    private String best = "-";

    /**
     * Creates the display.
     *
     * @param out where trial lines go
     * @param study study name (the bar's title)
     * @param objective primary objective metric name
     * @param alreadyDone trials already evaluated before this run
     * @param budget total trial budget, or 0 when only time limits the run
     * @param interactive whether to draw a progress bar
     */
    public ConsoleProgress(PrintWriter out, String study, String objective, int alreadyDone, int budget,
            boolean interactive) {
        this.out = out;
        this.objective = objective;
        this.done = alreadyDone;
        this.bar = interactive ? new ProgressBarBuilder().setTaskName(study).setInitialMax(budget > 0 ? budget : -1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                .setUnit(" trials", 1).clearDisplayOnFinish().build() : null;
        if (bar != null) {
            bar.stepTo(alreadyDone);
        }
    }

    @Override
    public void trialStarted(TrialRecord trial, int epochs) {
        if (bar != null) {
            bar.setExtraMessage("best " + best + " | trial " + trial.number() + " epoch 0/" + epochs);
        }
    }

    @Override
    public void epochFinished(TrialRecord trial, EpochMetrics metrics) {
        if (bar != null) {
            int epochs = trial.candidate().integer("epochs", 0);
            bar.setExtraMessage("best " + best + " | trial " + trial.number() + " epoch " + metrics.epoch()
                    + (epochs > 0 ? "/" + epochs : "") + " " + objective + " " + Table.number(metrics.get(objective)));
        }
    }

    @Override
    public void trialFinished(TrialRecord trial, TrialRecord bestTrial) {
        if (bestTrial != null) {
            best = Table.number(bestTrial.objective().orElse(Double.NaN)) + " (#" + bestTrial.number() + ")";
        }
        if (trial.state() != TrialState.INFEASIBLE) {
            done++;
        }
        String line = String.format("trial %d %-10s %s %s  %s", trial.number(), trial.state(), objective,
                Table.number(trial.objective().isPresent() ? trial.objective().getAsDouble() : null),
                trial.state() == TrialState.COMPLETE ? trial.candidate().architecture().describe()
                        : trial.message() == null ? "" : trial.message());
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage("best " + best);
        } else {
            out.println(line.stripTrailing());
            out.flush();
        }
    }

    @Override
    public void note(String message) {
        if (bar == null) {
            out.println(message);
            out.flush();
        } else {
            System.err.println("\r" + message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
