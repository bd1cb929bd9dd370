import sys
import gc
from enum import Enum, IntEnum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


class Code(IntEnum):
    OK = 0
    WARN = 1
    FAIL = 2


TRANSITIONS = {
    State.IDLE: {"start": State.RUNNING},
    State.RUNNING: {"pause": State.PAUSED, "finish": State.DONE},
    State.PAUSED: {"resume": State.RUNNING, "finish": State.DONE},
    State.DONE: {},
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]

    def fire(self, event):
        nxt = TRANSITIONS[self.state].get(event)
        if nxt is None:
            return Code.FAIL
        self.state = nxt
        self.history.append(nxt)
        return Code.OK if nxt is not State.PAUSED else Code.WARN


m = Machine()
results = [m.fire(e) for e in ["start", "pause", "bogus", "resume", "finish", "start"]]
print(results, sum(results), max(results).name)
print([s.name for s in m.history])
print(m.state, m.state is State.DONE, m.state == State.DONE)
print(sys.getrefcount(State.RUNNING), sys.getrefcount(State.DONE), sys.getrefcount(Code.OK))
worst = Code(max(results))
print(worst, repr(worst), f"exit code {worst}")
del m
print(gc.collect(), sys.getrefcount(State.RUNNING))
