package com.studyhall.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.studyhall.simulation.syntax.Checker;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Parser;
import com.studyhall.simulation.syntax.Scanner;
import com.studyhall.simulation.syntax.Stmt;
import com.studyhall.simulation.syntax.Token;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SyntaxTest {

    @Nested
    class ScannerBehaviour {
        @Test
        void indentationBecomesIndentAndDedentTokens() {
            List<Diagnostic> d = new ArrayList<>();
            List<TokenType> types = new Scanner("if x:\n    y = 1\nz = 2\n", d).scan().stream().map(Token::type).toList();
            assertThat(types).containsSubsequence(TokenType.COLON, TokenType.NEWLINE, TokenType.INDENT, TokenType.NAME,
                    TokenType.EQUAL, TokenType.INT, TokenType.NEWLINE, TokenType.DEDENT, TokenType.NAME);
            assertThat(d).isEmpty();
        }

        @Test
        void everyTokenKnowsItsLineAndColumn() {
            List<Token> tokens = new Scanner("a = 1\n  # note\nbb = [1,\n  2]\n", new ArrayList<>()).scan();
            Token bb = tokens.stream().filter(t -> t.lexeme().equals("bb")).findFirst().orElseThrow();
            assertThat(bb.line()).isEqualTo(3);
            assertThat(bb.column()).isEqualTo(1);
            Token two = tokens.stream().filter(t -> t.lexeme().equals("2")).findFirst().orElseThrow();
            assertThat(two.line()).isEqualTo(4);
            assertThat(two.column()).isEqualTo(3);
        }

        @Test
        void stringEscapesAreDecoded() {
            Token s = new Scanner("'a\\tb\\n'\n", new ArrayList<>()).scan().get(0);
            assertThat(s.literal()).isEqualTo("a\tb\n");
        }

        @Test
        void unterminatedStringIsReportedWithItsPosition() {
            List<Diagnostic> d = new ArrayList<>();
            new Scanner("x = 1\ny = 'oops\n", d).scan();
            assertThat(d).singleElement().satisfies(diag -> {
                assertThat(diag.line()).isEqualTo(2);
                assertThat(diag.column()).isEqualTo(5);
            });
        }
    }

    @Nested
    class ParserBehaviour {
        private List<Stmt> parse(String code, List<Diagnostic> d) {
            return new Parser(new Scanner(code, d).scan(), d).parse();
        }

        @Test
        void chainedAssignmentKeepsEveryTarget() {
            List<Stmt> program = parse("a = b = []\n", new ArrayList<>());
            assertThat(program).singleElement().isInstanceOfSatisfying(Stmt.Assign.class,
                    a -> assertThat(a.targets()).hasSize(2));
        }

        @Test
        void comparisonChainsAndMembershipParse() {
            List<Stmt> program = parse("x = 1 < y <= 3 and z not in w\n", new ArrayList<>());
            Stmt.Assign a = (Stmt.Assign) program.get(0);
            assertThat(a.value()).isInstanceOf(Expr.BoolOp.class);
        }

        @Test
        void errorsAreReportedAndParsingResumesAtTheNextStatement() {
            List<Diagnostic> d = new ArrayList<>();
            List<Stmt> program = parse("x = = 1\ny = 2\nz = (3\n", d);
            assertThat(d).extracting(Diagnostic::line).contains(1);
            assertThat(program).anySatisfy(s -> assertThat(s).isInstanceOf(Stmt.Assign.class));
        }
    }

    @Nested
    class CheckerBehaviour {
        private List<Diagnostic> check(String code) {
            List<Diagnostic> d = new ArrayList<>();
            List<Stmt> program = new Parser(new Scanner(code, d).scan(), d).parse();
            new Checker(d, com.studyhall.simulation.runtime.Supported.catalog()).check(program);
            return d;
        }

        @Test
        void aMatchStatementRunsWhileMatchAndCaseStayOrdinaryNames() {
            assertThat(check("match = [1]\nmatch[0] = 2\ncase = 3\nmatch case:\n    case 3:\n        pass\n    case _:\n        pass\nprint(match, case)\n"))
                    .isEmpty();
        }

        /** CPython 3.11's SyntaxErrors for patterns (compile.c and the grammar), each on its line. */
        @Test
        void patternSyntaxErrorsAreCPythons() {
            String[][] cases = {
                {"    case x:\n        pass\n    case 1:\n        pass\n", "line 2: name capture 'x' makes remaining patterns unreachable"},
                {"    case _:\n        pass\n    case 1:\n        pass\n", "line 2: wildcard makes remaining patterns unreachable"},
                {"    case x | 1:\n        pass\n", "line 2: name capture 'x' makes remaining patterns unreachable"},
                {"    case (x | _) as y:\n        pass\n    case 1:\n        pass\n", "line 2: name capture 'x' makes remaining patterns unreachable"},
                {"    case [a, a]:\n        pass\n", "line 2: multiple assignments to name 'a' in pattern"},
                {"    case [x, *_, x]:\n        pass\n", "line 2: multiple assignments to name 'x' in pattern"},
                {"    case 1 | x:\n        pass\n", "line 2: alternative patterns bind different names"},
                {"    case [a] | [b]:\n        pass\n", "line 2: alternative patterns bind different names"},
                {"    case [*a, *b]:\n        pass\n", "line 2: multiple starred names in sequence pattern"},
                {"    case {'a': 1, 'a': 2}:\n        pass\n", "line 2: mapping pattern checks duplicate key ('a')"},
                {"    case C(x=1, x=2):\n        pass\n", "line 2: attribute name repeated in class pattern: x"},
                {"    case C(a=1, 2):\n        pass\n", "line 2: positional patterns follow keyword patterns"},
                {"    case f'x':\n        pass\n", "line 2: patterns may only match literals and attribute lookups"},
                {"    case x as _:\n        pass\n", "line 2: cannot use '_' as a target"},
                {"    case 1 + 1:\n        pass\n", "line 2: imaginary number required in complex literal"},
                {"    case 1j + 1j:\n        pass\n", "line 2: real number required in complex literal"},
                {"    case -x:\n        pass\n", "line 2: invalid syntax"},
                {"    case {**_}:\n        pass\n", "line 2: invalid syntax"},
                {"    case None.x:\n        pass\n", "line 2: invalid syntax"},
                {"    case *a:\n        pass\n", "line 2: invalid syntax"},
                {"    case __debug__:\n        pass\n", "line 2: cannot assign to __debug__"},
            };
            for (String[] c : cases) {
                assertThat(check("match s:\n" + c[0])).as(c[0]).extracting(Diagnostic::message).first().isEqualTo(c[1]);
            }
            assertThat(check("match s:\n    case x if x:\n        pass\n    case [a, *rest] | (a, *rest):\n        pass\n    case _:\n        pass\n"))
                    .isEmpty();
        }

        @Test
        void aMappingPatternIsRefusedWhereAWeakrefMappingCouldBeItsSubject() {
            assertThat(check("from weakref import WeakValueDictionary\nd = WeakValueDictionary()\nmatch d:\n    case [{'k': v}]:\n        pass\n"))
                    .extracting(Diagnostic::message).singleElement().asString().startsWith("line 4: a mapping pattern in a program that uses a weakref mapping");
            assertThat(check("import weakref\nd = weakref.WeakSet()\nmatch d:\n    case {'k': v}:\n        pass\n")).isEmpty();
        }

        @Test
        void aMatchStatementParsesIntoCasesAndPatterns() {
            List<Diagnostic> d = new ArrayList<>();
            List<Stmt> program = new Parser(new Scanner("match p:\n    case Point(0, y=[a, *_]) | {'k': a} as whole if a:\n        pass\n", d).scan(), d).parse();
            assertThat(d).isEmpty();
            Stmt.Match m = (Stmt.Match) program.get(0);
            assertThat(m.cases()).singleElement().satisfies(c -> {
                assertThat(c.guard()).isNotNull();
                assertThat(c.pattern()).isInstanceOfSatisfying(com.studyhall.simulation.syntax.Pattern.As.class, as -> {
                    assertThat(as.name()).isEqualTo("whole");
                    assertThat(as.pattern()).isInstanceOf(com.studyhall.simulation.syntax.Pattern.Or.class);
                });
            });
        }

        @Test
        void refusesEachUnsupportedConstructWithLineAndColumn() {
            assertThat(check("with open('f') as f:\n    pass\n")).extracting(Diagnostic::message)
                    .containsExactly("line 1: the builtin 'open' is not supported in the memory lab");
            assertThat(check("for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n")).extracting(Diagnostic::message)
                    .anyMatch(m -> m.contains("'break', 'continue' and 'return' cannot appear in an except* block"));
            assertThat(check("try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n    def f():\n        return 1\n"))
                    .isEmpty();
            assertThat(check("b = [1]\nc = [*b, 2]\nd = {**{}, 'k': 1}\ne = b @ b\n")).isEmpty();
            assertThat(check("b = [1]\nc = *b\n")).extracting(Diagnostic::message)
                    .containsExactly("line 2: can't use starred expression here");
            assertThat(check("@dec\nclass C:\n    pass\n")).isEmpty();
            assertThat(check("from functools import reduce, recursive_repr\n")).containsExactly(new Diagnostic(1, 31,
                    "line 1: 'functools.recursive_repr' is not supported in the memory lab"));
            assertThat(check("import itertools\nx = itertools.chain.from_iterable([[1]])\nfrom itertools import tee\n")).isEmpty();
            assertThat(check("import functools\nclass A:\n    @functools.cache\n    def f(self):\n        pass\n")).isEmpty();
            assertThat(check("class C:\n    def __length_hint__(self):\n        pass\n")).extracting(Diagnostic::message)
                    .containsExactly("line 2: the special method '__length_hint__' is not supported in the memory lab");
            assertThat(check("class S:\n    __slots__ = ('a', '__dict__')\n")).containsExactly(new Diagnostic(2, 23,
                    "line 2: __slots__ naming '__dict__' is not supported in the memory lab"));
            assertThat(check("print(vars())\n")).extracting(Diagnostic::message).singleElement().asString()
                    .startsWith("line 1: vars() other than vars()[name], name in vars()");
            assertThat(check("def f():\n    return vars()\n")).isEmpty();
            assertThat(check("def g():\n    yield locals()\n")).extracting(Diagnostic::message).containsExactly(
                    "line 2: locals() in a generator function (its frame belongs to the generator object) is not supported in the memory lab");
            assertThat(check("class C:\n    names = locals()\n")).extracting(Diagnostic::message).containsExactly(
                    "line 2: locals() in a class body (the class's namespace) is not supported in the memory lab");
            assertThat(check("def f():\n    return [locals() for i in locals()]\n")).extracting(Diagnostic::message).containsExactly(
                    "line 2: locals() in a comprehension or generator expression is not supported in the memory lab");
            assertThat(check("x = object()\nnames = dir(x)\n")).isEmpty();
            assertThat(check("def f(a, /, b: int = 1) -> None:\n    pass\n")).isEmpty();
            assertThat(check("if (n := 3):\n    pass\n")).isEmpty();
            assertThat(check("def f():\n    class Node:\n        pass\n    return Node\n")).isEmpty();
            assertThat(check("def g():\n    x = await h()\n")).extracting(Diagnostic::message)
                    .anyMatch(m -> m.contains("await"));
            assertThat(check("import os\n").get(0)).satisfies(diag -> {
                assertThat(diag.line()).isEqualTo(1);
                assertThat(diag.column()).isEqualTo(8);
            });
        }

        @Test
        void acceptsTheWholeSubset() {
            String program = "import gc, sys, weakref\nclass A:\n    x = 1\n    def __init__(self, v=2):\n        self.v = v\n"
                    + "    def __del__(self):\n        pass\ndef f(a, b=None):\n    global g\n    g = [i for i in range(3) if i]\n"
                    + "    return a\nfor k in {'a': 1}:\n    pass\nwhile False:\n    break\nx, y = 1, 2\nx += 1\n"
                    + "del x\nprint(f'{y}', end='')\nr = weakref.ref(A())\n";
            assertThat(check(program)).isEmpty();
        }

        @Test
        void aSlotsMemberDescriptorReadFromTheClassDictIsRefusedAndAPrivateSlotIsMangled() {
            assertThat(check("class P:\n    __slots__ = ('r', '__g')\n    y = 1\nprint(P.__dict__['y'], P.__dict__['r'])\n"
                    + "print(P._P__g)\n"))
                    .containsExactly(
                            new Diagnostic(4, 35, "line 4: a slot's member descriptor read from its class's __dict__ "
                                    + "('P.__dict__['r']') is not supported in the memory lab"),
                            new Diagnostic(5, 9, "line 5: a slot's member descriptor read on its class ('P._P__g') "
                                    + "is not supported in the memory lab"));
        }

        @Test
        void aSlotsMemberDescriptorReadOnTheClassIsRefusedAndThroughASubclassEndsTheRun() {
            assertThat(check("class P:\n    __slots__ = ('r', 'g')\nprint(P.r)\np = P()\np.g = 1\nprint(p.g)\n"))
                    .containsExactly(new Diagnostic(3, 9,
                            "line 3: a slot's member descriptor read on its class ('P.r') is not supported in the memory lab"));
            SimulationResult r = new Simulator().run(SimulationRequest.of(
                    "class P:\n    __slots__ = 'r'\nclass Q(P):\n    pass\ndef f(c):\n    return c.r\nq = Q()\nq.r = 2\nprint(q.r)\nf(Q)\n"));
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.stdout()).isEqualTo("2\n");
            assertThat(r.error().lastStderrLine())
                    .isEqualTo("TypeError: a slot's member descriptor ('Q.r') is not supported in the memory lab");
        }

        @Test
        void acceptsClassesWithInheritanceDecoratorsAndSpecialMethods() {
            String program = "class A(object):\n    __slots__ = ('v',)\n    @property\n    def p(self):\n        return 1\n"
                    + "    @staticmethod\n    def s():\n        pass\n    @classmethod\n    def c(cls):\n        pass\n"
                    + "    def __add__(self, o):\n        return super().__add__(o)\nclass B:\n    pass\nclass C(A, B):\n"
                    + "    def __repr__(self):\n        return 'C'\nprint(issubclass(C, A), isinstance(C(), object))\n";
            assertThat(check(program)).isEmpty();
        }

        @Test
        void returnOutsideAFunctionIsAnError() {
            assertThat(check("return 1\n")).extracting(Diagnostic::message).containsExactly("line 1: 'return' outside function");
        }
    }
}
