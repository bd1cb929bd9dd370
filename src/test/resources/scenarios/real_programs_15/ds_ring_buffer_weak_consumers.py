# A fixed-size ring buffer that overwrites old entries; consumers track
# entries with weak references and see when one was overwritten.
import weakref


class Entry:
    def __init__(self, seq, text):
        self.seq = seq
        self.text = text


class Ring:
    def __init__(self, size):
        self.slots = [None] * size
        self.next = 0

    def push(self, entry):
        self.slots[self.next % len(self.slots)] = entry
        self.next += 1

    def live(self):
        return [e.seq for e in self.slots if e is not None]


ring = Ring(3)
watch = []
for i in range(6):
    e = Entry(i, f"msg{i}")
    watch.append(weakref.ref(e))
    ring.push(e)
    del e
    print("after push", i, ring.live(), [w() is not None for w in watch])
