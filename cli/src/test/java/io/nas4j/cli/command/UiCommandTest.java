package io.nas4j.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.cli.CliRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nas4j ui} option checks and {@code nas4j run --ui}. */
class UiCommandTest {
    @TempDir
    Path dir;

    private static CliRunner.Result run(String... args) {
        return CliRunner.run(args);
    }

    @Test
    void refusesANonLoopbackAddressWithoutAToken() {
        CliRunner.Result r = run("ui", "--db", dir.resolve("none").toString(), "--host", "0.0.0.0");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("token"), r.err());
    }

    @Test
    void refusesBadPortsAndShortTokens() {
        assertEquals(2, run("ui", "--port", "70000").code());
        CliRunner.Result r = run("ui", "--token", "abc");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("at least 8"), r.err());
    }

    @Test
    void runServesTheUiWhileTheStudyRuns() {
        CliRunner.Result r = run("run", Path.of("..", "examples", "synthetic.yaml").toString(), "--db", dir.resolve("db").toString(),
                "--trials", "20", "--quiet", "--ui", "--port", "0");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("nas4j ui: watch the study at http://127.0.0.1:"), r.out());
        assertTrue(r.out().contains("study.html?id="), r.out());
    }
}
