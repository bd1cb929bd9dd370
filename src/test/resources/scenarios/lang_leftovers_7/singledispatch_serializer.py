# A small JSON-like serializer built on singledispatch: nested dicts, lists, tuples, numbers and a dataclass, with a TypeError from the fallback
from dataclasses import dataclass, fields
from functools import singledispatch


@singledispatch
def to_text(value) -> str:
    raise TypeError(f"cannot serialize {type(value).__name__}")


@to_text.register
def _(value: str) -> str:
    return '"' + value.replace('"', '\\"') + '"'


@to_text.register(int)
@to_text.register(float)
def _(value) -> str:
    return repr(value)


@to_text.register
def _(value: bool) -> str:
    return "true" if value else "false"


@to_text.register(type(None))
def _(value) -> str:
    return "null"


@to_text.register(list)
@to_text.register(tuple)
def _(value) -> str:
    return "[" + ", ".join(to_text(v) for v in value) + "]"


@to_text.register
def _(value: dict) -> str:
    return "{" + ", ".join(f"{to_text(str(k))}: {to_text(v)}" for k, v in value.items()) + "}"


@dataclass
class Point:
    x: int
    y: int


@to_text.register
def _(value: Point) -> str:
    return to_text({f.name: getattr(value, f.name) for f in fields(value)})


print(to_text({"name": "ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None}))
print(to_text([Point(1, 2), (3.5, "x")]))
try:
    to_text({1, 2})
except TypeError as e:
    print("error:", e)
print(sorted(k.__name__ for k in to_text.registry))
