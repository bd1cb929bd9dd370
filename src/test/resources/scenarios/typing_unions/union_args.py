# A tiny runtime validator reading unions made with | and with Union[...].
from typing import Dict, List, Union, get_args, get_origin

Number = int | float
Payload = Dict[str, int] | List[int] | None


def accepts(hint, value):
    origin = get_origin(hint)
    if origin is Union or type(hint).__name__ == "UnionType":
        return any(accepts(arg, value) for arg in get_args(hint))
    if hint is type(None):
        return value is None
    if origin is not None:
        return isinstance(value, origin)
    return isinstance(value, hint)


print(Number, Payload)
print(get_args(Payload))
for value in (3, 2.5, "x", None, [1, 2], {"a": 1}):
    print(repr(value), accepts(Number, value), accepts(Payload, value))
print(Union[int, float] == Number, Payload == Union[Dict[str, int], List[int], None])
