# @overload stubs document the signatures; the last, plain definition does the work.
from typing import overload, Union


@overload
def scale(value: int, factor: int) -> int: ...
@overload
def scale(value: list, factor: int) -> list: ...
@overload
def scale(value: str, factor: int) -> str: ...
def scale(value, factor):
    if isinstance(value, list):
        return [scale(v, factor) for v in value]
    return value * factor


print(scale(3, 4))
print(scale("ab", 3))
print(scale([1, 2, [3]], 2))
print(scale.__name__)


class Parser:
    @overload
    def parse(self, raw: str) -> int: ...
    @overload
    def parse(self, raw: bytes) -> int: ...
    def parse(self, raw: Union[str, bytes]) -> int:
        if isinstance(raw, bytes):
            raw = raw.decode()
        return int(raw.strip())


p = Parser()
print(p.parse(" 12 "), p.parse(b"7"))
