from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Level.LOW, repr(Level.LOW), str(Level.HIGH), format(Level.MEDIUM))
print(f"{Level.HIGH}", f"{Level.HIGH:>5}|", f"{Level.LOW:03d}", "{}".format(Level.MEDIUM))
print(Level.LOW + 1, Level.HIGH * 2, Level.HIGH - Level.LOW, -Level.MEDIUM, Level.HIGH // 2, Level.HIGH % 2)
print(type(Level.LOW + 1).__name__, Level.LOW == 1, Level.MEDIUM != 2, Level.LOW < Level.HIGH, Level.HIGH >= 3)
names = ["zero", "one", "two", "three"]
print(names[Level.MEDIUM], names[Level.HIGH])
levels = [Level.HIGH, 2, Level.LOW, 0, Level.MEDIUM]
print(sorted(levels))
print(sorted(Level, reverse=True), max(Level), min(Level), sum(Level))
print(int(Level.HIGH), float(Level.LOW), hash(Level.MEDIUM) == hash(2), bool(Level.LOW))
counts = {1: "a", 2: "b"}
print(counts[Level.LOW], {Level.MEDIUM: "x"}[2], Level.LOW in counts)
print(isinstance(Level.LOW, int), isinstance(Level.LOW, Level), type(Level.LOW))
print(Level.HIGH.name, Level.HIGH.value, type(Level.HIGH.value).__name__)
print([lvl.name for lvl in Level if lvl > 1])
print(list(range(Level.HIGH)), "ab" * Level.MEDIUM)
