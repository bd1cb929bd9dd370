# Generates the argument-shape table: for each public method of the builtin types the lab models,
# CPython 3.11's TypeError for 0-4 positional arguments (when it is an argument-count error) and for
# an unexpected keyword argument, with the keyword names the method accepts.
import collections, weakref, inspect, re, sys
class K: pass
KEEP = K()
MAKERS = {
    "list": lambda: [3, 1, 2], "dict": lambda: {"a": 1}, "set": lambda: {1, 2}, "frozenset": lambda: frozenset({1}),
    "str": lambda: "abc", "bytes": lambda: b"abc", "bytearray": lambda: bytearray(b"abc"), "int": lambda: 13,
    "float": lambda: 2.5, "tuple": lambda: (1, 2), "range": lambda: range(3), "bool": lambda: True,
    "deque": lambda: collections.deque([1]), "Counter": lambda: collections.Counter("ab"),
    "OrderedDict": lambda: collections.OrderedDict(a=1), "defaultdict": lambda: collections.defaultdict(list, a=[1]),
    "WeakSet": lambda: weakref.WeakSet([KEEP]), "WeakValueDictionary": lambda: weakref.WeakValueDictionary(k=KEEP),
    "WeakKeyDictionary": lambda: weakref.WeakKeyDictionary({KEEP: 1}),
}
ARITY = re.compile(r"takes no arguments|takes exactly one argument|takes no positional|expected at (most|least) \d+ arguments?, got \d+"
                   r"|takes (exactly |at most |at least |from )?\d+( to \d+)? (positional )?arguments? (but \d+ (was|were) given|\(\d+ given\))"
                   r"|missing \d+ required positional|expected \d+ arguments?, got \d+")
out = []
for tname, make in MAKERS.items():
    for m in sorted(dir(make())):
        if m.startswith("_"):
            continue
        if not callable(getattr(make(), m)):
            continue
        for n in range(5):
            try:
                # x.m(...) as a program writes it (LOAD_METHOD): the messages name the method's own type.
                exec(f"X.{m}({', '.join(['None'] * n)})", {"X": make()})
            except TypeError as e:
                msg = str(e)
                if ARITY.search(msg):
                    out.append(f"{tname}\t{m}\t{n}\t{msg}")
            except Exception:
                pass
        try:
            exec(f"X.{m}(zzz_kw=1)", {"X": make()})
        except TypeError as e:
            msg = str(e)
            if "zzz_kw" in msg or "keyword" in msg:
                out.append(f"{tname}\t{m}\tkw\t{msg.replace('zzz_kw', '{}')}")
        except Exception:
            pass
        try:
            sig = inspect.signature(getattr(make(), m))
            names = [p.name for p in sig.parameters.values() if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
            kwargs = any(p.kind == p.VAR_KEYWORD for p in sig.parameters.values())
            out.append(f"{tname}\t{m}\tnames\t{'**' if kwargs else ','.join(names)}")
        except (ValueError, TypeError):
            out.append(f"{tname}\t{m}\tnames\t?")
import gc, math, heapq, bisect, copy, random, builtins, contextlib, io
SKIP = {"exit", "breakpointhook", "excepthook", "displayhook", "unraisablehook", "addaudithook", "audit", "call_tracing",
        "settrace", "setprofile", "activate_stack_trampoline", "deactivate_stack_trampoline", "setdlopenflags",
        "setswitchinterval", "set_asyncgen_hooks", "set_coroutine_origin_tracking_depth", "set_int_max_str_digits",
        "setrecursionlimit",
        # builtins that would wait for input, open files, run code or print their argument's text:
        "quit", "help", "breakpoint", "copyright", "credits", "license", "open", "input", "eval", "exec", "compile"}
for module in (gc, sys, math, heapq, bisect, copy, random, builtins):
    for f in sorted(dir(module)):
        value = getattr(module, f)
        # builtins' types are called as functions are (list(a, b)); exception classes take any arguments.
        called_type = module is builtins and isinstance(value, type) and not issubclass(value, BaseException)
        if f.startswith("_") or f in SKIP or not callable(value) or (isinstance(value, type) and not called_type):
            continue
        for n in range(5):
            try:
                with contextlib.redirect_stdout(io.StringIO()):  # print(None)
                    exec(f"M.{f}({', '.join(['None'] * n)})", {"M": module})
            except TypeError as e:
                if ARITY.search(str(e)):
                    out.append(f"{module.__name__}\t{f}\t{n}\t{e}")
            except Exception:
                pass
        try:
            exec(f"M.{f}(zzz_kw=1)", {"M": module})
        except TypeError as e:
            if "zzz_kw" in str(e) or "keyword" in str(e):
                out.append(f"{module.__name__}\t{f}\tkw\t{str(e).replace('zzz_kw', '{}')}")
        except Exception:
            pass
        try:
            sig = inspect.signature(getattr(module, f))
            names = [p.name for p in sig.parameters.values() if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
            kwargs = any(p.kind == p.VAR_KEYWORD for p in sig.parameters.values())
            out.append(f"{module.__name__}\t{f}\tnames\t{'**' if kwargs else ','.join(names)}")
        except (ValueError, TypeError):
            out.append(f"{module.__name__}\t{f}\tnames\t?")
# gc.freeze(), gc.disable() and gc.set_debug() called with no arguments above changed the collector: put it back.
gc.unfreeze()
gc.enable()
gc.set_debug(0)
print("\n".join(out))
