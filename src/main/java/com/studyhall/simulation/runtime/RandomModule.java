package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * random: the module functions are the methods of one hidden generator (random.py's {@code _inst}),
 * and {@code random.Random(x=None)} makes a generator of the program's own.
 */
final class RandomModule extends NativeModule {
    private final PyRandom inst = new PyRandom();

    RandomModule(Interpreter in, RandomType generators) {
        super("random", in);
        RandomMethods methods = generators.methods;
        for (String m : methods.names()) {
            RandomMethods.Method method = methods.get(m);
            Body body = (args, kw) -> method.body().call(inst, args, kw);
            if (method.takesKeywords()) keywordFunction(m, body);
            else function(m, body);
        }
        keywordFunction("Random", (args, kw) -> construct(generators, args, kw));
    }

    /**
     * Random(x=None): the object (tracked, 2560 bytes), then Random.__init__ seeding it as seed(x)
     * does. The temporaries of that Python code (the call's argument tuple, the super object, the
     * isinstance tuple) are not counted, so the checker refuses Random in a program that imports gc.
     */
    private PyObject construct(RandomType generators, List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!k.equals("x")) throw new PyRaise("TypeError", "Random.__init__() got an unexpected keyword argument '" + k + "'");
        }
        if (args.size() + kw.size() > 1) {
            throw new PyRaise("TypeError", "Random.__init__() takes from 1 to 2 positional arguments but " + (args.size() + 1) + " were given");
        }
        PyRandom r = heap.alloc(new PyRandom());
        try {
            List<PyObject> seed = args.isEmpty() && kw.containsKey("x") ? List.of(kw.get("x")) : args;
            heap.decref(generators.methods.get("seed").body().call(r, seed, Map.of()));
        } catch (RuntimeException e) {
            heap.decref(r);
            throw e;
        }
        return r;
    }
}
