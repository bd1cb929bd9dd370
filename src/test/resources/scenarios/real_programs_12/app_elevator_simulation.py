class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.current = 0
        self.requests = []
        self.log = []

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        if floor not in self.requests:
            self.requests.append(floor)

    def step(self):
        if not self.requests:
            return False
        up = [f for f in self.requests if f >= self.current]
        target = min(up) if up else max(self.requests)
        direction = "up" if target > self.current else "down" if target < self.current else "stay"
        self.log.append(f"{self.current}->{target} ({direction})")
        self.current = target
        self.requests.remove(target)
        return True


e = Elevator(10)
for f in [5, 2, 8, 2, 0]:
    e.call(f)
while e.step():
    pass
print("\n".join(e.log))
try:
    e.call(12)
except ValueError as err:
    print("error:", err)
print("ends at floor", e.current)
