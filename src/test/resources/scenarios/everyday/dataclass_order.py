# order=True compares the fields as tuples, in field order; compare=False leaves a field out.
from dataclasses import dataclass, field

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)

vs = [Version(2), Version(1, 5, "b"), Version(1, 2, "a"), Version(1, 5, "z")]
print(sorted(vs))
print(Version(1, 5) == Version(1, 5, "other"), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(max(vs), min(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
