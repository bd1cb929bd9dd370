package com.studyhall.simulation.resolve;

import com.studyhall.simulation.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The symbol table of one code object (CPython's symtable entry): which names are its locals,
 * cells, free variables and globals, and the frame layout CPython 3.11 gives them
 * (co_localsplusnames: co_varnames, then the other cell variables sorted, then the free variables sorted).
 */
public final class Scope {
    public enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    public final Kind kind;
    public final Scope parent;
    public final String qualname;
    public final List<Scope> children = new ArrayList<>();

    // Collected while walking the code, in compile order.
    final List<String> params = new ArrayList<>();
    final LinkedHashSet<String> order = new LinkedHashSet<>();
    final Set<String> bound = new HashSet<>();
    final Set<String> used = new HashSet<>();
    final Set<String> declaredGlobal = new HashSet<>();
    final Map<String, Token> declaredNonlocal = new HashMap<>();
    boolean generator;
    /** A comprehension's iteration variables, which a walrus inside it may not rebind. */
    final Set<String> comprehensionTargets = new HashSet<>();

    // Results of the analysis.
    final TreeSet<String> cells = new TreeSet<>();
    final TreeSet<String> frees = new TreeSet<>();
    private List<String> slots;
    private boolean[] cellSlot;
    private boolean anyCell;
    /** A few distinct slot names: {@link #slot} compares them instead of hashing into the map. */
    private boolean scanSlots;
    private Map<String, Integer> slotIndex;
    private String[] slotNames;

    /**
     * co_warmup of this code object: CPython 3.11 quickens a code object (makes its instructions
     * adaptive, PEP 659) when RESUME and JUMP_BACKWARD have run QUICKENING_WARMUP_DELAY (8) times
     * in it; from then on each adaptive instruction specializes itself (runtime.Specializer).
     */
    private int warmup = -8;

    Scope(Kind kind, Scope parent, String qualname) {
        this.kind = kind;
        this.parent = parent;
        this.qualname = qualname;
        if (parent != null) parent.children.add(this);
    }

    /** _PyCode_Warmup: one RESUME (a call, a generator resumed) or JUMP_BACKWARD (a loop's next round) ran in this code. */
    public void warmUp() {
        if (warmup != 0) warmup++;
    }

    /** Whether the code has been quickened: its adaptive instructions specialize from now on. */
    public boolean isQuickened() {
        return warmup == 0;
    }

    /** Functions and comprehensions have fast locals; module and class bodies use dicts. */
    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    /** A function whose body yields: calling it makes a generator. */
    public boolean isGenerator() {
        return generator;
    }

    /** Names local to this scope: parameters and bound names, minus global and nonlocal declarations. */
    boolean isLocal(String name) {
        return (params.contains(name) || bound.contains(name)) && !declaredGlobal.contains(name)
                && !declaredNonlocal.containsKey(name);
    }

    public boolean declaresGlobal(String name) {
        return declaredGlobal.contains(name);
    }

    void layOut() {
        List<String> names = new ArrayList<>(params);
        for (String n : order) if (isFunctionLike() && isLocal(n) && !params.contains(n) && !cells.contains(n)) names.add(n);
        int varnames = names.size();
        varnameCount = varnames;
        for (String c : cells) if (!params.contains(c)) names.add(c);
        names.addAll(frees);
        slots = List.copyOf(names);
        cellSlot = new boolean[slots.size()];
        slotIndex = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            slotIndex.put(slots.get(i), i);
            cellSlot[i] = i >= varnames || cells.contains(slots.get(i));
            anyCell |= cellSlot[i];
        }
        scanSlots = slots.size() <= 8 && slotIndex.size() == slots.size();
        slotNames = slots.toArray(new String[0]);
    }

    /** True when some slot holds a cell (a frame then has cells to make or closure cells to copy). */
    public boolean hasCells() {
        return anyCell;
    }

    private int varnameCount;

    /** co_varnames: the parameters, then the other locals that are not cells, as first compiled. */
    public List<String> varnames() {
        return slots.subList(0, varnameCount);
    }

    /** Every fast slot's name: co_varnames, the other cell variables, the free variables. */
    public List<String> slots() {
        return slots;
    }

    /** The slot of a local, cell or free variable, or -1 for a global (or builtin) name. */
    public int slot(String name) {
        // Most functions have a few slots: comparing the names beats hashing into the map, on every name a frame reads.
        if (scanSlots) {
            // The scanner keeps one String per name, so a slot's name is usually the same object:
            // identity first, and equals only for the names that are not slots (globals, builtins).
            String[] names = slotNames;
            for (int i = 0; i < names.length; i++) if (names[i] == name) return i;
            for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
            return -1;
        }
        Integer i = slotIndex.get(name);
        return i == null ? -1 : i;
    }

    /** {@link #slot(String)} of a name read in this scope, looked up once and remembered by the name. */
    public int slot(com.studyhall.simulation.syntax.Expr.Name name) {
        com.studyhall.simulation.syntax.Expr.Name.Slot last = name.lastSlot();
        if (last != null && last.scope() == this) return last.slot();
        int slot = slot(name.name());
        name.rememberSlot(new com.studyhall.simulation.syntax.Expr.Name.Slot(this, slot));
        return slot;
    }

    /** True when the slot holds a cell (a cell variable or a free variable) rather than the value. */
    public boolean isCell(int slot) {
        return cellSlot[slot];
    }

    /** True for a free variable (a cell that belongs to an enclosing function). */
    public boolean isFree(String name) {
        return frees.contains(name);
    }

    /** Cell variables, sorted (those that are not parameters get new empty cells when the frame starts). */
    public List<String> cellVariables() {
        return List.copyOf(cells);
    }

    /** Free variables, sorted: the order of the function's __closure__. */
    public List<String> freeVariables() {
        return List.copyOf(frees);
    }

    public List<String> parameters() {
        return params;
    }

    @Override
    public String toString() {
        return kind + " " + qualname + " slots=" + slots + " cells=" + cells + " frees=" + frees;
    }
}
