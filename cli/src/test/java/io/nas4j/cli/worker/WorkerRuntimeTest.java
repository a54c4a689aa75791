package io.nas4j.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerRuntimeTest {
    @Test
    void givesWorkersOneOpenMpThreadTheNaiveEngineAndTheClientCompiler() {
        WorkerRuntime r = WorkerRuntime.defaults(List.of("-Xmx2g", "-Dai.djl.offline=true"), Map.of("PATH", "/bin"));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), r.jvmOptions());
        assertEquals(Map.of("OMP_NUM_THREADS", "1", "MXNET_ENGINE_TYPE", "NaiveEngine"), r.environment());
    }

    @Test
    void leavesWhatTheUserSetAlone() {
        WorkerRuntime r = WorkerRuntime.defaults(List.of("-XX:TieredStopAtLevel=4"),
                Map.of("OMP_NUM_THREADS", "2", "MXNET_ENGINE_TYPE", "ThreadedEnginePerDevice"));
        assertEquals(List.of(), r.jvmOptions());
        assertEquals(Map.of(), r.environment());
        assertEquals(List.of(), WorkerRuntime.defaults(List.of("-XX:-TieredCompilation"), Map.of()).jvmOptions());
        assertEquals(Map.of("MXNET_ENGINE_TYPE", "NaiveEngine"),
                WorkerRuntime.defaults(List.of(), Map.of("OMP_NUM_THREADS", "4")).environment());
    }

    @Test
    void addsTheWorkersOwnJvmOptionsLast() {
        WorkerRuntime r = WorkerRuntime.defaults(List.of("-Xmx1g"),
                Map.of(WorkerRuntime.WORKER_JAVA_OPTS, "  -Xmx3g   -XX:TieredStopAtLevel=4 "));
        assertEquals(List.of("-Xmx3g", "-XX:TieredStopAtLevel=4"), r.jvmOptions());
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-Xss2m"),
                WorkerRuntime.defaults(List.of(), Map.of(WorkerRuntime.WORKER_JAVA_OPTS, "-Xss2m")).jvmOptions());
        assertEquals(List.of("-XX:TieredStopAtLevel=1"),
                WorkerRuntime.defaults(List.of(), Map.of(WorkerRuntime.WORKER_JAVA_OPTS, " ")).jvmOptions());
    }

    @Test
    void isImmutable() {
        List<String> options = new ArrayList<>(List.of("-Xss1m"));
        WorkerRuntime r = new WorkerRuntime(options, Map.of());
        options.add("-Xmx1g");
        assertEquals(List.of("-Xss1m"), r.jvmOptions());
        assertThrows(UnsupportedOperationException.class, () -> r.jvmOptions().add("x"));
        assertThrows(NullPointerException.class, () -> new WorkerRuntime(null, Map.of()));
    }
}
