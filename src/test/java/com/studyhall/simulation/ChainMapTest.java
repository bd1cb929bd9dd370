package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** collections.ChainMap runs as CPython 3.11's pure-Python class does; what the lab does not model of it is refused first. */
class ChainMapTest {
    @Test
    void iterationFollowsTheMapsTakenLastToFirstAndLookupsTheFirstMapThatHasTheKey() {
        SimulationResult r = run("""
                from collections import ChainMap
                cm = ChainMap({'a': 1, 'b': 2}, {'b': 3, 'c': 4})
                print(list(cm), cm['b'], len(cm), dict(cm))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("['b', 'c', 'a'] 2 3 {'b': 2, 'c': 4, 'a': 1}\n");
    }

    @Test
    void deletingAKeyOnlyALaterMapHasRaisesChainMapsOwnKeyError() {
        SimulationResult r = run("""
                from collections import ChainMap
                cm = ChainMap({}, {'x': 1})
                del cm['x']
                """);
        assertThat(r.error().lastStderrLine()).isEqualTo("KeyError: \"Key not found in the first mapping: 'x'\"");
    }

    @Test
    void gcCountsLineageInstanceDictsContextsMapsAssignmentAndMappingPatternsAreRefusedBeforeTheRun() {
        SimulationResult r = run("""
                print("never printed")
                import gc
                from collections import ChainMap
                cm = ChainMap({'a': 1})
                print(gc.get_count(), type(cm).__mro__, vars(cm), KeyError().__context__)
                cm.maps = [{}]
                match cm:
                    case {'a': x}:
                        pass
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 5: 'get_count' in a program that uses collections.ChainMap (ChainMap's methods allocate in Python frames the lab does not count) is not supported in the memory lab",
                "line 5: '__mro__' in a program that uses collections.ChainMap (collections.abc's classes are not modelled) is not supported in the memory lab",
                "line 5: 'vars' in a program that uses collections.ChainMap (an instance's own attribute dict is not modelled) is not supported in the memory lab",
                "line 5: '__context__' in a program that uses collections.ChainMap (ChainMap raises its own KeyError inside `except KeyError:`, a context the lab does not attach) is not supported in the memory lab",
                "line 6: assigning a ChainMap's maps attribute (mutating the list is modelled, replacing it is not) is not supported in the memory lab",
                "line 8: a mapping pattern in a program that uses collections.ChainMap (the lab's match does not recognise it as a mapping) is not supported in the memory lab");
    }

    @Test
    void gcCountsStayAvailableToProgramsWithoutChainMap() {
        SimulationResult r = run("""
                import gc, collections
                gc.collect()
                print(gc.get_count(), collections.Counter('aa'))
                """);
        assertThat(r.diagnostics()).isEmpty();
    }
}
