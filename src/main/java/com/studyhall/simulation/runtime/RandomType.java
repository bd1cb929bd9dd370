package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** random.Random: a program's own generator, with the methods the module's functions are for the hidden one. */
final class RandomType extends BuiltinType {
    final RandomMethods methods;

    RandomType(Interpreter in) {
        super("random.Random", null, in);
        methods = new RandomMethods(in);
        for (String m : methods.names()) {
            RandomMethods.Method method = methods.get(m);
            method(m, (self, args, kw) -> {
                // The module's functions are this generator's bound methods: the same checks and messages.
                ArgumentShapes.checkFunction("random", m, args, kw);
                if (!method.takesKeywords() && !kw.isEmpty()) throw new PyRaise("TypeError", "random." + m + "() takes no keyword arguments");
                return method.body().call((PyRandom) self, args, kw);
            });
        }
    }
}
