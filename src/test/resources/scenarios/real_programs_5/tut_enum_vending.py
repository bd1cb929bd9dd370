from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_STOCK = auto()

class Event(Enum):
    COIN = "coin"
    SELECT = "select"
    REFUND = "refund"
    DONE = "done"

TRANSITIONS = {
    (State.IDLE, Event.COIN): State.HAS_MONEY,
    (State.HAS_MONEY, Event.COIN): State.HAS_MONEY,
    (State.HAS_MONEY, Event.SELECT): State.DISPENSING,
    (State.HAS_MONEY, Event.REFUND): State.IDLE,
    (State.DISPENSING, Event.DONE): State.IDLE,
}

class Machine:
    def __init__(self, stock):
        self.stock = stock
        self.credit = 0
        self.state = State.IDLE if stock else State.OUT_OF_STOCK
        self.log = []

    def handle(self, event, amount=0):
        key = (self.state, event)
        if key not in TRANSITIONS:
            print(f"  ignored {event.value!r} while {self.state.name}")
            return
        new = TRANSITIONS[key]
        if event is Event.COIN:
            self.credit += amount
        elif event is Event.REFUND:
            print(f"  refund {self.credit}")
            self.credit = 0
        elif event is Event.SELECT and self.credit < 150:
            print(f"  need {150 - self.credit} more")
            return
        elif event is Event.DONE:
            self.stock -= 1
            self.credit -= 150
            if self.stock == 0:
                new = State.OUT_OF_STOCK
        self.log.append((self.state.name, new.name))
        print(f"  {self.state.name} --{event.value}--> {new.name}")
        self.state = new


m = Machine(stock=2)
for ev, amt in [(Event.SELECT, 0), (Event.COIN, 100), (Event.SELECT, 0), (Event.COIN, 100),
                (Event.SELECT, 0), (Event.COIN, 5), (Event.DONE, 0), (Event.COIN, 200),
                (Event.SELECT, 0), (Event.DONE, 0), (Event.COIN, 10)]:
    print(ev.name, amt)
    m.handle(ev, amt)
print("credit", m.credit, "state", m.state, "log size", len(m.log))
print(list(State))
print(State(2), Event("refund"), State["IDLE"].value)
print([s.name for s in State if s is not State.IDLE])
try:
    Event("kick")
except ValueError as e:
    print("ValueError:", e)
print(State.IDLE == 1, State.IDLE is State(1), isinstance(State.IDLE, State))
