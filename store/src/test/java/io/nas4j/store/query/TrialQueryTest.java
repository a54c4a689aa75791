package io.nas4j.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nas4j.searchspace.trial.TrialState;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrialQueryTest {
    @Test
    void parsesColumnsParamsAndMetrics() {
        assertEquals(TrialField.of(TrialField.Column.PARAM_COUNT), TrialField.parse("param_count"));
        assertEquals(TrialField.param("arch.units"), TrialField.parse("param:arch.units"));
        assertEquals(TrialField.metric("val_loss"), TrialField.parse("metric:val_loss"));
        for (String s : new String[] {"duration", "param:learning_rate", "metric:test_accuracy"}) {
            assertEquals(s, TrialField.parse(s).toString());
        }
    }

    @Test
    void namesTheAcceptedFieldsForAnUnknownOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrialField.parse("speed"));
        assertEquals("unknown trial field 'speed' (expected one of number, state, objective, param_count, flops, "
                + "duration, generation, created_at, finished_at, updated_at, param:NAME or metric:NAME)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrialField.parse("param:"));
        assertThrows(IllegalArgumentException.class, () -> TrialField.parse("metric:a b"));
    }

    @Test
    void validatesFiltersAndPages() {
        assertThrows(IllegalArgumentException.class, () -> TrialFilter.between("flops", 5, 1));
        assertThrows(IllegalArgumentException.class, () -> TrialFilter.equalTo("objective", "x"));
        assertThrows(IllegalArgumentException.class, () -> TrialFilter.atLeast("state", 1));
        assertThrows(IllegalArgumentException.class, () -> TrialFilter.atLeast("objective", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> TrialQuery.builder().optPage(-1, 10).build());
        assertThrows(IllegalArgumentException.class, () -> TrialQuery.builder().optPage(0, 0).build());

        TrialQuery q = TrialQuery.builder().optStates(TrialState.COMPLETE, TrialState.PRUNED).build();
        assertEquals(Set.of(TrialState.COMPLETE, TrialState.PRUNED), q.states());
        assertEquals(TrialQuery.DEFAULT_LIMIT, q.limit());
        assertEquals("number", q.sortBy().toString());
        assertTrue(TrialQuery.builder().build().states().isEmpty());
    }
}
