import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws x,y series from CSV files as lines into a PNG with java.awt (headless), for
 * docs/BENCHMARKS.md. Lines that are not two numbers separated by a comma are skipped.
 * Usage: {@code java bench/plot/LinePlot.java OUT.png TITLE XLABEL YLABEL NAME=FILE.csv...}
 * (y values are divided by 1024 when YLABEL ends with "(MB)" and the files hold KB).
 */
public class LinePlot {
    private static final Color[] COLORS = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C),
            new Color(0xFF7F0E)};

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        String out = args[0];
        String title = args[1];
        String xLabel = args[2];
        String yLabel = args[3];
        double scale = yLabel.endsWith("(MB)") ? 1024.0 : 1.0;
        List<String> names = new ArrayList<>();
        List<double[][]> series = new ArrayList<>();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = 0, maxY = -Double.MAX_VALUE;
        for (int i = 4; i < args.length; i++) {
            String[] nf = args[i].split("=", 2);
            List<double[]> pts = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of(nf[1]))) {
                String[] p = line.trim().split(",");
                if (p.length != 2) {
                    continue;
                }
                try {
                    double x = Double.parseDouble(p[0]);
                    double y = Double.parseDouble(p[1]) / scale;
                    pts.add(new double[] {x, y});
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                } catch (NumberFormatException e) {
                    // a header or a log line
                }
            }
            names.add(nf[0]);
            series.add(pts.toArray(new double[0][]));
        }
        maxY = niceCeiling(maxY * 1.05);
        int w = 900, h = 520, left = 80, right = 30, top = 50, bottom = 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int pw = w - left - right, ph = h - top - bottom;
        g.setColor(new Color(0xDDDDDD));
        for (int k = 0; k <= 5; k++) {
            int y = top + ph - k * ph / 5;
            g.drawLine(left, y, left + pw, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format("%.0f", maxY * k / 5), 10, y + 5);
            g.setColor(new Color(0xDDDDDD));
        }
        g.setColor(Color.DARK_GRAY);
        for (int k = 0; k <= 5; k++) {
            int x = left + k * pw / 5;
            g.drawString(String.format("%.0f", minX + (maxX - minX) * k / 5), x - 10, top + ph + 20);
        }
        g.drawRect(left, top, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(xLabel, left + pw / 2 - 40, h - 15);
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, -(top + ph / 2 + 60), 25);
        g.rotate(Math.PI / 2);
        g.setStroke(new BasicStroke(2f));
        for (int s = 0; s < series.size(); s++) {
            g.setColor(COLORS[s % COLORS.length]);
            double[][] pts = series.get(s);
            for (int i = 1; i < pts.length; i++) {
                g.drawLine(px(pts[i - 1][0], minX, maxX, left, pw), py(pts[i - 1][1], minY, maxY, top, ph),
                        px(pts[i][0], minX, maxX, left, pw), py(pts[i][1], minY, maxY, top, ph));
            }
            g.fillRect(left + 15, top + 15 + 20 * s, 14, 4);
            g.drawString(names.get(s), left + 35, top + 21 + 20 * s);
        }
        g.dispose();
        ImageIO.write(img, "png", new File(out));
    }

    private static int px(double x, double min, double max, int left, int pw) {
        return left + (int) Math.round((x - min) / (max - min) * pw);
    }

    private static int py(double y, double min, double max, int top, int ph) {
        return top + ph - (int) Math.round((y - min) / (max - min) * ph);
    }

    private static double niceCeiling(double v) {
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        return Math.ceil(v / step) * step;
    }
}
