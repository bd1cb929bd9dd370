package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An object of the typing module as annotations use it: a special form ({@code List},
 * {@code Optional}, {@code Any}; shared, made on first use), a subscripted alias
 * ({@code List[int]}, {@code Optional[Node]}), a TypeVar or a ForwardRef ({@code List["Node"]}).
 * <p>
 * typing caches every alias it makes ({@code _tp_cache}, an lru_cache per form): the cache keeps
 * the alias and the key it was made from (the subscript's own items) for the rest of the run.
 * An alias therefore holds its {@code __args__} tuple and the key's items; {@link #caches} counts
 * the caches that hold the alias itself (two for {@code Optional[X]}, which is {@code Union[X, None]}
 * cached under both forms).
 */
public final class PyTyping extends PyObject {
    public enum Kind { FORM, ALIAS, TYPEVAR, FORWARD_REF, CLASS_ALIAS, NEWTYPE }

    public final Kind kind;
    /** The form's name (List, Union, Callable...), a TypeVar's or ABC class's name. */
    public final String name;
    /** ALIAS: the __args__ tuple (None as NoneType, a str as a ForwardRef); FORWARD_REF, TYPEVAR: the name str. */
    public PyObject args;
    /** ALIAS: the items of the cache keys that made it; TYPEVAR: its constraints and bound. */
    public PyObject[] held = new PyObject[0];
    /** ALIAS of Callable: how many of the args are parameters (-1: {@code ...}). */
    public int callableParams = -1;
    /** TYPEVAR: '~', '+' (covariant) or '-' (contravariant). */
    public char variance = '~';
    /** ALIAS: how many typing caches hold it. */
    public int caches;
    /** CLASS_ALIAS (Generic[T], Stack[int]): the class subscripted, __origin__. */
    public PyObject origin;
    /** CLASS_ALIAS: __parameters__, the type variables its __args__ name (the empty tuple for none). */
    public PyObject parameters;

    public PyTyping(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
        if (kind == Kind.FORM) shared = true;
    }

    @Override
    public String typeName() {
        return switch (kind) {
            case FORM -> name.equals("Any") ? "typing._AnyMeta" : name.equals("Literal") ? "typing._LiteralSpecialForm" : java.util.Set.of("Union", "Optional", "Self", "NoReturn", "Never", "LiteralString", "ClassVar", "Final", "TypeAlias",
                    "TypeGuard", "Required", "NotRequired").contains(name)
                    ? "typing._SpecialForm" : name.equals("Tuple") ? "typing._TupleType"
                    : name.equals("Callable") ? "typing._CallableType" : "typing._SpecialGenericAlias";
            case ALIAS -> name.equals("Union") ? "typing._UnionGenericAlias" : name.equals("Literal") ? "typing._LiteralGenericAlias"
                    : name.equals("Callable") ? "typing._CallableGenericAlias" : "typing._GenericAlias";
            case TYPEVAR -> "typing.TypeVar";
            case FORWARD_REF -> "typing.ForwardRef";
            case CLASS_ALIAS -> "typing._GenericAlias";
            case NEWTYPE -> "typing.NewType";
        };
    }

    /** Instances of typing's Python classes: tracked, with a dict. */
    @Override
    public boolean isGcType() {
        return kind == Kind.ALIAS || kind == Kind.TYPEVAR || kind == Kind.FORWARD_REF || kind == Kind.CLASS_ALIAS || kind == Kind.NEWTYPE;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (args != null) visit.accept(args);
        if (origin != null) visit.accept(origin);
        if (parameters != null) visit.accept(parameters);
        for (PyObject o : held) if (o != null) visit.accept(o);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (args != null) visit.accept(kind == Kind.FORWARD_REF ? "__forward_arg__" : "__args__", args);
        if (origin != null) visit.accept(kind == Kind.NEWTYPE ? "__supertype__" : "__origin__", origin);
        if (parameters != null) visit.accept("__parameters__", parameters);
        for (PyObject o : held) if (o != null) visit.accept(kind == Kind.TYPEVAR ? "__constraints__" : "(typing cache key)", o);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject a = args;
        PyObject from = origin;
        PyObject p = parameters;
        PyObject[] h = held;
        args = null;
        origin = null;
        parameters = null;
        held = new PyObject[0];
        if (a != null) heap.decref(a);
        if (from != null) heap.decref(from);
        if (p != null) heap.decref(p);
        for (PyObject o : h) if (o != null) heap.decref(o);
    }

    /** An instance of a Python class with __dict__ and __weakref__ (sys.getsizeof in 3.11). */
    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public String shortValue() {
        return name;
    }
}
