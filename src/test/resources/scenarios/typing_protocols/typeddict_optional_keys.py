# total=False, Required and NotRequired decide which keys a TypedDict requires.
from typing import TypedDict, Required, NotRequired


class Options(TypedDict, total=False):
    verbose: bool
    retries: int
    name: Required[str]


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Sequel(Movie, total=False):
    prequel: str


def show(cls):
    print(cls.__name__, sorted(cls.__required_keys__), sorted(cls.__optional_keys__), cls.__total__)


for cls in (Options, Movie, Sequel):
    show(cls)
print(Sequel(title="b", prequel="a"))
print(Sequel.__mro__)
o = Options(name="job")
o["retries"] = 3
print(o, o.get("verbose", False))
m = Movie(title="Alien")
print(m, "year" in m)
