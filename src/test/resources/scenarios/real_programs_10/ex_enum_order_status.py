from enum import Enum, auto, IntEnum, unique

@unique
class Status(Enum):
    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    def can_move_to(self, other):
        flow = [Status.PENDING, Status.PAID, Status.SHIPPED, Status.DELIVERED]
        if other is Status.CANCELLED:
            return self in (Status.PENDING, Status.PAID)
        if self not in flow or other not in flow:
            return False
        return flow.index(other) == flow.index(self) + 1

class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3

print(list(Status))
print(Status.PAID, repr(Status.PAID), Status.PAID.name, Status.PAID.value)
print(Status["SHIPPED"], Status(4))
for a, b in [("PENDING", "PAID"), ("PAID", "DELIVERED"), ("SHIPPED", "CANCELLED"), ("PAID", "CANCELLED")]:
    print(f"{a:>8} -> {b:<9}", Status[a].can_move_to(Status[b]))
print(Priority.HIGH > Priority.LOW, Priority.NORMAL + 1, sorted([Priority.HIGH, Priority.LOW]))
print(max(Priority), Priority(2).name)
try:
    Status(9)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Status.PAID in Status, len(Status), isinstance(Status.PAID, Status))
counts = {s: 0 for s in Status}
for s in [Status.PAID, Status.PAID, Status.SHIPPED]:
    counts[s] += 1
print({k.name: v for k, v in counts.items() if v})
