from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()

TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.DONE},
    State.PAUSED: {State.RUNNING, State.DONE},
    State.DONE: set(),
}

class Job:
    def __init__(self, name):
        self.name = name
        self.state = State.IDLE
        self.log = [self.state.name]

    def go(self, new):
        if new not in TRANSITIONS[self.state]:
            raise ValueError(f"{self.name}: {self.state.name} -> {new.name} not allowed")
        self.state = new
        self.log.append(new.name)

job = Job("backup")
for step in (State.RUNNING, State.PAUSED, State.RUNNING, State.IDLE, State.DONE):
    try:
        job.go(step)
    except ValueError as e:
        print(e)
print(" > ".join(job.log))
print([s.value for s in State], State(2), State["DONE"], State.DONE in TRANSITIONS)
print(len(State), repr(State.PAUSED), isinstance(State.IDLE, State))
