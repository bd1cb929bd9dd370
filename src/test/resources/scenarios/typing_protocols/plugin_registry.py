# Plugins are checked at registration with a runtime-checkable protocol.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Plugin(Protocol):
    name: str

    def run(self, text: str) -> str: ...


class Upper:
    name = "upper"

    def run(self, text: str) -> str:
        return text.upper()


class Reverse:
    name = "reverse"

    def run(self, text: str) -> str:
        return text[::-1]


class Broken:
    name = "broken"


registry: dict[str, Plugin] = {}


def register(obj: object) -> None:
    if not isinstance(obj, Plugin):
        print(f"rejected {type(obj).__name__}")
        return
    registry[obj.name] = obj
    print(f"registered {obj.name}")


for candidate in (Upper(), Reverse(), Broken(), 42):
    register(candidate)

text = "protocols"
for name, plugin in registry.items():
    text = plugin.run(text)
    print(name, "->", text)

try:
    issubclass(Upper, Plugin)
except TypeError as e:
    print("TypeError:", e)
