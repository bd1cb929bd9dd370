from dataclasses import dataclass, field, astuple, replace

@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        text = f"{self.major}.{self.minor}.{self.patch}"
        return f"{text}-{self.label}" if self.label else text

@dataclass(order=True, frozen=True)
class Release:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    version: Version

    def __post_init__(self):
        object.__setattr__(self, "sort_key", (self.version, self.name))

versions = [Version(1, 2), Version(1, 10, 1), Version(1, 2, 0, "beta"), Version(0, 9, 9)]
print([str(v) for v in sorted(versions)])
print("equal ignores label:", Version(1, 2) == Version(1, 2, 0, "rc"))
print("max:", max(versions), astuple(versions[1]))
releases = [Release("b", Version(2, 0)), Release("a", Version(2, 0)), Release("c", Version(1, 5))]
for r in sorted(releases):
    print(r)
r = releases[0]
try:
    r.name = "z"
except Exception as e:
    print(type(e).__name__, e)
print(replace(r, name="z"))
