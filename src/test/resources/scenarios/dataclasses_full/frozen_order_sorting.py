# order=True with frozen=True: versions compare as tuples of their fields and sort.
import sys
from dataclasses import dataclass

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

versions = [Version(1, 2), Version(0, 9, 1), Version(1, 0, 5), Version(1, 2)]
print(sorted(versions))
print(max(versions), min(versions), Version(1) < Version(1, 0, 1))
print(len(set(versions)), versions[0] == versions[3], versions[0] is versions[3])
latest = max(versions)
print(sys.getrefcount(latest))
try:
    print(Version(1) < (1, 0, 0))
except TypeError as e:
    print(e)
counts = {}
for v in versions:
    counts[v] = counts.get(v, 0) + 1
print(counts)
