package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.HashMap;
import java.util.Map;

/** The type of every object the engine makes: each heap class maps to the one BuiltinType that owns its behaviour. */
final class Types {
    private final Map<Class<? extends PyObject>, BuiltinType> byClass = new HashMap<>();
    /** Builtin types a program can name (isinstance's second argument). */
    private final Map<String, BuiltinType> byName = new HashMap<>();
    private final BuiltinType fallback;
    /**
     * The commonest classes, found by identity before the map is asked: a HashMap lookup for every
     * operator, truth test and comparison took a seventh of a small recursive program's time.
     */
    private static final Class<?>[] HOT_CLASSES = {PyInt.class, PyBool.class, PyStr.class, PyList.class, PyNone.class,
        PyInstance.class, PyTuple.class, PyDict.class};
    private final BuiltinType[] hotTypes = new BuiltinType[HOT_CLASSES.length];
    /** Asked for on every step of a for loop and every instance comparison, so kept at hand. */
    private final IterType iterType;
    /** re's compile cache and matching, shared by the module and the Pattern, Match and scanner types. */
    final RegexSearch regexSearch;
    private final InstanceType instanceType;

    Types(Interpreter in) {
        IntType intType = new IntType(in);
        register(PyInt.class, intType, true);
        register(PyBigInt.class, intType, false);
        register(PyBool.class, new BoolType(intType, in), true);
        register(PyFloat.class, new FloatType(in), true);
        register(PyComplex.class, new ComplexType(in), true);
        register(PyStr.class, new StrType(in), true);
        register(PyList.class, new ListType(in), true);
        TupleType tupleType = new TupleType(in);
        register(PyTuple.class, tupleType, true);
        DictType dictType = new DictType(in);
        register(PyDict.class, dictType, true);
        // collections: the dict subclasses and namedtuple instances inherit dict's and tuple's slots.
        register(PyDeque.class, new DequeType(in), false);
        register(PyDefaultDict.class, new DefaultDictType(dictType, in), false);
        register(PyCounter.class, new CounterType(dictType, in), false);
        register(PyOrderedDict.class, new OrderedDictType(dictType, in), false);
        ChainMapType chainMaps = new ChainMapType(in);
        register(PyChainMap.class, chainMaps, false);
        register(PyChainMapView.class, new ChainMapViewType(chainMaps, in), false);
        NamedTupleType namedTuples = new NamedTupleType(tupleType, in);
        register(PyNamedTuple.class, namedTuples, false);
        register(PyNamedTupleClass.class, new NamedTupleClassType(namedTuples, in), false);
        register(PySet.class, new SetType(in), true);
        register(PyBytes.class, new BytesType(in), true);
        register(PyBytearray.class, new BytearrayType(in), true);
        register(PyArray.class, new ArrayType(in), false);
        register(PyMemoryView.class, new MemoryViewType(in), true);
        register(PyFrozenSet.class, new FrozenSetType(in), true);
        register(PyRange.class, new RangeType(in), true);
        register(PyNone.class, new NoneType(in), false);
        register(PyMappingProxy.class, new MappingProxyType(in), false);
        register(PyEllipsis.class, new EllipsisType(in), false);
        register(PyGenericAlias.class, new GenericAliasType("types.GenericAlias", in), false);
        register(PyUnionType.class, new GenericAliasType("types.UnionType", in), false);
        register(PyTyping.class, new TypingType(in), false);
        register(PyIter.class, new IterType(in), false);
        register(PyLazyIter.class, new LazyIterType(in), false);
        register(PyView.class, new DictViewType(in), false);
        WeakrefType weakrefs = new WeakrefType(in);
        register(PyWeakref.class, weakrefs, false);
        register(PyKeyedRef.class, weakrefs, false);
        register(PyWeakMethod.class, new WeakMethods.WeakMethodType(in), false);
        register(PyWeakMethodCallback.class, new WeakMethods.CallbackType(in), false);
        register(PyFunction.class, new FunctionType(in), false);
        register(PyBoundMethod.class, new BoundMethodType(in), false);
        register(PyClass.class, new ClassType(in), false);
        register(PyInstance.class, new InstanceType(in), false);
        register(PyBuiltin.class, new BuiltinFunctionType(in), false);
        register(PyModule.class, new ModuleType(in), false);
        register(PyGenerator.class, new GeneratorType(in), false);
        register(PyCell.class, new CellType(in), false);
        register(PyDescriptor.class, new DescriptorType(in), false);
        register(PyMethodDescriptor.class, new MethodDescriptorType(in), false);
        register(PyMethodWrapper.class, new MethodDescriptorType.BoundType(in), false);
        register(PyNotImplemented.class, new NotImplementedType(in), false);
        register(PyMappingProxy.class, new MappingProxyType(in), false);
        register(PySuper.class, new SuperType(in), false);
        register(PyPlainObject.class, new PlainObjectType(in), false);
        register(PyFinalize.class, new FinalizeType(in), false);
        register(PyNamespace.class, new NamespaceType(in), false);
        register(PyStringIO.class, new StringIOType(in), false);
        register(PyStdout.class, new StdoutType(in), false);
        register(PyStdin.class, new StdinType(in), false);
        register(PyFraction.class, new FractionType(in), false);
        register(PyTemplate.class, new TemplateType(in), false);
        register(PyPartial.class, new PartialType(in), false);
        register(PyLruCache.class, new LruCacheType(in), false);
        register(PyItemGetter.class, new ItemGetterType(in), false);
        register(PyRandom.class, new RandomType(in), false);
        register(PyField.class, new FieldType(in), false);
        TimedeltaType deltas = new TimedeltaType(in);
        register(PyTimedelta.class, deltas, false);
        register(PyDate.class, new DateType(in, deltas), false);
        register(PyTime.class, new TimeType(in), false);
        register(PyTimezone.class, new TimezoneType(in), false);
        regexSearch = new RegexSearch(in);
        register(PyRegexPattern.class, new PatternType(in, regexSearch), false);
        register(PyRegexMatch.class, new MatchType(in, regexSearch), false);
        register(PyRegexScanner.class, new RegexScannerType(in, regexSearch), false);
        register(PyAttrGetter.class, new AttrGetterType(in), false);
        register(PyStruct.class, new StructType(in), false);
        register(PyMethodCaller.class, new MethodCallerType(in), false);
        register(PyKeyWrapper.class, new KeyWrapperType(in), false);
        register(PyCachedProperty.class, new CachedPropertyType(in), false);
        register(PyContextManager.class, new ContextlibType(in), false);
        register(PyContextManagerFactory.class, new ContextManagerFactoryType(in), false);
        register(PyCType.class, new CTypeType(in), false);
        register(PyCData.class, new CDataType(in), false);
        register(PyItertool.class, new ItertoolsType(in), false);
        register(PyProxy.class, new ProxyType(in), false);
        register(PyWeakContainer.class, new WeakContainerType(in), false);
        register(SliceValue.class, new SliceType(in), false);
        register(CodeValue.class, new CodeType(in), false);
        register(PyWeakRemover.class, new WeakContainerType.RemoverType(in), false);
        register(PyTraceback.class, new TracebackType("traceback", in), false);
        register(PyFrameObject.class, new TracebackType("frame", in), false);
        fallback = new ObjectType(in);
        for (int i = 0; i < HOT_CLASSES.length; i++) hotTypes[i] = byClass.get(HOT_CLASSES[i]);
        iterType = (IterType) byClass.get(PyIter.class);
        instanceType = (InstanceType) byClass.get(PyInstance.class);
    }

