package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * collections.abc (Lib/_collections_abc.py): the abstract classes isinstance() and issubclass()
 * check against. python3 loads the module at start-up, so its classes are shared objects, made
 * here together on first read with their bases and abstract methods ({@link AbcTables}); what
 * ABCMeta answers about them is {@link AbcChecks}'s; their methods are put in their dicts when a
 * class first derives from one ({@link CollectionsAbcMixins}).
 */
final class CollectionsAbcModule extends NativeModule {
    static final String NAME = "collections.abc";
    private Map<String, PyClass> classes;

    CollectionsAbcModule(Interpreter in) {
        super(NAME, in);
    }

    /** collections.abc.__all__. */
    private static final Set<String> NAMES = AbcTables.CLASSES.stream().map(AbcTables.AbcClass::name).collect(Collectors.toUnmodifiableSet());

    @Override
    Set<String> valueNames() {
        return NAMES;
    }

    @Override
    PyObject value(String attr) {
        PyClass cls = classes().get(attr);
        return cls == null ? null : heap.newRef(cls);
    }

    /** Each class with ABCMeta as its metaclass and __slots__ = (), bases first (the tables list them so). */
    private Map<String, PyClass> classes() {
        if (classes == null) {
            Map<String, PyClass> made = new LinkedHashMap<>();
            for (AbcTables.AbcClass c : AbcTables.CLASSES) {
                List<PyClass> bases = new ArrayList<>();
                for (String b : c.bases()) bases.add(made.get(b));
                // __slots__ = () everywhere but MappingView's ('_mapping',), which its views keep the mapping in.
                List<String> slots = c.name().equals("MappingView") ? List.of("_mapping") : List.of();
                PyClass cls = new PyClass(c.name(), v.shared(new PyDict()), bases, PyClass.linearize(bases, new ArrayList<>()), slots, 0);
                cls.module = NAME;
                cls.abcMeta = true;
                cls.abstractMethods = c.abstractMethods();
                made.put(c.name(), v.shared(cls));
            }
            classes = made;
            in.abcChecks.libraryMade(made);
        }
        return classes;
    }
}
