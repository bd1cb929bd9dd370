package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The third half-way audit (issue 12): copies of builtin-derived instances and exceptions through
 * their type's reduce, OrderedDict subclasses in | and |=, OrderedDict's view and iterator types.
 */
class HalfwayAuditThreeTest {
    @Nested
    class CopiesThroughReduce {
        @Test
        void aSetSubclassIsCopiedByCallingItsClassWithAListOfItsMembers() {
            SimulationResult r = runPatiently("""
                    import copy
                    class Tags(set):
                        def __init__(self, items=()):
                            print(type(items).__name__)
                            set.__init__(self, items)
                    t = Tags([1])
                    c = copy.copy(t)
                    print(type(c).__name__, c == t, c is t)
                    """);
            assertThat(r.stdout()).isEqualTo("list\nlist\nTags True False\n");
        }

        @Test
        void aDeepCopyOfAnIntSubclassKeepsItsValueTypeAndAttributes() {
            SimulationResult r = runPatiently("""
                    import copy
                    class Money(int):
                        pass
                    m = Money(5)
                    m.cur = ["EUR"]
                    d = copy.deepcopy(m)
                    print(type(d).__name__, d, d.cur, d.cur is m.cur)
                    """);
            assertThat(r.stdout()).isEqualTo("Money 5 ['EUR'] False\n");
        }

        @Test
        void anOSErrorGivesBackItsFilenameAsOSErrorReduceDoes() {
            SimulationResult r = runPatiently("import copy\ne = OSError(2, 'gone', 'a.txt')\nc = copy.copy(e)\nprint(type(c).__name__, c.filename, c.args)\n");
            assertThat(r.stdout()).isEqualTo("FileNotFoundError a.txt (2, 'gone')\n");
        }
    }

    @Nested
    class OrderedDicts {
        @Test
        void aSubclassOnTheRightOfADictMakesTheResultThroughItsClass() {
            SimulationResult r = runPatiently("""
                    from collections import OrderedDict
                    class S(OrderedDict):
                        pass
                    u = {"a": 1} | S(b=2)
                    print(type(u).__name__, list(u))
                    """);
            assertThat(r.stdout()).isEqualTo("S ['a', 'b']\n");
        }

        @Test
        void viewsAndIteratorsAreOfOrderedDictsOwnTypes() {
            SimulationResult r = runPatiently("""
                    from collections import OrderedDict
                    od = OrderedDict(a=1)
                    print(type(od.values()).__name__, type(iter(od.items())).__name__, isinstance(od.keys(), type({}.keys())))
                    """);
            assertThat(r.stdout()).isEqualTo("odict_values odict_iterator True\n");
        }

        @Test
        void aCollectionsClassSlotReadIsRefusedBeforeTheFirstLine() {
            SimulationResult r = runPatiently("""
                    from collections import OrderedDict
                    print("never printed")
                    class S(OrderedDict):
                        def __setitem__(self, k, v):
                            OrderedDict.__setitem__(self, k, v)
                    """);
            assertThat(r.stdout()).isEmpty();
            assertThat(r.diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("line 5: the special attribute '__setitem__' of a collections class is not supported in the memory lab");
        }
    }
}
