package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metaclass shapes the lab does not model are refused before the first line runs. */
class MetaclassRefusalsTest {
    private final Simulator simulator = new Simulator();

    private String refusal(String code) {
        SimulationResult r = simulator.run(new SimulationRequest("print('not printed')\n" + code, Limits.defaults(), false));
        assertThat(r.rejected()).as("refused: %s", code).isTrue();
        assertThat(r.stdout()).isEmpty();
        return r.diagnostics().get(0).message();
    }

    @Test
    void otherMetaclassSpecialMethodsAreRefused() {
        assertThat(refusal("class M(type):\n    def __getattr__(cls, name):\n        return 1\n"))
                .contains("line 3", "the metaclass method '__getattr__'");
        assertThat(refusal("class M(type):\n    def __instancecheck__(cls, obj):\n        return True\n"))
                .contains("the metaclass method '__instancecheck__'");
    }

    @Test
    void prepareNotReturningADictAndOtherDecoratorsAreRefused() {
        assertThat(refusal("import collections\nclass M(type):\n    @classmethod\n    def __prepare__(mcs, name, bases):\n"
                + "        return collections.OrderedDict()\n")).contains("line 4", "a decorator in a metaclass body");
        assertThat(refusal("class M(type):\n    @classmethod\n    def __prepare__(mcs, name, bases):\n"
                + "        if name:\n            return {}\n        return {'x': 1}\n")).contains("a decorator in a metaclass body");
        assertThat(refusal("class M(type):\n    @property\n    def size(cls):\n        return 1\n"))
                .contains("a decorator in a metaclass body");
    }

    @Test
    void prepareReturningADictRuns() {
        String code = "class M(type):\n    @classmethod\n    def __prepare__(mcs, name, bases, **kw):\n"
                + "        return {'helper': 7}\nclass A(metaclass=M):\n    x = helper * 2\nprint(A.x, A.helper)\n";
        SimulationResult r = simulator.run(new SimulationRequest(code, Limits.defaults(), false));
        assertThat(r.rejected()).isFalse();
        assertThat(r.stdout()).isEqualTo("14 7\n");
    }

    @Test
    void metaclassesDerivingFromOneAnotherAreRefused() {
        assertThat(refusal("class M(type):\n    pass\nclass N(M):\n    pass\n")).contains("a class deriving from a metaclass");
    }

    @Test
    void twoMetaclassesInOneStatementAreRefused() {
        String code = "class M(type):\n    pass\nclass N(type):\n    pass\nclass A(metaclass=M):\n    pass\n"
                + "class B(A, metaclass=N):\n    pass\n";
        assertThat(refusal(code)).contains("two metaclasses in one class statement");
    }

    @Test
    void abcOrEnumBasesNextToAMetaclassAreRefused() {
        String code = "import abc\nclass M(type):\n    pass\nclass A(abc.ABC, metaclass=M):\n    pass\n";
        assertThat(refusal(code)).contains("a base other than the program's own classes next to a metaclass");
    }

    @Test
    void otherKeywordsNextToAMetaclassWithoutNewOrInitAreRefused() {
        assertThat(refusal("class M(type):\n    pass\nclass A(metaclass=M, flag=1):\n    pass\n"))
                .contains("other class keywords next to metaclass=");
    }

    @Test
    void metaclassNewInitKeywordsAndCallsRun() {
        String code = "class M(type):\n    def __new__(mcs, name, bases, ns, **kw):\n        ns['flags'] = kw\n"
                + "        return super().__new__(mcs, name, bases, ns)\n"
                + "    def __init__(cls, name, bases, ns, **kw):\n        super().__init__(name, bases, ns)\n"
                + "class A(metaclass=M, flag=1):\n    pass\nB = M('B', (A,), {})\nprint(A.flags, B.flags, type(B) is M)\n";
        SimulationResult r = simulator.run(new SimulationRequest(code, Limits.defaults(), false));
        assertThat(r.rejected()).isFalse();
        assertThat(r.stdout()).isEqualTo("{'flag': 1} {} True\n");
    }

    @Test
    void aMetaclassRunsWhenItsShapeIsModelled() {
        String code = "class M(type):\n    def hello(cls):\n        return cls.__name__\nclass A(metaclass=M):\n    pass\n"
                + "print(A.hello(), type(A) is M)\n";
        SimulationResult r = simulator.run(new SimulationRequest(code, Limits.defaults(), false));
        assertThat(r.rejected()).isFalse();
        assertThat(r.stdout()).isEqualTo("A True\n");
    }
}
