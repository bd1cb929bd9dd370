package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A class made by a class statement. CPython builds a small cluster around each heap type that the
 * engine does not show as objects: the {@code __mro__} and {@code __bases__} tuples, the
 * {@code __dict__}/{@code __weakref__} getset descriptors (only when no base has them), one member
 * descriptor per {@code __slots__} name, and the {@code __class__} cell of methods that call
 * {@code super()}. Each of those that points back at the class is one of {@link #hiddenRefs}; the
 * references to the bases ({@code tp_base}, {@code __bases__}, {@code __mro__}) are references
 * from this class, so the heap checker and the collector see them.
 */
public final class PyClass extends PyWeakReferenceable {
    public final String name;
    /** __qualname__: "make.<locals>.Node" for a class made inside a function. */
    public String qualname;
    public PyDict dict;
    /**
     * PyType_Modified's count: how many times the program set or deleted an attribute of this class
     * (type_setattro). CPython gives the class a new tp_version_tag then, which the specializer's
     * guards compare; runtime.Specializer compares these counts along the MRO instead.
     */
    public int modifications;
    /** The direct bases, in the order written (object left out). */
    public final List<PyClass> bases;
    /** The method resolution order (C3), this class first, object left out. */
    public final List<PyClass> mro;
    /** References to this class from its own hidden cluster. */
    public int hiddenRefs;
    /** Objects of the hidden cluster that a collection of this dead class also counts. */
    public int hiddenGarbage;
    /** How dicts and sets call this class's __hash__ and __eq__ (set by the interpreter; null for builtin classes). */
    public UserHashing hashing;
    /** A builtin class (the exception hierarchy): shared, not made by a class statement. */
    public boolean builtin;
    /** The names in __slots__ (null when the class has no __slots__). */
    public final List<String> slots;
    /** Whether instances have a __dict__ (no __slots__ here or in some base). */
    public boolean instanceDict;
    /** Whether instances take weak references (not BaseException and its builtin subclasses). */
    public boolean instanceWeakrefs;
    /**
     * The attribute names its instances share (ht_cached_keys): set for a class whose instances keep
     * their values inline (a managed dict); null for exception classes, whose instances use
     * BaseException's ordinary dict, and for classes without a __dict__.
     */
    public SharedKeys sharedKeys;
    /** The docstring of the class body (__doc__), or null. */
    public String doc;
    /** Names stored on the class after its statement (C.x = 1), which its dict holds after type_ready's own. */
    public final java.util.Set<String> keysAddedLater = new java.util.HashSet<>();
    /**
     * The builtin type the class derives from ("list", "dict" or "set"), directly or through a base;
     * null for a class whose instances are plain objects.
     */
    public String builtinBase;
    /**
     * The namedtuple class this class derives from (class Point(namedtuple('Point', 'x y'))), held
     * three times as tp_base, __bases__ and __mro__ hold it; null otherwise. Its layout is tuple's.
     */
    public PyNamedTupleClass namedBase;
    /** The module a shared class of the library belongs to ("abc" for abc.ABC); null for the program's and builtin classes. */
    public String module;
    /** Whether the class's metaclass is abc.ABCMeta (it derives from abc.ABC). */
    public boolean abcMeta;
    /** ABCMeta's __abstractmethods__, sorted: what object_new refuses to instantiate; null without ABCMeta. */
    public List<String> abstractMethods;
    /**
     * Whether the class's metaclass is enum.EnumType: "Enum" for Enum and the classes deriving from
     * it, "Flag" for Flag's; null for other classes.
     */
    public String enumKind;
    /** Whether the builtin type is one of the class statement's own bases (it is then in __bases__). */
    public boolean builtinBaseDirect;
    /** Where among the written bases the builtin type stands (0 for class C(list, M)); -1 when it comes last. */
    public int builtinBaseAt = -1;

    /**
     * The program's metaclass this class is an instance of (its ob_type, a reference this class
     * holds); null when the class is an instance of type itself.
     */
    public PyClass metaclass;
    /** Whether this class derives from type (a metaclass): its instances are classes. */
    public boolean derivesFromType;

    /** This type's tp_subclasses dict (counted only). */
    public Subclasses subclasses = new Subclasses(false);

    private List<PyClass> heldBases = new ArrayList<>();
    /**
     * The program's own tuple that type.__new__ was given as the bases (a metaclass's
     * {@code super().__new__(mcs, name, bases, ns)}): type_new keeps it as __bases__, so it is a
     * real object this class holds; null when __bases__ is the hidden, counted tuple.
     */
    private PyTuple basesTupleObject;
    private boolean descriptors;
    private int descriptorCount;
    /**
     * What type_new made for this class that the engine counts but keeps no object for, released
     * at type_dealloc: the tp_subclasses dicts of its bases it is registered in, the lengths of its
     * __mro__, __bases__ and ht_slots tuples (0 for one it does not own), and whether it has the
     * weak reference those dicts hold.
     */
    private List<Subclasses> registeredIn = List.of();
    private int mroTuple;
    private int basesTuple;
    private int slotsTuple;
    private boolean countedParts;
    /**
     * The weak reference add_subclass made to this class for its bases' tp_subclasses dicts (one strong
     * reference from each), counted with the class statement; made as an object only once the program
     * can see it (weakref.ref(C), getweakrefs), by runtime.WeakrefModule. Null before.
     */
    public PyWeakref subclassRef;

    /** How many tp_subclasses dicts hold this class's weak reference; 0 for a class no statement made. */
    public int subclassEntries() {
        return countedParts ? Math.max(1, registeredIn.size()) : 0; // object's own dict when no base is written
    }
    private int countedDescriptors;
    /**
     * Whether the hidden __bases__ tuple is still tracked: one holding only builtin classes
     * ({@code (object,)}, {@code (Exception,)}) is untracked by the first collection that sees it alive.
     */
    private boolean basesTupleTracked;

    /** ancestors: the C3 linearization of the bases ({@link #linearize}); slots null without __slots__. */
    public PyClass(String name, PyDict dict, List<PyClass> bases, List<PyClass> ancestors, List<String> slots,
            int superMethods) {
        this.name = name;
        this.qualname = name;
        this.dict = dict;
        this.bases = List.copyOf(bases);
        List<PyClass> order = new ArrayList<>();
        order.add(this);
        order.addAll(ancestors);
        this.mro = List.copyOf(order);
        // '__weakref__' in __slots__ gives the instances the weak-reference slot (a getset, no member).
        boolean weakrefSlot = slots != null && slots.contains("__weakref__");
        this.slots = weakrefSlot ? slots.stream().filter(n -> !n.equals("__weakref__")).toList() : slots;
        boolean baseDict = false;
        boolean baseWeakrefs = false;
        for (PyClass b : bases) {
            baseDict |= b.instanceDict;
            baseWeakrefs |= b.instanceWeakrefs;
        }
        this.instanceDict = slots == null || baseDict;
        this.instanceWeakrefs = slots == null || baseWeakrefs || weakrefSlot;
        int descriptors = (instanceDict && !baseDict ? 1 : 0) + (instanceWeakrefs && !baseWeakrefs ? 1 : 0)
                + (slots == null ? 0 : this.slots.size());
        this.descriptors = descriptors > 0;
        this.descriptorCount = descriptors;
        int cell = superMethods > 0 ? 1 : 0;
        this.hiddenRefs = 1 + descriptors + cell;
        // The __mro__ and __bases__ tuples, the descriptors, the cell and one __closure__ tuple per method using it.
        this.hiddenGarbage = 2 + descriptors + cell + superMethods;
        // tp_base, then the __bases__ tuple, then the __mro__ tuple (its first item is the class itself).
        if (!bases.isEmpty()) heldBases.add(bases.get(0));
        heldBases.addAll(bases);
        heldBases.addAll(mro.subList(1, mro.size()));
        basesTupleTracked = true;
    }

    /**
     * dataclass(slots=True) makes its second class with this class's __bases__ tuple: the tuple
     * outlives this class, so it is neither garbage with it nor freed when it goes.
     */
    public void giveAwayBasesTuple() {
        hiddenGarbage--;
        basesTuple = 0;
    }

    /**
     * Classes this class's functions keep alive through their closures' cells: a frozen
     * dataclass(slots=True) remade keeps its first class, which its __setattr__/__delattr__ name.
     */
    private List<PyClass> closureHeld = new ArrayList<>();

    public void holdThroughClosures(PyClass other, Heap heap) {
        heap.incref(other);
        closureHeld.add(other);
    }

    /** References from cells of the class's own functions (a frozen dataclass's two closures): inside its cycle. */
    public void addHiddenRefs(int n) {
        hiddenRefs += n;
        refcnt += n;
    }

    /** _PyTuple_MaybeUntrack on the hidden __bases__ tuple of a class that survived a collection. */
    public void untrackBasesTuple() {
        // a namedtuple base is a heap type: the tuple stays tracked
        if (!basesTupleTracked || namedBase != null && !namedBase.recordOnly) return;
        for (PyClass b : bases) if (!b.builtin) return;
        basesTupleTracked = false;
        hiddenGarbage--;
    }

    /**
     * C3 linearization (mro_internal): merges the bases' MROs and the bases list, always taking the
     * first head that is in no other list's tail. Null when no such head exists (an inconsistent
     * hierarchy), with the blocked heads in {@code blocked}.
     */
    public static List<PyClass> linearize(List<PyClass> bases, List<PyClass> blocked) {
        List<List<PyClass>> seqs = new ArrayList<>();
        for (PyClass b : bases) seqs.add(new ArrayList<>(b.mro));
        seqs.add(new ArrayList<>(bases));
        List<PyClass> out = new ArrayList<>();
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return out;
            PyClass next = null;
            for (List<PyClass> seq : seqs) {
                PyClass head = seq.get(0);
                boolean inTail = false;
                for (List<PyClass> other : seqs) if (other.indexOf(head) > 0) inTail = true;
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                for (List<PyClass> seq : seqs) if (!blocked.contains(seq.get(0))) blocked.add(seq.get(0));
                return null;
            }
            out.add(next);
            for (List<PyClass> seq : seqs) if (!seq.isEmpty() && seq.get(0) == next) seq.remove(0);
        }
    }

    /** Every reference this class holds to its bases (the caller takes them: one incref each). */
    public List<PyClass> heldBases() {
        return List.copyOf(heldBases);
    }

    /** True when the class statement added __dict__/__weakref__ descriptors or slot members (its dict holds containers). */
    public boolean hasDescriptors() {
        return descriptors;
    }

    /** How many getset and member descriptors type_new adds to the class dict (__dict__, __weakref__, slots). */
    /**
     * A class over int or tuple (var-sized: the items are inside the object) gets no weak-reference
     * slot, so type_new makes no __weakref__ getset for it. Call before the class is counted.
     */
    public void dropWeakrefSlot() {
        if (!instanceWeakrefs) return;
        boolean baseWeakrefs = bases.stream().anyMatch(b -> b.instanceWeakrefs);
        instanceWeakrefs = false;
        if (baseWeakrefs) return;
        descriptorCount--;
        descriptors = descriptorCount > 0;
        hiddenRefs--;
        hiddenGarbage--;
    }

    /**
     * An enum class mixing in a builtin type ({@code class Color(str, Enum)}): type_new's solid base
     * is the builtin type, which has no __dict__ (nor, for str and float, a weak-reference slot),
     * so it adds those getsets although Enum's instances have both. Call before the class is counted.
     */
    public void addLayoutDescriptors(int n) {
        descriptorCount += n;
        descriptors = descriptorCount > 0;
        hiddenRefs += n;
        hiddenGarbage += n;
    }

    /**
     * class LRU(OrderedDict): OrderedDict's instances have their own __dict__ (od_inst_dict) and
     * weak-reference slots, so type_new adds no getset for either. Call before the class is counted.
     */
    public void inheritDictAndWeakrefSlots() {
        int n = (instanceDict ? 1 : 0) + (instanceWeakrefs ? 1 : 0);
        if (bases.stream().anyMatch(b -> b.instanceDict || b.instanceWeakrefs)) return;
        instanceDict = true;
        instanceWeakrefs = true;
        descriptorCount -= n;
        descriptors = descriptorCount > 0;
        hiddenRefs -= n;
        hiddenGarbage -= n;
        odictLayout = true;
    }

    /** Whether the instances' __dict__ and weak-reference slots are OrderedDict's own (no space over it). */
    private boolean odictLayout;

    /**
     * Whether this class or a base derives from OrderedDict directly: the instances' __dict__ is
     * OrderedDict's od_inst_dict (a plain dict, no managed pre-header, no shared keys).
     */
    public boolean hasOdictLayout() {
        return mro.stream().anyMatch(c -> c.odictLayout);
    }

    /**
     * class Meta(type): type's instances have their __dict__ and weak-reference slots already, so
     * type_new adds no getset for either. Call before the class is counted.
     */
    public void inheritTypeLayout() {
        derivesFromType = true;
        hiddenRefs -= descriptorCount;
        hiddenGarbage -= descriptorCount;
        descriptorCount = 0;
        descriptors = false;
    }

    /**
     * type_new keeps the tuple it was given as __bases__ (tp_bases = bases): the class holds the
     * tuple instead of its hidden one, and the tuple holds the bases. Call after the class took its
     * references to the bases ({@link #heldBases}); it lets go of the __bases__ ones.
     */
    public void adoptBasesTuple(PyTuple tuple, Heap heap) {
        if (bases.isEmpty() || basesTupleObject != null) return;
        heap.incref(tuple);
        basesTupleObject = tuple;
        List<PyClass> ownBasesRefs = new ArrayList<>(heldBases.subList(1, 1 + bases.size()));
        heldBases.subList(1, 1 + bases.size()).clear();
        for (PyClass b : ownBasesRefs) heap.decref(b);
        // The hidden __bases__ tuple is gone: the collector sees the real one.
        basesTupleTracked = false;
        hiddenGarbage--;
    }

    public int descriptorCount() {
        return descriptorCount;
    }

    /**
     * Records the parts type_new counted for this class (see {@link #registeredIn}), to be released
     * as CPython's type_dealloc and the clearing of the class's cycle release them.
     */
    public void countedParts(List<Subclasses> registeredIn, int mroTuple, int basesTuple, int slotsTuple, int descriptors) {
        this.countedDescriptors = descriptors;
        this.registeredIn = List.copyOf(registeredIn);
        this.mroTuple = mroTuple;
        this.basesTuple = basesTuple;
        this.slotsTuple = slotsTuple;
        this.countedParts = true;
    }

    private void releaseCountedParts(Heap heap) {
        if (!countedParts) return;
        int entries = subclassEntries();
        countedParts = false;
        // remove_subclass: each base's dict drops its entry; the weak reference goes with the last one.
        for (Subclasses s : registeredIn) s.remove(heap);
        PyWeakref ref = subclassRef;
        subclassRef = null;
        if (ref == null) heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
        else for (int i = 0; i < entries; i++) heap.decref(ref);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, mroTuple);
        if (basesTuple > 0) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, basesTuple);
        if (slotsTuple > 0) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, slotsTuple);
        for (int i = 0; i < countedDescriptors; i++) heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
    }

    /** The class every instance has beyond object, in CPython's layout: header, slots, weakref, managed dict, GC head. */
    public long instanceSize() {
        int slotCount = 0;
        for (PyClass c : mro) if (c.slots != null) slotCount += c.slots.size();
        return 16 + 8L * slotCount + (instanceWeakrefs ? 8 : 0) + (instanceDict ? 16 : 0) + 16;
    }

    /**
     * What an instance of a class deriving from a builtin type adds to that type's size: the slots,
     * the managed dict's two words before the object and a weak-reference slot unless the builtin
     * type has one already (set does, list and dict do not).
     */
    public long instanceSizeOverBuiltin(boolean addsWeakrefSlot) {
        int slotCount = 0;
        for (PyClass c : mro) if (c.slots != null) slotCount += c.slots.size();
        if (hasOdictLayout()) return 8L * slotCount;
        return 8L * slotCount + (instanceWeakrefs && addsWeakrefSlot ? 8 : 0) + (instanceDict ? 16 : 0);
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** Method resolution: the first class in the MRO whose dict has the name. */
    public PyObject lookup(String attr) {
        for (PyClass c : mro) {
            if (c.dict == null) continue;
            PyObject v = c.dict.getStr(attr);
            if (v != null) return v;
        }
        return null;
    }

    /** The class of the MRO after {@code start} whose dict has the name (super()). */
    public PyObject lookupAfter(PyClass start, String attr) {
        int i = mro.indexOf(start);
        for (PyClass c : mro.subList(i + 1, mro.size())) {
            if (c.dict == null) continue;
            PyObject v = c.dict.getStr(attr);
            if (v != null) return v;
        }
        return null;
    }

    public boolean isSubclassOf(PyClass other) {
        return mro.contains(other);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (dict != null) visit.accept(dict);
        for (PyClass b : heldBases) visit.accept(b);
        if (basesTupleObject != null) visit.accept(basesTupleObject);
        for (PyClass c : closureHeld) visit.accept(c);
        if (metaclass != null) visit.accept(metaclass);
        for (int i = 0; i < namedBaseRefs(namedBase); i++) visit.accept(namedBase);
    }

    /** tp_base, the __bases__ tuple and the __mro__ tuple each hold a namedtuple base. */
    public static final int NAMED_BASE_REFS = 3;

    /** The references a class holds to its namedBase: three to a base, one to a typing.NamedTuple class's field record. */
    public static int namedBaseRefs(PyNamedTupleClass named) {
        return named == null ? 0 : named.recordOnly ? 1 : NAMED_BASE_REFS;
    }

    /** Whether this class is a typing.NamedTuple class itself (its namedBase only records its fields). */
    public boolean isNamedTupleItself() {
        return namedBase != null && namedBase.recordOnly;
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (dict != null) visit.accept("__dict__", dict);
        if (!heldBases.isEmpty()) {
            visit.accept("__base__", heldBases.get(0));
            if (basesTupleObject != null) visit.accept("__bases__", basesTupleObject);
            else for (PyClass b : bases) visit.accept("__bases__", b);
            for (PyClass m : mro.subList(1, mro.size())) visit.accept("__mro__", m);
        }
        if (metaclass != null) visit.accept("__class__", metaclass);
        for (PyClass c : closureHeld) visit.accept("closure cell", c);
        if (namedBase != null && namedBase.recordOnly) {
            visit.accept("._fields", namedBase);
        } else if (namedBase != null) {
            visit.accept("__base__", namedBase);
            visit.accept("__bases__", namedBase);
            visit.accept("__mro__", namedBase);
        }
    }

    private boolean hiddenReleased;

    public boolean hiddenReleased() {
        return hiddenReleased;
    }

    /** tp_clear of the cluster: the hidden objects die with the class and drop their references. */
    @Override
    public void clear(Heap heap) {
        if (!hiddenReleased) {
            hiddenReleased = true;
            refcnt -= hiddenRefs;
        }
        releaseContents(heap);
    }

    /** type_dealloc: the dict, then the bases (tp_base, __bases__, __mro__). */
    @Override
    public void releaseContents(Heap heap) {
        PyDict d = dict;
        List<PyClass> held = heldBases;
        PyClass type = metaclass;
        metaclass = null;
        PyTuple basesObject = basesTupleObject;
        basesTupleObject = null;
        PyNamedTupleClass named = namedBase;
        namedBase = null;
        dict = null;
        heldBases = new ArrayList<>();
        List<PyClass> cells = closureHeld;
        closureHeld = new ArrayList<>();
        releaseCountedParts(heap);
        for (PyClass c : cells) heap.decref(c);
        if (d != null) heap.decref(d);
        for (PyClass b : held) heap.decref(b);
        if (basesObject != null) heap.decref(basesObject);
        for (int i = 0; i < namedBaseRefs(named); i++) heap.decref(named);
        // subtype_dealloc: an instance of a heap type lets go of its type last.
        if (type != null) heap.decref(type);
    }

    @Override
    public long sizeof() {
        // type.__sizeof__: the heap type (904) and its GC header, plus the shared keys of its
        // instances' attributes (768 for a fresh class): only a class with a managed dict has them,
        // not a metaclass, a __slots__ class without __dict__, nor one over an exception, int or tuple.
        // A builtin exception class is a static PyTypeObject, 408 and the GC header; ExceptionGroup
        // alone is made at start-up as a heap type (PyErr_NewException), 920.
        if (builtin) return "ExceptionGroup".equals(qualname) ? 920 : 424;
        return derivesFromType || sharedKeys == null ? 920 : 1688;
    }

    @Override
    public String shortValue() {
        return "<class '" + (module != null ? module : builtin ? "builtins" : "__main__") + "." + qualname + "'>";
    }
}
