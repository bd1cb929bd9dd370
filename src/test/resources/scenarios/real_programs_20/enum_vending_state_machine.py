from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    VENDING = auto()
    OUT_OF_ORDER = auto()

    def __str__(self):
        return self.name.lower().replace("_", " ")


class Event(Enum):
    COIN = "coin"
    SELECT = "select"
    REFUND = "refund"
    DONE = "done"
    KICK = "kick"


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event.value} while {state}")
        self.state, self.event = state, event


TRANSITIONS = {
    (State.IDLE, Event.COIN): State.HAS_MONEY,
    (State.HAS_MONEY, Event.COIN): State.HAS_MONEY,
    (State.HAS_MONEY, Event.SELECT): State.VENDING,
    (State.HAS_MONEY, Event.REFUND): State.IDLE,
    (State.VENDING, Event.DONE): State.IDLE,
}


class Machine:
    PRICE = 3

    def __init__(self):
        self.state = State.IDLE
        self.credit = 0
        self.sold = 0
        self.log = []

    def fire(self, event):
        if event is Event.KICK:
            self.state = State.OUT_OF_ORDER
            return self.state
        try:
            new = TRANSITIONS[self.state, event]
        except KeyError:
            raise InvalidTransition(self.state, event) from None
        if event is Event.COIN:
            self.credit += 1
        elif event is Event.SELECT and self.credit < self.PRICE:
            raise InvalidTransition(self.state, event)
        elif event is Event.SELECT:
            self.credit -= self.PRICE
            self.sold += 1
        elif event is Event.REFUND:
            self.log.append(f"refunded {self.credit}")
            self.credit = 0
        self.log.append(f"{self.state} --{event.value}--> {new}")
        self.state = new
        return new


m = Machine()
script = "coin coin select coin select refund coin coin coin select done select kick coin".split()
for word in script:
    event = Event(word)
    try:
        m.fire(event)
        print(f"{word:>7}: now {m.state!s:<12} credit={m.credit}")
    except InvalidTransition as e:
        print(f"{word:>7}: refused ({e}); state is {e.state.name}")
print("sold:", m.sold)
print("\n".join(m.log))
print([s.name for s in State], [e.value for e in Event])
print(State.IDLE.value, State["VENDING"], State(4), Event("kick").name, repr(Event.COIN))
print(State.IDLE is State.IDLE, State.IDLE == 1, isinstance(State.IDLE, State), len(State))
reachable = {State.IDLE}
frontier = [State.IDLE]
while frontier:
    s = frontier.pop()
    for (src, ev), dst in TRANSITIONS.items():
        if src is s and dst not in reachable:
            reachable.add(dst)
            frontier.append(dst)
print("reachable without kicking:", sorted(s.name for s in reachable))
try:
    Event("shake")
except ValueError as e:
    print("ValueError:", e)
