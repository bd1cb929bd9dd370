package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.messages;
import static com.studyhall.simulation.EngineRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** enum: Enum, auto and unique run; what Lib/enum.py offers beyond them is refused before the first line. */
class EnumModuleTest {
    @Test
    void anEnumThroughTheModuleNameRunsAsWithFromImport() {
        SimulationResult r = run("""
                import enum
                class C(enum.Enum):
                    A = 1
                    B = enum.auto()
                print(list(C), C.B, C(2) is C.B)
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("[<C.A: 1>, <C.B: 2>] C.B True\n");
    }

    @Test
    void enumHooksInternalsAndTheFunctionalApiAreRefusedBeforeTheFirstLine() {
        SimulationResult r = run("""
                from enum import Enum, EnumMeta
                print("never printed")
                class C(Enum):
                    A = 1
                    A = 2
                    _ignore_ = []
                    class X: pass
                    def _missing_(cls, v): pass
                E = Enum("E", "A B")
                print(dir(C), reversed(C), C._member_type_)
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 1: 'enum.EnumMeta' is not supported in the memory lab",
                "line 5: a name bound twice in an enum class ('A') is not supported in the memory lab",
                "line 6: the enum setting '_ignore_' is not supported in the memory lab",
                "line 7: a class statement inside an enum class (a member with a DeprecationWarning in 3.11) is not supported in the memory lab",
                "line 8: the enum hook '_missing_' is not supported in the memory lab",
                "line 9: the enum functional API (Enum(...)) is not supported in the memory lab",
                "line 10: dir() of an enum class is not supported in the memory lab",
                "line 10: reversed() of an enum class is not supported in the memory lab",
                "line 10: the enum attribute '_member_type_' is not supported in the memory lab");
    }

    @Test
    void autoAfterAValueThatIsNotTheLargestIntSoFarIsRefusedBeforeTheFirstLine() {
        SimulationResult r = run("""
                from enum import Enum, Flag, auto
                print("never printed")
                class Fine(Enum):
                    A = -2
                    B = auto()
                    C = 10
                    D = auto()
                class Bits(Flag):
                    X = 8
                    Y = 1
                    Z = auto()
                class Down(Enum):
                    A = 5
                    B = 1
                    C = auto()
                class Named(Enum):
                    A = "a"
                    B = auto()
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(r.stdout()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 15: auto() after a member value that is not the largest int so far is not supported in the memory lab",
                "line 18: auto() after a member value that is not the largest int so far is not supported in the memory lab");
    }

    @Test
    void intEnumAndStrEnumMembersAreTheirValuesForArithmeticStrAndFormat() {
        SimulationResult r = run("""
                from enum import IntEnum, StrEnum, auto
                class Level(IntEnum):
                    LOW = 1
                    HIGH = auto()
                class Tone(StrEnum):
                    SOFT = auto()
                print(Level.LOW, repr(Level.HIGH), Level.HIGH + 1, f"{Level.LOW:03d}", sorted([Level.HIGH, 0]))
                print(Tone.SOFT, repr(Tone.SOFT), Tone.SOFT.upper(), ["a", "b", "c"][Level.HIGH])
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("1 <Level.HIGH: 2> 3 001 [0, <Level.HIGH: 2>]\nsoft <Tone.SOFT: 'soft'> SOFT c\n");
    }

    @Test
    void mixinsTheLabDoesNotModelAreRefusedBeforeTheFirstLine() {
        SimulationResult r = run("""
                from enum import Enum, auto
                print("never printed")
                class Color(Enum, str):
                    RED = "r"
                class Name(str, Enum):
                    ADA = auto()
                class Ratio(float, Enum):
                    ONE = 1
                class Raw(bytes, Enum):
                    A = b"a"
                """);
        assertThat(r.rejected()).isTrue();
        assertThat(messages(r)).contains(
                "line 3: an enum class mixing in 'str' other than as class Color(str, Enum) is not supported in the memory lab",
                "line 6: auto() in a class mixing in 'str' is not supported in the memory lab",
                "line 8: an enum member value that is not a float in a class mixing in 'float' is not supported in the memory lab",
                "line 9: an enum class mixing in 'bytes' (int, str and float are supported) is not supported in the memory lab");
    }

    @Test
    void aStrMixinsMembersPrintAsEnumsAndCompareAsStrs() {
        SimulationResult r = run("""
                from enum import Enum
                class Color(str, Enum):
                    RED = "red"
                print(Color.RED, f"{Color.RED:>10}", "%s" % Color.RED, Color.RED == "red", Color.RED.upper())
                print(Color.__mro__)
                """);
        assertThat(r.stdout()).isEqualTo("Color.RED  Color.RED Color.RED True RED\n"
                + "(<enum 'Color'>, <class 'str'>, <enum 'Enum'>, <class 'object'>)\n");
    }

    @Test
    void anIntFlagKeepsUnknownBitsAndCombinesWithInts() {
        SimulationResult r = run("""
                from enum import IntFlag
                class Perm(IntFlag):
                    R = 4
                    W = 2
                    X = 1
                rw = Perm.R | Perm.W
                print(repr(rw), rw, repr(Perm(12)), repr(1 | Perm.R), repr(~Perm.R), repr(Perm(-1)), list(rw), len(Perm(12)))
                """);
        assertThat(r.stdout()).isEqualTo("<Perm.R|W: 6> 6 <Perm.R|8: 12> <Perm.R|X: 5> <Perm.W|X: 3> <Perm.R|W|X: 7> "
                + "[<Perm.R: 4>, <Perm.W: 2>] 2\n");
    }

    @Test
    void aNameBoundToAutoReadInAStrEnumBodyIsRefused() {
        // An Enum's or a Flag's runs (HuntSixteenTest); a StrEnum's auto() is the name lower-cased.
        SimulationResult r = run("""
                from enum import StrEnum, auto
                class Mode(StrEnum):
                    READ = auto()
                    WRITE = auto()
                    BOTH = READ + WRITE
                """);
        assertThat(messages(r)).containsExactly(
                "line 5: a name bound to auto() read in the enum class body ('READ') is not supported in the memory lab");
    }

    @Test
    void aClasssWeakrefDescriptorIsRefusedAndAnInstancesRuns() {
        SimulationResult refused = run("""
                class Holder:
                    pass
                print(Holder.__weakref__)
                """);
        assertThat(messages(refused)).containsExactly(
                "line 3: a class's '__weakref__' (a getset descriptor; an instance's __weakref__ is supported) is not supported in the memory lab");
        SimulationResult r = run("""
                import weakref
                class Holder:
                    pass
                h = Holder()
                before = h.__weakref__
                w = weakref.ref(h)
                print(before, h.__weakref__ is w, hasattr(h, '__weakref__'))
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("None True True\n");
    }
}
