# A tiny validator that reads a function's annotations with get_origin/get_args.
from typing import get_origin, get_args, Optional, Union, List, Dict, Literal, Callable


def describe(tp) -> str:
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is None:
        return getattr(tp, "__name__", repr(tp))
    if origin is Union:
        return " or ".join(describe(a) for a in args)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if args and isinstance(args[0], list):
        return f"callable({', '.join(describe(a) for a in args[0])}) -> {describe(args[1])}"
    return f"{origin.__name__} of " + ", ".join(describe(a) for a in args)


def check(value, tp) -> bool:
    origin = get_origin(tp)
    if origin is None:
        return isinstance(value, tp)
    if origin is Union:
        return any(check(value, a) for a in get_args(tp))
    if origin is Literal:
        return value in get_args(tp)
    if origin is list:
        (item,) = get_args(tp)
        return isinstance(value, list) and all(check(v, item) for v in value)
    if origin is dict:
        k, v = get_args(tp)
        return isinstance(value, dict) and all(check(a, k) and check(b, v) for a, b in value.items())
    return isinstance(value, origin)


def register(name: str, tags: List[str], limits: Dict[str, int], mode: Literal["fast", "safe"],
             parent: Optional[int], hook: Callable[[int, str], bool]) -> None:
    pass


for param, tp in register.__annotations__.items():
    print(f"{param:>7}: {describe(tp)}")
samples = {"name": "job", "tags": ["a", 3], "limits": {"cpu": 2}, "mode": "slow", "parent": None}
for param, value in samples.items():
    print(param, check(value, register.__annotations__[param]))
print(get_args(Callable[..., int]), get_origin(List), get_args(List), get_origin(int))
print(get_args(list[int]), get_origin(dict[str, int]), get_args(int | str))
