# Protocols extending protocols.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Readable(Protocol):
    def read(self) -> str: ...


@runtime_checkable
class ReadWrite(Readable, Protocol):
    def write(self, data: str) -> None: ...


class Buffer:
    def __init__(self):
        self.data = []

    def read(self):
        return "".join(self.data)

    def write(self, data):
        self.data.append(data)


class Source:
    def read(self):
        return "constant"


b = Buffer()
b.write("ab")
b.write("cd")
for obj in (b, Source()):
    print(type(obj).__name__, isinstance(obj, Readable), isinstance(obj, ReadWrite))
print(b.read())
print(ReadWrite.__mro__)
print(ReadWrite._is_protocol, Readable._is_runtime_protocol)
