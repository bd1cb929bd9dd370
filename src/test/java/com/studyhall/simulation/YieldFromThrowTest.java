package com.studyhall.simulation;

import static com.studyhall.simulation.EngineRuns.stdoutPatiently;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** gen.throw() on a generator suspended in `yield from` (issue 12); the figures are CPython 3.11.7's. */
class YieldFromThrowTest {

    @Test
    void theDelegateCatchesTheThrownErrorAndItsNextValueComesOut() {
        assertThat(stdoutPatiently("def inner():\n    while True:\n        try:\n            yield 1\n"
                + "        except ValueError:\n            yield 'caught'\n"
                + "def outer():\n    yield from inner()\ng = outer()\nnext(g)\nprint(g.throw(ValueError()), next(g))\n"))
                .isEqualTo("caught 1\n");
    }

    @Test
    void theDelegatesReturnValueEndsTheYieldFrom() {
        assertThat(stdoutPatiently("def inner():\n    try:\n        yield 1\n    except KeyError:\n        return 'done'\n"
                + "def outer():\n    r = yield from inner()\n    yield r\ng = outer()\nnext(g)\nprint(g.throw(KeyError()))\n"))
                .isEqualTo("done\n");
    }

    @Test
    void aContextManagersGeneratorMayDelegate() {
        assertThat(stdoutPatiently("from contextlib import contextmanager\n"
                + "def body():\n    try:\n        yield 'in'\n    except ZeroDivisionError:\n        print('handled')\n"
                + "@contextmanager\ndef cm():\n    yield from body()\nwith cm() as v:\n    print(v)\n    1 / 0\nprint('after')\n"))
                .isEqualTo("in\nhandled\nafter\n");
    }
}
