import random
from collections import deque

class Task:
    def __init__(self, created, pages):
        self.created = created
        self.pages = pages

class Printer:
    def __init__(self, ppm):
        self.ppm = ppm
        self.current = None
        self.remaining = 0

    def tick(self):
        if self.current is not None:
            self.remaining -= 1
            if self.remaining <= 0:
                self.current = None

    def busy(self):
        return self.current is not None

    def start(self, task):
        self.current = task
        self.remaining = task.pages * 60 // self.ppm

def simulate(seconds, ppm, seed):
    random.seed(seed)
    rng = random
    printer = Printer(ppm)
    queue = deque()
    waits = []
    for now in range(seconds):
        if rng.randrange(1, 61) == 60:
            queue.append(Task(now, rng.randint(1, 20)))
        if not printer.busy() and queue:
            task = queue.popleft()
            waits.append(now - task.created)
            printer.start(task)
        printer.tick()
    avg = sum(waits) / len(waits) if waits else 0
    return avg, len(queue), len(waits)

for ppm in (5, 10):
    for seed in range(2):
        avg, left, done = simulate(900, ppm, seed)
        print(f"ppm={ppm:>2} seed={seed}: {done:>2} printed, avg wait {avg:7.2f}s, {left} still queued")
random.seed(42)
print(random.random(), random.randint(1, 6), random.choice("abc"), random.sample(range(10), 3))
deck = list(range(10))
random.shuffle(deck)
print(deck, round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6))
