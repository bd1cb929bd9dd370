from enum import Enum


class Direction(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0


class DoorState(Enum):
    OPEN = "open"
    CLOSED = "closed"


class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = Direction.IDLE
        self.door = DoorState.CLOSED
        self.requests = set()
        self.log = []

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.requests.add(floor)

    def _choose_direction(self):
        if not self.requests:
            return Direction.IDLE
        if self.direction is Direction.UP and any(f > self.floor for f in self.requests):
            return Direction.UP
        if self.direction is Direction.DOWN and any(f < self.floor for f in self.requests):
            return Direction.DOWN
        nearest = min(self.requests, key=lambda f: (abs(f - self.floor), f))
        return Direction.UP if nearest > self.floor else Direction.DOWN if nearest < self.floor else Direction.IDLE

    def tick(self):
        if self.floor in self.requests:
            self.requests.discard(self.floor)
            self.door = DoorState.OPEN
            self.log.append(f"open at {self.floor}")
            return
        self.door = DoorState.CLOSED
        self.direction = self._choose_direction()
        self.floor += self.direction.value

    def __str__(self):
        return f"floor {self.floor} {self.direction.name:<4} door {self.door.value:<6} waiting {sorted(self.requests)}"


e = Elevator(10)
schedule = {0: [5, 2], 3: [8], 6: [1], 9: [9]}
for t in range(16):
    for f in schedule.get(t, []):
        e.call(f)
    e.tick()
    print(f"t={t:>2} {e}")
print(e.log)
try:
    e.call(12)
except ValueError as err:
    print("ValueError:", err)
print([d.name for d in Direction], Direction(-1), DoorState("open") is DoorState.OPEN)
