package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.runPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * binary_op1's rule for a right operand whose type is a proper subclass overriding the reflected
 * method, and rich comparison results passed through as the method's own object (issue 12).
 */
class OperatorDispatchTest {

    @Test
    void aSubclassOverridingTheReflectedMethodIsAskedFirst() {
        // CPython 3.11.7:
        // B.radd A.add A.add A.add A.add
        SimulationResult r = runPatiently("class A:\n"
                + "    def __add__(s, o): return 'A.add'\n"
                + "    def __radd__(s, o): return 'A.radd'\n"
                + "class B(A):\n"
                + "    def __radd__(s, o): return 'B.radd'\n"
                + "class C(A):\n"
                + "    pass\n"
                + "class D(A):\n"
                + "    def __radd__(s, o): return NotImplemented\n"
                + "print(A() + B(), B() + A(), A() + A(), A() + C(), A() + D())\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("B.radd A.add A.add A.add A.add\n");
    }

    @Test
    void aBuiltinsSubclassReflectedMethodGoesFirstOnlyOverItsOwnBase() {
        // CPython 3.11.7:
        // Money.radd 2 5.0 4 Loud.rsub
        SimulationResult r = runPatiently("class Money(int):\n"
                + "    def __radd__(s, o): return 'Money.radd'\n"
                + "    def __rsub__(s, o): return NotImplemented\n"
                + "class Loud(float):\n"
                + "    def __rsub__(s, o): return 'Loud.rsub'\n"
                + "print(5 + Money(3), 5 - Money(3), 2.0 + Money(3), True + Money(3), 1 - Loud(2))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("Money.radd 2 5.0 4 Loud.rsub\n");
    }

    @Test
    void powInPlaceAndTheErrorAfterBothDeclineFollowBinaryOp1() {
        // CPython 3.11.7:
        // W.rpow W.rpow W.radd
        // unsupported operand type(s) for *: 'E' and 'F'
        // unsupported operand type(s) for *: 'F' and 'E'
        SimulationResult r = runPatiently("class V:\n"
                + "    def __pow__(s, o): return 'V.pow'\n"
                + "    def __rpow__(s, o): return 'V.rpow'\n"
                + "    def __add__(s, o): return 'V.add'\n"
                + "    def __iadd__(s, o): return NotImplemented\n"
                + "class W(V):\n"
                + "    def __rpow__(s, o): return 'W.rpow'\n"
                + "    def __radd__(s, o): return 'W.radd'\n"
                + "x = V()\n"
                + "x += W()\n"
                + "print(V() ** W(), pow(V(), W()), x)\n"
                + "class E:\n"
                + "    def __mul__(s, o): return NotImplemented\n"
                + "class F(E):\n"
                + "    def __rmul__(s, o): return NotImplemented\n"
                + "for p, q in [(E(), F()), (F(), E())]:\n"
                + "    try:\n"
                + "        p * q\n"
                + "    except TypeError as e:\n"
                + "        print(e)\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("W.rpow W.rpow W.radd\n"
                + "unsupported operand type(s) for *: 'E' and 'F'\n"
                + "unsupported operand type(s) for *: 'F' and 'E'\n");
    }

    @Test
    void richComparisonsPassTheMethodsObjectThroughAndTestItsTruthOnlyWhereCPythonDoes() {
        // CPython 3.11.7:
        // bool of x == 4
        // Node('x < 3') 3 Node('x == 4') False Node('x < 3')
        // bool of x < 1
        // bool of longer one < Node('x')
        // Node('x < 1') Node('x < 3')
        // bool of x < 1
        // bool of x < 2
        // bool of x < 2
        // True Node('x < 2')
        SimulationResult r = runPatiently("import sys\n"
                + "class Node:\n"
                + "    def __init__(self, text): self.text = text\n"
                + "    def __repr__(self): return f'Node({self.text!r})'\n"
                + "    def __lt__(self, o): return self.make(f'{self.text} < {o}')\n"
                + "    def __eq__(self, o): return Node(f'{self.text} == {o}')\n"
                + "    def make(self, t): return Node(t)\n"
                + "    def __bool__(self):\n"
                + "        print('bool of', self.text)\n"
                + "        return len(self.text) > 5\n"
                + "    __hash__ = object.__hash__\n"
                + "x = Node('x')\n"
                + "r = x < 3\n"
                + "print(r, sys.getrefcount(r), x == 4, x != 4, 3 > x)\n"
                + "print(x < 1 < 2, Node(\"longer one\") < x < 3)\n"
                + "if x < 1:\n"
                + "    print('taken')\n"
                + "print(not (x < 2), x < 2 and 'right')\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("bool of x == 4\n"
                + "Node('x < 3') 3 Node('x == 4') False Node('x < 3')\n"
                + "bool of x < 1\n"
                + "bool of longer one < Node('x')\n"
                + "Node('x < 1') Node('x < 3')\n"
                + "bool of x < 1\n"
                + "bool of x < 2\n"
                + "bool of x < 2\n"
                + "True Node('x < 2')\n");
    }

    @Test
    void anEqualityMethodsPlainObjectRunsAndIsRefusedOnlyWhereAProxyWouldPassItOn() {
        // CPython 3.11.7: same? None same? same? None True True
        SimulationResult r = runPatiently("import operator\n"
                + "class Tag:\n"
                + "    def __eq__(s, o): return 'same?'\n"
                + "    def __ne__(s, o): return None\n"
                + "    __hash__ = object.__hash__\n"
                + "t = Tag()\n"
                + "print(t == 1, t != 1, 1 == t, operator.eq(t, 2), operator.ne(t, 2), [t] == [t], t in [1])\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("same? None same? same? None True True\n");
        // CPython 3.11.7 prints same? (proxy_richcompare passes it on); the lab's proxies answer a bool.
        SimulationResult proxied = runPatiently("import weakref\n"
                + "class Tag:\n"
                + "    def __eq__(s, o): return \"same?\"\n"
                + "t = Tag()\n"
                + "print(weakref.proxy(t) == t)\n");
        assertThat(proxied.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "line 3: a __eq__ that returns other than a bool (a weakref.proxy's comparison passes it on, the lab's answers its truth) is not supported in the memory lab");
    }
    @Test
    void threeArgumentPowTakesIntSubclassesAndIntEnumMembersAsTheirInts() {
        // CPython 3.11.7: 3 3 3 int / 4 int 3
        SimulationResult r = runPatiently("import enum\nclass MyInt(int):\n    pass\nclass Level(enum.IntEnum):\n    LOW = 2\n    HIGH = 7\n"
                + "print(pow(2, MyInt(3), 5), pow(MyInt(2), 3, 5), pow(MyInt(2), MyInt(3), MyInt(5)), type(pow(MyInt(2), 3, 5)).__name__)\n"
                + "r = pow(MyInt(4), Level.HIGH, 10)\nprint(r, type(r).__name__, pow(Level.LOW, -1, MyInt(5)))\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.stdout()).isEqualTo("3 3 3 int\n4 int 3\n");
    }
}
