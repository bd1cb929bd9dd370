# What a protocol refuses at run time.
from typing import Protocol, runtime_checkable


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self):
        return "hello"


try:
    Greeter()
except TypeError as e:
    print("1", e)

try:
    isinstance(English(), Greeter)
except TypeError as e:
    print("2", e)

try:
    issubclass(English, Greeter)
except TypeError as e:
    print("3", e)


class NotProto:
    pass


try:
    runtime_checkable(NotProto)
except TypeError as e:
    print("4", e)

try:
    class Mixed(Greeter, English, Protocol):
        pass
except TypeError as e:
    print("5", e)

print(Greeter.__name__, Greeter.__qualname__, Greeter.__module__)
print(English().greet())
