import gc
from enum import Flag, IntEnum, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


gc.collect()
inventory = {"bolts": (120, 100), "nuts": (40, 80), "gears": (5, 20), "belts": (0, 10)}
orders = []
for name, (have, want) in inventory.items():
    short = want - have
    if short <= 0:
        continue
    ratio = have / want
    prio = Priority.HIGH if ratio < 0.25 else Priority.MEDIUM if ratio < 0.75 else Priority.LOW
    orders.append((prio, name, short))
for prio, name, short in sorted(orders, key=lambda o: (-o[0], o[1])):
    print(f"{prio.name:<7}{name:<6}{short:>4}")
print("high count:", sum(1 for o in orders if o[0] == Priority.HIGH), Priority.HIGH > Priority.LOW, int(Priority.MEDIUM) + 1)
user = Perm.READ | Perm.WRITE
print(user, Perm.WRITE in user, Perm.DELETE in user, bool(user & Perm.DELETE))
print("count:", gc.get_count())
