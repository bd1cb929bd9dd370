import gc
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}


class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []

    def fire(self, event):
        nxt = TRANSITIONS.get((self.state, event))
        if nxt is None:
            self.log.append(f"ignored {event} in {self.state.name}")
            return False
        self.log.append(f"{self.state.name} --{event}--> {nxt.name}")
        self.state = nxt
        return True


gc.collect()
m = Machine()
results = [m.fire(e) for e in ["pause", "start", "pause", "resume", "finish", "start"]]
print(results)
print(*m.log, sep="\n")
print([s.value for s in State], State(3), State["DONE"] is m.state)
print(repr(State.PAUSED), State.PAUSED.name.lower())
print("members:", list(State.__members__))
print("collected:", gc.collect())
