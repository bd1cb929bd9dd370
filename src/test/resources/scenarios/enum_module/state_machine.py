from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

transitions = {
    State.IDLE: State.RUNNING,
    State.RUNNING: State.DONE,
}

s = State.IDLE
while s in transitions:
    print(s.name, "->", transitions[s].name)
    s = transitions[s]
print("final:", s)
