package io.nas4j.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.store.StorageException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class H2LocationTest {
    private static final String SETTINGS = ";LOCK_TIMEOUT=10000;RETENTION_TIME=0";

    @Test
    void mapsAPathEndingInDbToAnMvDbFile() {
        Path abs = Path.of("runs/nas4j.db").toAbsolutePath().normalize();
        H2Location l = H2Location.parse("runs/nas4j.db");
        assertEquals("jdbc:h2:file:" + abs.resolveSibling("nas4j") + SETTINGS, l.jdbcUrl());
        assertEquals(Optional.of(abs.resolveSibling("nas4j.mv.db")), l.dataFile());
        assertEquals(abs.resolveSibling("nas4j.mv.db").toString(), l.display());
        assertTrue(l.isEmbeddedFile());
    }

    @Test
    void acceptsTheMvDbFileItselfAndBareNames() {
        Path abs = Path.of("/tmp/x/study.mv.db");
        assertEquals(Optional.of(abs), H2Location.parse("/tmp/x/study.mv.db").dataFile());
        assertEquals(Optional.of(Path.of("/tmp/x/study.mv.db")), H2Location.parse("/tmp/x/study").dataFile());
    }

    @Test
    void mapsMemoryNamesAndKeepsH2Urls() {
        H2Location mem = H2Location.parse("mem:test");
        assertEquals("jdbc:h2:mem:test" + SETTINGS, mem.jdbcUrl());
        assertFalse(mem.isEmbeddedFile());

        H2Location tcp = H2Location.parse("jdbc:h2:tcp://127.0.0.1:9092/nas4j;PASSWORD=secret;LOCK_TIMEOUT=500");
        assertEquals("jdbc:h2:tcp://127.0.0.1:9092/nas4j;PASSWORD=secret;LOCK_TIMEOUT=500;RETENTION_TIME=0",
                tcp.jdbcUrl());
        assertEquals("jdbc:h2:tcp://127.0.0.1:9092/nas4j", tcp.display(), "no password in messages");
        assertTrue(tcp.dataFile().isEmpty());

        assertEquals(Optional.of(Path.of("/data/s.mv.db")), H2Location.parse("jdbc:h2:file:/data/s").dataFile());
    }

    @Test
    void rejectsOtherDatabasesAndEmptyLocations() {
        StorageException pg = assertThrows(StorageException.class, () -> H2Location.parse("jdbc:postgresql://h/db"));
        assertTrue(pg.getMessage().contains("is not an H2 database URL"), pg.getMessage());
        assertThrows(StorageException.class, () -> H2Location.parse("  "));
        assertThrows(StorageException.class, () -> H2Location.parse("a.db;INIT=RUNSCRIPT FROM 'x'"));
        assertThrows(StorageException.class, () -> H2Location.parse("mem:"));
    }
}
