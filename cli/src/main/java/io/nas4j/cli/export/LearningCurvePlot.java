package io.nas4j.cli.export;

import io.nas4j.searchspace.evaluation.EpochMetrics;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws a trial's learning curve as a small PNG (headless Java2D): one line per metric over the
 * epochs, each scaled to its own range (the legend gives the first and last value).
 */
public final class LearningCurvePlot {
    /** Plot width in pixels. */
    public static final int WIDTH = 480;
    /** Plot height in pixels. */
    public static final int HEIGHT = 260;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd)};

    private LearningCurvePlot() {
    }

    /** Writes the curves of {@code metrics} (those present in the epochs) to {@code file}; false when there is nothing to draw. */
    public static boolean write(List<EpochMetrics> epochs, List<String> metrics, String title, Path file)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> drawn = new ArrayList<>();
        for (String m : metrics) {
            if (epochs.stream().anyMatch(e -> e.values().containsKey(m)) && !drawn.contains(m)) {
                drawn.add(m);
            }
        }
        if (epochs.isEmpty() || drawn.isEmpty()) {
            return false;
        }
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int left = 40;
            int right = WIDTH - 10;
            int top = 28;
            int bottom = HEIGHT - 30 - 14 * drawn.size();
            g.setColor(Color.GRAY);
            g.drawRect(left, top, right - left, bottom - top);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.setColor(Color.BLACK);
            g.drawString(title, left, 16);
            int first = epochs.get(0).epoch();
            int last = epochs.get(epochs.size() - 1).epoch();
            g.drawString("epoch " + first, left, bottom + 13);
            String lastLabel = "epoch " + last;
            g.drawString(lastLabel, right - g.getFontMetrics().stringWidth(lastLabel), bottom + 13);
            for (int k = 0; k < drawn.size(); k++) {
                String m = drawn.get(k);
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (EpochMetrics e : epochs) {
                    Double v = e.values().get(m);
                    if (v != null && Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                if (lo > hi) {
                    continue;
                }
                double span = hi - lo == 0 ? 1 : hi - lo;
                g.setColor(COLORS[k % COLORS.length]);
                g.setStroke(new BasicStroke(1.6f));
                int px = -1;
                int py = -1;
                Double firstValue = null;
                Double lastValue = null;
                for (EpochMetrics e : epochs) {
                    Double v = e.values().get(m);
                    if (v == null || !Double.isFinite(v)) {
                        continue;
                    }
                    firstValue = firstValue == null ? v : firstValue;
                    lastValue = v;
                    int x = last == first ? (left + right) / 2 : left + (int) Math.round((e.epoch() - first)
                            * (double) (right - left) / (last - first));
                    int y = bottom - (int) Math.round((v - lo) / span * (bottom - top - 4)) - 2;
                    if (px >= 0) {
                        g.drawLine(px, py, x, y);
                    } else {
                        g.fillOval(x - 2, y - 2, 4, 4);
                    }
                    px = x;
                    py = y;
                }
                g.drawString(String.format(Locale.ROOT, "%s: %.4g -> %.4g (range %.4g..%.4g)", m, firstValue,
                        lastValue, lo, hi), left, bottom + 27 + 14 * k);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", file.toFile());
        return true;
    }
}
