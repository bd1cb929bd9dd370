package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.resolve.Scopes;
import com.studyhall.simulation.syntax.Stmt;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods collections.abc's classes give a class deriving from them (Lib/_collections_abc.py):
 * the abstract ones (marked __isabstractmethod__, with the bodies CPython gives them) and the mixins
 * written over them (Sequence's __iter__, __contains__, index and count over __getitem__ and __len__;
 * Mapping's get, keys, items and values; MutableMapping's pop, update and setdefault; Set's
 * comparisons and operators...). They are Python code in CPython, so the lab runs Python code of its
 * own with the same statements in the same order: the same calls of the program's methods, in the
 * same order, with the same frames holding the same objects. The functions are made the first time a
 * class statement derives from one of the classes, in the classes' own dicts, with collections.abc's
 * globals; CPython made them at start-up, so their making is not counted. Their statements carry line
 * 0 (a step inside one reports the caller's line), and an error leaving one prints no
 * _collections_abc.py entry in its traceback.
 */
final class CollectionsAbcMixins {
    private CollectionsAbcMixins() { }

    /** Names bound in a class body to another of its functions (__rand__ = __and__). */
    private static final Map<String, Map<String, String>> ALIASES = Map.of(
            "Set", Map.of("__rand__", "__and__", "__ror__", "__or__", "__rxor__", "__xor__"));
    /** The functions that are classmethods. */
    private static final Set<String> CLASS_METHODS = Set.of("Set._from_iterable", "KeysView._from_iterable", "ItemsView._from_iterable");
    /** Names a class body sets to None: Mapping's __reversed__; the __hash__ type_new sets beside an __eq__. */
    private static final Map<String, List<String>> NONE_NAMES = Map.of("Mapping", List.of("__reversed__", "__hash__"),
            "Set", List.of("__hash__"));

    private static final String SOURCE = """
            class Hashable:
                def __hash__(self):
                    return 0

            class Iterable:
                def __iter__(self):
                    while False:
                        yield None

            class Iterator:
                def __next__(self):
                    raise StopIteration
                def __iter__(self):
                    return self

            class Reversible:
                def __reversed__(self):
                    while False:
                        yield None

            class Sized:
                def __len__(self):
                    return 0

            class Container:
                def __contains__(self, x):
                    return False

            class Callable:
                def __call__(self, *args, **kwds):
                    return False

            class Set:
                def __le__(self, other):
                    if not isinstance(other, Set):
                        return NotImplemented
                    if len(self) > len(other):
                        return False
                    for elem in self:
                        if elem not in other:
                            return False
                    return True
                def __lt__(self, other):
                    if not isinstance(other, Set):
                        return NotImplemented
                    return len(self) < len(other) and self.__le__(other)
                def __gt__(self, other):
                    if not isinstance(other, Set):
                        return NotImplemented
                    return len(self) > len(other) and self.__ge__(other)
                def __ge__(self, other):
                    if not isinstance(other, Set):
                        return NotImplemented
                    if len(self) < len(other):
                        return False
                    for elem in other:
                        if elem not in self:
                            return False
                    return True
                def __eq__(self, other):
                    if not isinstance(other, Set):
                        return NotImplemented
                    return len(self) == len(other) and self.__le__(other)
                def _from_iterable(cls, it):
                    return cls(it)
                def __and__(self, other):
                    if not isinstance(other, Iterable):
                        return NotImplemented
                    return self._from_iterable(value for value in other if value in self)
                def isdisjoint(self, other):
                    for value in other:
                        if value in self:
                            return False
                    return True
                def __or__(self, other):
                    if not isinstance(other, Iterable):
                        return NotImplemented
                    chain = (e for s in (self, other) for e in s)
                    return self._from_iterable(chain)
                def __sub__(self, other):
                    if not isinstance(other, Set):
                        if not isinstance(other, Iterable):
                            return NotImplemented
                        other = self._from_iterable(other)
                    return self._from_iterable(value for value in self if value not in other)
                def __rsub__(self, other):
                    if not isinstance(other, Set):
                        if not isinstance(other, Iterable):
                            return NotImplemented
                        other = self._from_iterable(other)
                    return self._from_iterable(value for value in other if value not in self)
                def __xor__(self, other):
                    if not isinstance(other, Set):
                        if not isinstance(other, Iterable):
                            return NotImplemented
                        other = self._from_iterable(other)
                    return (self - other) | (other - self)

            class MutableSet:
                def add(self, value):
                    raise NotImplementedError
                def discard(self, value):
                    raise NotImplementedError
                def remove(self, value):
                    if value not in self:
                        raise KeyError(value)
                    self.discard(value)
                def pop(self):
                    it = iter(self)
                    try:
                        value = next(it)
                    except StopIteration:
                        raise KeyError from None
                    self.discard(value)
                    return value
                def clear(self):
                    try:
                        while True:
                            self.pop()
                    except KeyError:
                        pass
                def __ior__(self, it):
                    for value in it:
                        self.add(value)
                    return self
                def __iand__(self, it):
                    for value in (self - it):
                        self.discard(value)
                    return self
                def __ixor__(self, it):
                    if it is self:
                        self.clear()
                    else:
                        if not isinstance(it, Set):
                            it = self._from_iterable(it)
                        for value in it:
                            if value in self:
                                self.discard(value)
                            else:
                                self.add(value)
                    return self
                def __isub__(self, it):
                    if it is self:
                        self.clear()
                    else:
                        for value in it:
                            self.discard(value)
                    return self

            class Mapping:
                def __getitem__(self, key):
                    raise KeyError
                def get(self, key, default=None):
                    try:
                        return self[key]
                    except KeyError:
                        return default
                def __contains__(self, key):
                    try:
                        self[key]
                    except KeyError:
                        return False
                    else:
                        return True
                def keys(self):
                    return KeysView(self)
                def items(self):
                    return ItemsView(self)
                def values(self):
                    return ValuesView(self)
                def __eq__(self, other):
                    if not isinstance(other, Mapping):
                        return NotImplemented
                    return dict(self.items()) == dict(other.items())

            class MappingView:
                def __init__(self, mapping):
                    self._mapping = mapping
                def __len__(self):
                    return len(self._mapping)
                def __repr__(self):
                    return type(self).__name__ + "(" + repr(self._mapping) + ")"

            class KeysView:
                def _from_iterable(cls, it):
                    return set(it)
                def __contains__(self, key):
                    return key in self._mapping
                def __iter__(self):
                    yield from self._mapping

            class ItemsView:
                def _from_iterable(cls, it):
                    return set(it)
                def __contains__(self, item):
                    key, value = item
                    try:
                        v = self._mapping[key]
                    except KeyError:
                        return False
                    else:
                        return v is value or v == value
                def __iter__(self):
                    for key in self._mapping:
                        yield (key, self._mapping[key])

            class ValuesView:
                def __contains__(self, value):
                    for key in self._mapping:
                        v = self._mapping[key]
                        if v is value or v == value:
                            return True
                    return False
                def __iter__(self):
                    for key in self._mapping:
                        yield self._mapping[key]

            class MutableMapping:
                def __setitem__(self, key, value):
                    raise KeyError
                def __delitem__(self, key):
                    raise KeyError
                def pop(self, key, *default):
                    try:
                        value = self[key]
                    except KeyError:
                        if not default:
                            raise
                        return default[0]
                    else:
                        del self[key]
                        return value
                def popitem(self):
                    try:
                        key = next(iter(self))
                    except StopIteration:
                        raise KeyError from None
                    value = self[key]
                    del self[key]
                    return key, value
                def clear(self):
                    try:
                        while True:
                            self.popitem()
                    except KeyError:
                        pass
                def update(self, other=(), /, **kwds):
                    if isinstance(other, Mapping):
                        for key in other:
                            self[key] = other[key]
                    elif hasattr(other, "keys"):
                        for key in other.keys():
                            self[key] = other[key]
                    else:
                        for key, value in other:
                            self[key] = value
                    for key, value in kwds.items():
                        self[key] = value
                def setdefault(self, key, default=None):
                    try:
                        return self[key]
                    except KeyError:
                        self[key] = default
                    return default

            class Sequence:
                def __getitem__(self, index):
                    raise IndexError
                def __iter__(self):
                    i = 0
                    try:
                        while True:
                            v = self[i]
                            yield v
                            i += 1
                    except IndexError:
                        return
                def __contains__(self, value):
                    for v in self:
                        if v is value or v == value:
                            return True
                    return False
                def __reversed__(self):
                    for i in reversed(range(len(self))):
                        yield self[i]
                def index(self, value, start=0, stop=None):
                    if start is not None and start < 0:
                        start = max(len(self) + start, 0)
                    if stop is not None and stop < 0:
                        stop += len(self)
                    i = start
                    while stop is None or i < stop:
                        try:
                            v = self[i]
                        except IndexError:
                            break
                        if v is value or v == value:
                            return i
                        i += 1
                    raise ValueError
                def count(self, value):
                    return sum(1 for v in self if v is value or v == value)

            class MutableSequence:
                def __setitem__(self, index, value):
                    raise IndexError
                def __delitem__(self, index):
                    raise IndexError
                def insert(self, index, value):
                    raise IndexError
                def append(self, value):
                    self.insert(len(self), value)
                def clear(self):
                    try:
                        while True:
                            self.pop()
                    except IndexError:
                        pass
                def reverse(self):
                    n = len(self)
                    for i in range(n // 2):
                        self[i], self[n - i - 1] = self[n - i - 1], self[i]
                def extend(self, values):
                    if values is self:
                        values = list(values)
                    for v in values:
                        self.append(v)
                def pop(self, index=-1):
                    v = self[index]
                    del self[index]
                    return v
                def remove(self, value):
                    del self[self.index(value)]
                def __iadd__(self, values):
                    self.extend(values)
                    return self
            """;

    /** Puts each class's functions in its dict (once): the classes' globals are collections.abc's own names. */
    static void install(Interpreter in, Map<String, PyClass> classes) {
        LibraryFunctions.Parsed parsed = LibraryFunctions.parse(in, SOURCE);
        Scopes scopes = parsed.scopes();
        Heap heap = in.heap;
        int counted = heap.counts[0];
        HeapListener listening = heap.listener;
        heap.listener = null; // CPython made all this at start-up: no step shows it being made
        try {
            PyDict globals = in.values.shared(new PyDict());
            globals.put(in.values.intern("__name__"), in.values.intern(CollectionsAbcModule.NAME), heap);
            classes.forEach((name, cls) -> globals.put(in.values.intern(name), heap.newRef(cls), heap));
            for (Stmt s : parsed.module()) {
                Stmt.ClassDef body = (Stmt.ClassDef) s;
                PyClass cls = classes.get(body.name());
                List<String> abstracts = cls.abstractMethods;
                for (Stmt member : body.body()) {
                    Stmt.FunctionDef def = (Stmt.FunctionDef) member;
                    PyFunction f = in.libraryFunction(def, scopes, globals);
                    f.shared = true; // a start-up object of CPython's: the diagram draws it as a leaf (trace.Tracer)
                    f.module = in.values.intern(CollectionsAbcModule.NAME);
                    if (abstracts.contains(def.name())) in.attributes.set(f, "__isabstractmethod__", in.values.bool(true));
                    PyObject value = f;
                    if (CLASS_METHODS.contains(body.name() + "." + def.name())) {
                        value = heap.alloc(new PyDescriptor("classmethod", f, null, null));
                        value.shared = true;
                    }
                    cls.dict.put(in.values.intern(def.name()), value, heap);
                }
                ALIASES.getOrDefault(body.name(), Map.of()).forEach((alias, of) ->
                        cls.dict.put(in.values.intern(alias), heap.newRef(cls.dict.getStr(of)), heap));
                for (String none : NONE_NAMES.getOrDefault(body.name(), List.of())) cls.dict.put(in.values.intern(none), in.values.none, heap);
            }
        } finally {
            heap.listener = listening;
        }
        if (heap.counts[0] >= counted) heap.counts[0] = counted;
    }
}
