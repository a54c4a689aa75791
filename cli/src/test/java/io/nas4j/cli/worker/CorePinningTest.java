package io.nas4j.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorePinningTest {
    @Test
    void readsTheAllowedCpuList() {
        assertEquals(List.of(0, 1), CorePinning.allowedCpus(List.of("Name:\tjava", "Cpus_allowed:\t3",
                "Cpus_allowed_list:\t0-1")));
        assertEquals(List.of(0, 2, 3, 4, 7), CorePinning.allowedCpus(List.of("Cpus_allowed_list: 0,2-4,7")));
        assertThrows(IllegalArgumentException.class, () -> CorePinning.allowedCpus(List.of("Name: x")));
        assertThrows(IllegalArgumentException.class, () -> CorePinning.allowedCpus(List.of("Cpus_allowed_list: 3-1")));
    }

    @Test
    void givesEachSlotItsCpuInTurn() {
        CorePinning p = new CorePinning(Path.of("/usr/bin/taskset"), List.of(2, 5));
        assertEquals(List.of("/usr/bin/taskset", "-c", "2"), p.prefix(0));
        assertEquals(List.of("/usr/bin/taskset", "-c", "5"), p.prefix(1));
        assertEquals(List.of("/usr/bin/taskset", "-c", "2"), p.prefix(2));
        assertThrows(IllegalArgumentException.class, () -> p.prefix(-1));
        assertThrows(IllegalArgumentException.class, () -> new CorePinning(Path.of("t"), List.of()));
    }

    @Test
    void appliesOnlyWithACpuPerWorkerTasksetAndNoOptOut() {
        String path = System.getenv().getOrDefault("PATH", "");
        int cpus = CorePinning.detect(1, Map.of("PATH", path)).map(p -> p.cpus().size()).orElse(0);
        if (cpus > 0) { // Linux with taskset (the development machine and CI)
            assertTrue(CorePinning.detect(cpus, Map.of("PATH", path)).isPresent());
            assertTrue(CorePinning.detect(cpus + 1, Map.of("PATH", path)).isEmpty(), "more workers than CPUs");
            assertTrue(CorePinning.detect(1, Map.of("PATH", path, CorePinning.DISABLE, "0")).isEmpty());
        }
        assertTrue(CorePinning.detect(1, Map.of("PATH", "/nonexistent")).isEmpty(), "no taskset on the PATH");
    }
}