    private void register(Class<? extends PyObject> javaClass, BuiltinType type, boolean nameable) {
        byClass.put(javaClass, type);
        if (nameable) byName.put(type.name, type);
    }

    BuiltinType of(PyObject o) {
        Class<?> c = o.getClass();
        for (int i = 0; i < HOT_CLASSES.length; i++) if (HOT_CLASSES[i] == c) return hotTypes[i];
        BuiltinType t = byClass.get(c);
        return t != null ? t : fallback;
    }

    /** The type registered for a heap class. */
    BuiltinType of(Class<? extends PyObject> javaClass) {
        return byClass.get(javaClass);
    }

    java.util.Collection<BuiltinType> all() {
        return java.util.List.copyOf(new java.util.LinkedHashSet<>(byClass.values()));
    }

    /** A builtin type by the name a program uses for it, or null. */
    BuiltinType named(String name) {
        return byName.get(name);
    }

    /** A type by its own name, also one a program reaches only through a library (weakref.ReferenceType). */
    BuiltinType ownNamed(String name) {
        BuiltinType t = byName.get(name);
        if (t != null) return t;
        for (BuiltinType candidate : byClass.values()) if (candidate.name.equals(name)) return candidate;
        return null;
    }

    IterType iterators() {
        return iterType;
    }

    InstanceType instances() {
        return instanceType;
    }

    LazyIterType lazyIterators() {
        return (LazyIterType) byClass.get(PyLazyIter.class);
    }

    WeakrefType weakrefs() {
        return (WeakrefType) byClass.get(PyWeakref.class);
    }
}
