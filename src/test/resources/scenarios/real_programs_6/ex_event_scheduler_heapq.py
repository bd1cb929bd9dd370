import heapq
import itertools

class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0
        self.cancelled = set()

    def at(self, time, name, action):
        seq = next(self.counter)
        heapq.heappush(self.queue, (time, seq, name, action))
        return seq

    def cancel(self, seq):
        self.cancelled.add(seq)

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            time, seq, name, action = heapq.heappop(self.queue)
            if seq in self.cancelled:
                print(f"t={time}: {name} (cancelled)")
                continue
            self.now = time
            action(self, name)
        return len(self.queue)

def beep(s, name):
    print(f"t={s.now}: {name}")

def repeat(s, name):
    print(f"t={s.now}: {name}, again in 3")
    s.at(s.now + 3, name, repeat)

s = Scheduler()
s.at(5, "lunch", beep)
s.at(1, "alarm", beep)
s.at(2, "tick", repeat)
ticket = s.at(4, "meeting", beep)
s.at(4, "coffee", beep)
s.cancel(ticket)
left = s.run(9)
print("left:", left, [e[2] for e in sorted(s.queue)])
print(heapq.nsmallest(2, [7, 3, 9, 1]), heapq.nlargest(2, "banana"))
