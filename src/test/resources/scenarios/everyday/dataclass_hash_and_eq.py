# eq=True (the default) without frozen sets __hash__ to None: instances cannot be set members.
from dataclasses import dataclass

@dataclass
class Key:
    name: str

@dataclass(eq=False)
class Ident:
    name: str

@dataclass
class Custom:
    name: str
    def __hash__(self):
        return hash(self.name)

print(Key.__hash__, Key("a") == Key("a"), Key("a") == "a")
try:
    {Key("a")}
except TypeError as e:
    print(e)
a = Ident("a")
print(a == Ident("a"), a == a, len({a, Ident("a")}), Ident.__hash__ is object.__hash__)
print(len({Custom("x"), Custom("x")}), Custom("x") == Custom("x"))
