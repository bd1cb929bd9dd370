package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * copy, in Lib/copy.py's order. copy(): the builtin containers by their own copy, then a class's
 * {@code __copy__} (looked up on the class, called with the instance), then a new instance made as
 * object.__reduce_ex__(4) and _reconstruct make it (the original's __dict__ is the state, the
 * copy's __dict__ is updated from it); immutable objects come back as themselves. deepcopy(): a real memo dict
 * (made when the caller passes none) from id(original) to copy, consulted first; the builtin
 * containers are rebuilt item by item (a list grows by append, as copy.py's does); an instance's
 * {@code __deepcopy__} (looked up as getattr(x, ...), so a bound method, and {@code __getattr__}
 * answers when the class lacks it) is called with the memo; every copy that is not the original
 * is stored under its id and the original is appended to the keep-alive list under id(memo).
 */
final class CopyModule extends NativeModule {
    private final CopyStateHooks stateHooks;
    private final CopyReduction reductions;

    CopyModule(Interpreter in) {
        super("copy", in);
        stateHooks = new CopyStateHooks(this, in);
        reductions = new CopyReduction(this, in);
        function("copy", (args, kw) -> shallow(one("copy.copy", args)));
        keywordFunction("deepcopy", (args, kw) -> {
            Args.count("deepcopy", args, 1, 2);
            PyObject memo = args.size() > 1 ? args.get(1) : kw.get("memo");
            if (memo == null || memo == v.none) {
                PyDict fresh = heap.alloc(new PyDict());
                try {
                    return declaring(fresh, () -> deep(args.get(0), fresh));
                } finally {
                    heap.decref(fresh);
                }
            }
            if (memo.getClass() != PyDict.class) {
                throw new PyRaise("TypeError", "deepcopy's memo must be a dict in the memory lab");
            }
            return deep(args.get(0), (PyDict) memo);
        });
    }

    @Override
    String qualify(String fname) {
        return fname;
    }

    private PyObject shallow(PyObject x) {
        // ChainMap.__copy__ is its copy(): a copy of the first map in front of the same others.
        if (x instanceof PyList || x instanceof PyDict || x instanceof PySet || x instanceof PyDeque || x instanceof PyChainMap) {
            return in.builtinImpl.callMethod(x, "copy", List.of(), Map.of());
        }
        // getattr(cls, "__copy__", None): for a plain function the function itself, called with the
        // instance; a class that sets __copy__ = None is copied as if it had none.
        if (x instanceof PyInstance i && i.cls.lookup("__copy__") != null && i.cls.lookup("__copy__") != v.none) {
            PyObject copier = in.attributes.get(i.cls, "__copy__");
            try {
                return declaring(copier, () -> in.builtinImpl.callValue(copier, List.of(x)));
            } finally {
                heap.decref(copier);
            }
        }
        if (EnumClasses.isMember(x)) return heap.newRef(x); // Enum.__copy__ returns self
        if (x instanceof PyWeakContainer c) return weakContainers().shallowCopy(c);
        if (x instanceof PyNamedTuple t) {
            // A tuple subclass is rebuilt through __reduce_ex__: a new object with the same items.
            for (PyObject o : t.items) heap.incref(o);
            heap.incref(t.cls);
            return heap.alloc(new PyNamedTuple(t.cls, t.items.clone()));
        }
        if (x instanceof PyInstance i) {
            if (CopyReduction.applies(i)) return reductions.copy(i, null);
            if (CopyStateHooks.applies(i)) return stateHooks.shallow(i);
            List<String> names = new ArrayList<>(in.instanceDicts.names(i));
            if (reducesThroughDict(i, names)) return shallowReduced(i);
            PyInstance y = newInstance(i.cls);
            return filling(y, () -> {
                if (!names.isEmpty()) askSetstate(y);
                for (String name : names) in.instanceDicts.set(y, name, heap.newRef(in.instanceDicts.get(i, name)));
            });
        }
        if (x instanceof PyPartial p) return partialCopy(p, null);
        // copy.copy finds tee's __copy__ (tee_copy) before its reduce.
        if (x instanceof PyItertool t && t.kind.equals("_tee")) return ItertoolsModule.copyTee(heap, t);
        ItertoolReduction.checkReducible(x);
        if (IteratorReduction.applies(x)) return reductions.copy(x, null);
        PyObject rebuilt = reducedBuiltin(x);
        return rebuilt != null ? rebuilt : heap.newRef(x);
    }

    /**
     * functools.partial through partial_reduce and partial_setstate: the copy is partial(func), then
     * its state (func, args, keywords, __dict__ or None) is set. A shallow copy shares the args tuple,
     * the keywords dict and the __dict__ (setstate keeps an exact tuple and dict as they are); a deep
     * copy is memoized first and takes deep copies of them. The reduce value's tuples are not modelled.
     */
    private PyObject partialCopy(PyPartial p, PyDict memo) {
        PyPartial y = heap.alloc(new PyPartial(heap.newRef(p.func), (PyTuple) heap.newRef(v.emptyTuple), heap.alloc(new PyDict())));
        if (memo == null) {
            setPartialState(y, heap.newRef(p.func), heap.newRef(p.args), heap.newRef(p.keywords), p.dict == null ? null : heap.newRef(p.dict));
            return y;
        }
        remember(memo, p, y);
        return filling(y, () -> {
            // _deepcopy_tuple of the state: each item in order, released if a later one raises.
            PyObject[] state = p.dict == null ? new PyObject[] {p.func, p.args, p.keywords} : new PyObject[] {p.func, p.args, p.keywords, p.dict};
            PyObject[] c = deepItems(state, memo);
            setPartialState(y, c[0], c[1], c[2], c.length > 3 ? c[3] : null);
        });
    }

    /** partial_setstate with the references it takes: the old function, arguments, keywords and dict are released. */
    private void setPartialState(PyPartial y, PyObject func, PyObject args, PyObject keywords, PyObject dict) {
        PyObject[] old = {y.func, y.args, y.keywords, y.dict};
        y.func = func;
        y.args = (PyTuple) args;
        y.keywords = (PyDict) keywords;
        y.dict = (PyDict) dict;
        for (PyObject o : old) if (o != null) heap.decref(o);
    }

    /**
     * Builtin values that copy and deepcopy reach through {@code __reduce_ex__(4)}: a bytearray is
     * rebuilt as {@code bytearray(bytes)} (a new object with the same bytes, exactly allocated), and
     * a generator or a memoryview cannot be reduced (CPython's TypeError). Null for the others.
     */
    private PyObject reducedBuiltin(PyObject x) {
        if (x instanceof PyGenerator) throw new PyRaise("TypeError", "cannot pickle 'generator' object");
        if (x instanceof PyMemoryView) throw new PyRaise("TypeError", "cannot pickle memoryview objects");
        if (!(x instanceof PyBytearray b)) return null;
        // The reduce value's tuples, its bytes and copy.py's argument building are not modelled
        // (see "Known approximations": gc.get_count() right after such a copy).
        return ((BytesLikeType) in.builtinImpl.types.of(b)).make(b.data.toString());
    }

    private WeakContainerType weakContainers() {
        return (WeakContainerType) in.builtinImpl.types.of(PyWeakContainer.class);
    }

    /**
     * The weak dictionaries' __deepcopy__: a new one whose keys (WeakValueDictionary) or values
     * (WeakKeyDictionary) are deep copies; the weakly held side is stored as it is. A WeakSet has no
     * __deepcopy__: object.__reduce_ex__(4) rebuilds it with a deep copy of its __dict__, where the
     * weak references are atomic, so the copy's data is a new set of the same references (their
     * callback still the original's _remove, which the copy shares).
     */
    private PyObject deepWeakContainer(PyWeakContainer c, PyDict memo) {
        WeakContainerType type = weakContainers();
        if (c.kind.equals("WeakSet")) {
            PyWeakContainer y = heap.alloc(new PyWeakContainer("WeakSet"));
            remember(memo, c, y);
            y.remover = heap.newRef(c.remover);
            y.data = heap.alloc(new PyDict());
            for (PyObject[] e : c.data.entries()) in.builtinImpl.put(y.data, heap.newRef(e[0]), heap.newRef(v.none));
            return y;
        }
        PyWeakContainer y = type.allocate(c.kind);
        return filling(y, () -> {
            for (PyObject[] e : new ArrayList<>(c.data.entries())) {
                PyObject key = c.weakValues() ? e[0] : ((PyWeakref) e[0]).referent;
                PyObject value = c.weakValues() ? ((PyWeakref) e[1]).referent : e[1];
                if (key == null || value == null) continue;
                if (c.weakValues()) {
                    PyObject k = deepNested(key, memo);
                    try {
                        type.setItem(y, k, heap.newRef(value));
                    } finally {
                        heap.decref(k);
                    }
                } else {
                    type.setItem(y, key, deepNested(value, memo));
                }
            }
        });
    }

    /** An empty dict of the same kind (defaultdict keeps its factory, which deepcopy treats as atomic). */
    private PyDict emptyLike(PyDict d) {
        if (d instanceof PyDefaultDict dd) {
            PyDefaultDict y = new PyDefaultDict();
            if (dd.factory != null) y.factory = heap.newRef(dd.factory);
            return y;
        }
        if (d instanceof PyCounter) return new PyCounter();
        if (d instanceof PyOrderedDict) return new PyOrderedDict(heap);
        return new PyDict();
    }

    PyInstance newInstance(PyClass cls) {
        heap.incref(cls);
        PyInstance y = heap.alloc(new PyInstance(cls));
        return y;
    }

    /** id(o) as copy.py computes it: a new int each time. */
    private PyObject idOf(PyObject o) {
        return v.integer(BuiltinsModule.idOf(o));
    }

    /** memo[id(x)] = y (y borrowed). */
    void remember(PyDict memo, PyObject x, PyObject y) {
        in.builtinImpl.put(memo, idOf(x), heap.newRef(y));
    }

    /**
     * _keep_alive: the original joins the list stored under id(memo), so an id in the memo cannot
     * be reused while the memo lives.
     */
    private void keepAlive(PyObject x, PyDict memo) {
        PyObject key = idOf(memo);
        PyObject kept = memo.get(key);
        if (kept instanceof PyList l) {
            heap.decref(key);
            in.builtinImpl.append(l, heap.newRef(x));
            return;
        }
        if (kept != null) {
            heap.decref(key);
            throw new PyRaise("AttributeError", "'" + kept.typeName() + "' object has no attribute 'append'");
        }
        // The first call finds no list: memo[id(memo)] raises KeyError, whose args tuple (key,)
        // comes from and returns to the tuple free list (the exception and traceback net nothing).
        heap.decref(heap.alloc(new PyTuple(new PyObject[] {heap.newRef(key)})));
        PyList list = heap.alloc(new PyList(new ArrayList<>(), 0));
        in.builtinImpl.append(list, heap.newRef(x));
        in.builtinImpl.put(memo, key, list);
    }

    /** Runs body while o is held once more, as a local of copy.py's frames holds it. */
    <T> T holding(PyObject o, Supplier<T> body) {
        heap.incref(o);
        try {
            return declaring(o, body);
        } finally {
            heap.decref(o);
        }
    }

    /** _reconstruct's {@code state = deepcopy(state, memo)}: use runs with the copy declared, which is released after. */
    void withDeepCopy(PyObject state, PyDict memo, java.util.function.Consumer<PyObject> use) {
        PyObject copied = deepNested(state, memo);
        try {
            declaring(copied, () -> {
                use.accept(copied);
                return null;
            });
        } finally {
            heap.decref(copied);
        }
    }

    /** A nested deepcopy(a, memo) call: its frame's x and memo hold the original and the memo. */
    PyObject deepNested(PyObject x, PyDict memo) {
        return holding(x, () -> holding(memo, () -> deep(x, memo)));
    }

    /** copy.deepcopy(x, memo): a new reference to the copy. */
    private PyObject deep(PyObject x, PyDict memo) {
        in.checkDeadline();
        PyObject d = idOf(x);
        try {
            return declaring(d, () -> {
                PyObject done = memo.get(d);
                if (done != null) return heap.newRef(done);
                PyObject y = deepDispatch(x, memo);
                if (y != x) {
                    declaring(y, () -> {
                        PyObject old = memo.put(heap.newRef(d), heap.newRef(y), heap);
                        in.maintainTracking(memo, y);
                        if (old != null) heap.decref(old);
                        keepAlive(x, memo);
                        return null;
                    });
                }
                return y;
            });
        } finally {
            heap.decref(d);
        }
    }

    private PyObject deepDispatch(PyObject x, PyDict memo) {
        // _deepcopy_list, _deepcopy_dict and _deepcopy_tuple (through its comprehension's cell) hold the memo too.
        if (x instanceof PyList || x instanceof PyDict || x instanceof PyTuple && !(x instanceof PyNamedTuple)) {
            return holding(memo, () -> deepDispatchContainer(x, memo));
        }
        return deepDispatchContainer(x, memo);
    }

    private PyObject deepDispatchContainer(PyObject x, PyDict memo) {
        if (x instanceof PyList l) {
            PyList y = heap.alloc(new PyList(new ArrayList<>(), 0));
            remember(memo, x, y);
            return filling(y, () -> {
                for (PyObject item : new ArrayList<>(l.items)) {
                    in.builtinImpl.append(y, holding(item, () -> deepNested(item, memo)));
                }
            });
        }
        if (x instanceof PyNamedTuple t) {
            PyObject[] items = deepItems(t.items, memo);
            heap.incref(t.cls);
            return heap.alloc(new PyNamedTuple(t.cls, items));
        }
        if (x instanceof PyChainMap c) {
            // __reduce_ex__(4): a new instance is remembered, then its state (the maps list) is copied deeply into it.
            PyChainMap y = heap.alloc(new PyChainMap(heap.alloc(new PyList(new ArrayList<>(), 0))));
            remember(memo, x, y);
            return filling(y, () -> {
                PyObject maps = deepNested(c.maps, memo);
                if (!(maps instanceof PyList l)) {
                    heap.decref(maps);
                    throw new PyRaise("TypeError", "a ChainMap's maps must stay a list in the memory lab");
                }
                PyList old = y.maps;
                y.maps = l;
                heap.decref(old);
            });
        }
        // deque_reduce and _reconstruct: deque() (or deque((), maxlen)), then each item deep-copied and appended.
        if (x instanceof PyDeque) return reductions.copy(x, memo);
        if (x instanceof PyTuple t) return deepTuple(t, memo);
        if (x instanceof PyWeakContainer c) return deepWeakContainer(c, memo);
        if (x instanceof PyDict dict) {
            PyDict y = heap.alloc(emptyLike(dict));
            remember(memo, x, y);
            // x.items()'s iterator keeps one (key, value) result tuple from its start to its end.
            PyTuple result = noneTuple(2);
            return filling(y, () -> declaring(result, () -> {
                try {
                    copyEntries(dict, y, memo);
                } finally {
                    heap.decref(result);
                }
                return null;
            }));
        }
        // set_reduce and _reconstruct: set(copied list) or frozenset(copied list), then memoized.
        if (x instanceof PySet || x instanceof SliceValue) return reductions.copy(x, memo);
        if (x instanceof PyInstance i) {
            PyObject copier = deepcopyMethod(i);
            if (copier != null) {
                try {
                    return declaring(copier, () -> in.builtinImpl.callValue(copier, List.of(memo)));
                } finally {
                    heap.decref(copier);
                }
            }
            if (EnumClasses.isMember(x)) return heap.newRef(x); // Enum.__deepcopy__ returns self, not memoized
            if (CopyReduction.applies(i)) return reductions.copy(i, memo);
            if (CopyStateHooks.applies(i)) return stateHooks.deep(i, memo);
            if (reducesThroughDict(i, in.instanceDicts.names(i))) return deepReduced(i, memo);
            PyInstance y = newInstance(i.cls);
            remember(memo, x, y);
            // _reconstruct: the state (the attribute values) is deep-copied first, then set on the copy.
            List<String> names = new ArrayList<>(in.instanceDicts.names(i));
            return filling(y, () -> {
                PyObject[] originals = new PyObject[names.size()];
                for (int k = 0; k < originals.length; k++) originals[k] = in.instanceDicts.get(i, names.get(k));
                PyObject[] copies = deepItems(originals, memo);
                int depth = in.stack.size();
                for (PyObject c : copies) in.push(c);
                try {
                    if (!names.isEmpty()) askSetstate(y);
                } catch (RuntimeException | Error e) {
                    for (PyObject c : copies) heap.decref(c);
                    throw e;
                } finally {
                    while (in.stack.size() > depth) in.pop();
                }
                for (int k = 0; k < copies.length; k++) in.instanceDicts.set(y, names.get(k), copies[k]);
            });
        }
        if (x instanceof PyPartial p) return partialCopy(p, memo);
        ItertoolReduction.checkReducible(x);
        if (IteratorReduction.applies(x)) return reductions.copy(x, memo);
        PyObject rebuilt = reducedBuiltin(x);
        return rebuilt != null ? rebuilt : heap.newRef(x);
    }

    /**
     * An instance with attributes, all in its dict (no __slots__), goes through
     * object.__reduce_ex__(4) and _reconstruct as in CPython; others are copied inline.
     */
    private static boolean reducesThroughDict(PyInstance i, List<String> names) {
        return InstanceDicts.hasDict(i) && !names.isEmpty() && names.stream().noneMatch(i::isSlot);
    }

    /**
     * The transient objects of object.__reduce_ex__(4) and copy.py's calls, in CPython's order, so
     * the free lists and the generation-0 count move as CPython's do: the (cls,) and 5-tuples
     * reduce_newobj returns, the list and 7-tuple that build _reconstruct(x, memo, *rv)'s arguments,
     * and (deep only) the generator expression's closure tuple (deepcopy, memo), which
     * {@link #deepReduced} frees early, when func(*args) has exhausted the generator. They hold
     * None; each is declared on the value stack until it is released while Python code (a
     * __getattr__, a __deepcopy__) may run.
     */
    private List<PyObject> reduceCall(PyClass cls, boolean deep) {
        cacheSlotnames(cls);
        List<PyObject> held = new ArrayList<>();
        held.add(noneTuple(1));
        held.add(noneTuple(5));
        heap.decref(heap.alloc(new PyList(new ArrayList<>(), 0)));
        held.add(noneTuple(7));
        if (deep) {
            held.add(noneTuple(2));
        }
        held.forEach(in::push);
        return held;
    }

    /**
     * object.__getstate__ asks copyreg._slotnames for the class's __slots__ names, and the first
     * time it stores them in the class as {@code __slotnames__} (a list, empty here: an instance
     * copied through its dict has no slots), where it stays.
     */
    void cacheSlotnames(PyClass cls) {
        cacheSlotnames(cls, List.of());
    }

    /** copyreg._slotnames' first call for the class: the names list (slot names as strs) stored as __slotnames__. */
    void cacheSlotnames(PyClass cls, List<String> names) {
        if (cls.dict.getStr("__slotnames__") != null) return;
        PyList list = heap.alloc(new PyList(new ArrayList<>(), 0));
        for (String name : names) in.builtinImpl.append(list, heap.newRef(v.intern(name)));
        in.setAttr(cls, "__slotnames__", list);
    }

    /** copyreg.__newobj__'s cls.__new__(cls, *args): the list and 1-tuple of its argument build. */
    void newobjCall() {
        heap.decref(heap.alloc(new PyList(new ArrayList<>(), 0)));
        heap.decref(noneTuple(1));
    }

    private void releaseReduceCall(List<PyObject> held) {
        for (int k = held.size() - 1; k >= 0; k--) {
            in.pop();
            heap.decref(held.get(k));
        }
    }

    private PyTuple noneTuple(int size) {
        PyObject[] items = new PyObject[size];
        for (int k = 0; k < size; k++) items[k] = heap.newRef(v.none);
        return heap.alloc(new PyTuple(items));
    }

    /**
     * _reconstruct without a memo: the state is the original's __dict__ (made now, and kept, as
     * object.__getstate__ makes it), and the copy's own __dict__ is updated from it.
     */
    private PyObject shallowReduced(PyInstance x) {
        List<PyObject> call = reduceCall(x.cls, false);
        try {
            PyDict state = in.instanceDicts.dictOf(x);
            newobjCall();
            PyInstance y = newInstance(x.cls);
            return filling(y, () -> holding(state, () -> {
                askSetstate(y);
                in.builtinImpl.update(in.instanceDicts.dictOf(y), state);
                return null;
            }));
        } finally {
            releaseReduceCall(call);
        }
    }

    /**
     * _reconstruct with a memo: the copy is memoized before its state, the state (the original's
     * __dict__, made and kept) is deep-copied like any dict (memo entry, keep-alive), and the
     * copy's own __dict__ is updated from that copy, which is then freed.
     */
    private PyObject deepReduced(PyInstance x, PyDict memo) {
        List<PyObject> call = reduceCall(x.cls, true);
        try {
            PyDict state = in.instanceDicts.dictOf(x);
            // y = func(*args) with args the generator of deep-copied arguments: PySequence_Tuple
            // makes a tuple of the generator's length hint (10 items) and shrinks it to the 1 item
            // it got; after the call it is freed as a 1-tuple (to that free list, not counted down).
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 10);
            newobjCall();
            PyInstance y = newInstance(x.cls);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
            // The exhausted generator's frame has let go of the generator expression's function:
            // its closure tuple is freed before the state is copied (a nested instance's copy
            // takes it from the free list).
            in.pop();
            heap.decref(call.remove(call.size() - 1));
            remember(memo, x, y);
            return filling(y, () -> {
                PyObject copied = holding(state, () -> deepNested(state, memo));
                try {
                    declaring(copied, () -> {
                        askSetstate(y);
                        in.builtinImpl.update(in.instanceDicts.dictOf(y), copied);
                        return null;
                    });
                } finally {
                    heap.decref(copied);
                }
            });
        } finally {
            releaseReduceCall(call);
        }
    }

    /** _deepcopy_dict's loop: y[deepcopy(key, memo)] = deepcopy(value, memo), key and value held by the frame. */
    private void copyEntries(PyDict x, PyDict y, PyDict memo) {
        for (PyObject[] e : x.entries()) {
            PyObject key = e[0];
            PyObject value = e[1];
            holding(key, () -> holding(value, () -> {
                PyObject k = deepNested(key, memo);
                PyObject copied = declaring(k, () -> deepNested(value, memo));
                in.builtinImpl.put(y, k, copied);
                return null;
            }));
        }
    }

    /** Fills a new copy y while nested copies may run Python code: y is declared, and released if a copy raises. */
    PyObject filling(PyObject y, Runnable fill) {
        try {
            declaring(y, () -> {
                fill.run();
                return null;
            });
            return y;
        } catch (RuntimeException | Error e) {
            heap.decref(y);
            throw e;
        }
    }

    /** Deep copies of items, each declared while the next is copied (released if one raises). */
    private PyObject[] deepItems(PyObject[] originals, PyDict memo) {
        PyObject[] items = new PyObject[originals.length];
        int depth = in.stack.size();
        int done = 0;
        try {
            for (; done < items.length; done++) {
                items[done] = deepNested(originals[done], memo);
                in.push(items[done]);
            }
            return items;
        } catch (RuntimeException | Error e) {
            for (int i = 0; i < done; i++) heap.decref(items[i]);
            throw e;
        } finally {
            while (in.stack.size() > depth) in.pop();
        }
    }

    /**
     * _deepcopy_tuple: the items are copied first; a tuple whose items all come back as themselves is
     * its own copy (and so not memoized), unless copying an item already memoized the tuple (a cycle).
     * Its transient objects are made and freed in CPython's order, for the free lists and
     * gc.get_count(): the list comprehension's closure tuple (deepcopy, memo) and its list y, the
     * KeyError's args tuple of {@code memo[id(x)]}, zip's argument tuple, tuple of iterators and result tuple,
     * then the new tuple, the list (y rebound) and the zip's tuples.
     */
    private PyObject deepTuple(PyTuple t, PyDict memo) {
        PyTuple closure = noneTuple(2);
        heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        PyObject[] items;
        try {
            items = declaring(closure, () -> deepItems(t.items, memo));
        } catch (RuntimeException | Error e) {
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
            throw e;
        } finally {
            heap.decref(closure);
        }
        boolean same = true;
        for (int i = 0; i < items.length; i++) same &= items[i] == t.items[i];
        PyObject key = idOf(t);
        PyObject cycled = memo.get(key);
        if (cycled == null) heap.decref(heap.alloc(new PyTuple(new PyObject[] {heap.newRef(key)})));
        heap.decref(key);
        if (cycled != null) {
            for (PyObject o : items) heap.decref(o);
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
            return heap.newRef(cycled);
        }
        // zip(x, y) is called through tp_call: its argument tuple (x, y) is made before, and freed
        // after, zip_new's tuple of iterators and result tuple (it takes the closure's free slot).
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        PyTuple iterators = noneTuple(2);
        PyTuple result = noneTuple(2);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        PyObject y;
        if (same) {
            for (PyObject o : items) heap.decref(o);
            y = heap.newRef(t);
        } else {
            y = heap.alloc(new PyTuple(items));
        }
        if (same) {
            heap.decref(iterators);
            heap.decref(result);
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        } else {
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
            heap.decref(iterators);
            heap.decref(result);
        }
        return y;
    }

    /**
     * Runs body while o, a reference the runtime holds in Java, is declared on the value stack:
     * Python code that runs meanwhile (a __deepcopy__) sees it counted, as the heap checker does.
     */
    <T> T declaring(PyObject o, Supplier<T> body) {
        int depth = in.stack.size();
        in.push(o);
        try {
            return body.get();
        } finally {
            while (in.stack.size() > depth) in.pop();
        }
    }

    /** getattr(o, name) as copy.py calls it: o is the call's argument (one more reference) while a __getattr__ runs. */
    private PyObject asked(PyInstance o, String name) {
        heap.incref(o);
        try {
            return in.attributes.get(o, name);
        } finally {
            heap.decref(o);
        }
    }

    /**
     * _reconstruct's hasattr(y, '__setstate__') on the new, still empty copy: object has no
     * __setstate__ in 3.11, so only a class's __getattr__ can answer (it runs, as in CPython). One
     * that returns a value would have copy.py call it with the state: not modelled.
     */
    private void askSetstate(PyInstance y) {
        if (!(y.cls.lookup("__getattr__") instanceof PyFunction)) return;
        PyObject found;
        try {
            found = asked(y, "__setstate__");
        } catch (PyRaise e) {
            if (!ExceptionHandling.catchable(e) || !in.exceptions.is(e, "AttributeError")) throw e;
            in.exceptions.discard(e);
            return;
        }
        heap.decref(found);
        throw new PyRaise("TypeError", "copying an instance whose __getattr__ answers '__setstate__' is not supported in the memory lab");
    }

    /**
     * getattr(x, "__deepcopy__", None): the bound method (a new reference), or null. A class with
     * __getattr__ is asked when neither the instance nor its class has the name, as CPython does.
     */
    private PyObject deepcopyMethod(PyInstance i) {
        boolean found = i.cls.lookup("__deepcopy__") != null || in.instanceDicts.get(i, "__deepcopy__") != null;
        if (!found && !(i.cls.lookup("__getattr__") instanceof PyFunction)) return null;
        try {
            PyObject copier = asked(i, "__deepcopy__");
            if (copier != v.none) return copier;
            heap.decref(copier);
            return null;
        } catch (PyRaise e) {
            if (!ExceptionHandling.catchable(e) || !in.exceptions.is(e, "AttributeError")) throw e;
            in.exceptions.discard(e);
            return null;
        }
    }
}
