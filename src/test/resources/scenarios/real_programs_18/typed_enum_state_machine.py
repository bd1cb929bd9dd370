# An order's life cycle as an Enum state machine with auto() values and methods.
from enum import Enum, IntEnum, Flag, auto

class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    def next_states(self):
        return {
            State.NEW: {State.PAID, State.CANCELLED},
            State.PAID: {State.SHIPPED, State.CANCELLED},
            State.SHIPPED: {State.DELIVERED},
        }.get(self, set())

    @property
    def final(self):
        return not self.next_states()

class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

class Order:
    def __init__(self, oid, priority=Priority.NORMAL):
        self.oid = oid
        self.state = State.NEW
        self.priority = priority
        self.history = [self.state.name]

    def move(self, new):
        if new not in self.state.next_states():
            raise ValueError(f"order {self.oid}: cannot go from {self.state.name} to {new.name}")
        self.state = new
        self.history.append(new.name)

o = Order(1, Priority.HIGH)
for s in [State.PAID, State.SHIPPED, State.DELIVERED]:
    o.move(s)
print(o.history, o.state.final)
o2 = Order(2)
try:
    o2.move(State.SHIPPED)
except ValueError as e:
    print(e)
o2.move(State.CANCELLED)
print(o2.state, o2.state.value, State(2).name, State["SHIPPED"])
print([s.name for s in State if s.final])
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, 1, Priority.NORMAL]))
print(max(o.priority, o2.priority).name, int(Priority.LOW), Priority(3))
p = Perm.READ | Perm.WRITE
print(p, Perm.WRITE in p, Perm.EXEC in p, bool(p & Perm.EXEC), p.value)
print(list(Perm), len(State), State.NEW is State(1))
