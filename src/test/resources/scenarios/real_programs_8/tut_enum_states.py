from enum import Enum, IntEnum, auto, Flag

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Perm(Flag):
    R = 4
    W = 2
    X = 1

s = State.IDLE
for _ in range(4):
    print(s, s.name, s.value)
    s = s.next()
print(State["DONE"], State(2), State.RUNNING in State, len(State))
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print([p.name for p in Priority], Priority(3).name)
rw = Perm.R | Perm.W
print(rw, Perm.W in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(repr(State.DONE), isinstance(State.DONE, State), type(State.IDLE).__name__)
try:
    State(9)
except ValueError as e:
    print("ValueError:", e)
print({st: st.value for st in State})
