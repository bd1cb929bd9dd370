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
    void metaclassNewInitAndCallAreRefused() {
        assertThat(refusal("class M(type):\n    def __new__(mcs, name, bases, ns):\n        pass\n"))
                .contains("line 3", "the metaclass method '__new__'");
        assertThat(refusal("class M(type):\n    def __init__(cls, name, bases, ns):\n        pass\n"))
                .contains("the metaclass method '__init__'");
    }

    @Test
    void prepareIsRefusedAsADecoratorInAMetaclassBody() {
        assertThat(refusal("class M(type):\n    @classmethod\n    def __prepare__(mcs, name, bases):\n        return {}\n"))
                .contains("a decorator in a metaclass body");
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
    void callingAMetaclassAndOtherKeywordsAreRefused() {
        assertThat(refusal("class M(type):\n    pass\nA = M('A', (), {})\n")).contains("calling a metaclass");
        assertThat(refusal("class M(type):\n    pass\nclass A(metaclass=M, flag=1):\n    pass\n"))
                .contains("other class keywords next to metaclass=");
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
