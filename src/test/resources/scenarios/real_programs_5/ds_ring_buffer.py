class RingBuffer:
    """Fixed-size buffer that overwrites the oldest item."""

    def __init__(self, capacity):
        self._items = [None] * capacity
        self._start = 0
        self._size = 0

    @property
    def capacity(self):
        return len(self._items)

    def append(self, item):
        end = (self._start + self._size) % self.capacity
        self._items[end] = item
        if self._size < self.capacity:
            self._size += 1
        else:
            self._start = (self._start + 1) % self.capacity

    def __len__(self):
        return self._size

    def __getitem__(self, index):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("ring buffer index out of range")
        return self._items[(self._start + index) % self.capacity]

    def __iter__(self):
        for i in range(self._size):
            yield self[i]

    def __repr__(self):
        return f"RingBuffer({list(self)}, capacity={self.capacity})"


buf = RingBuffer(4)
for reading in [21.5, 22.0, 22.4, 23.1, 22.8, 21.9]:
    buf.append(reading)
    avg = sum(buf) / len(buf)
    print(f"add {reading:4.1f} -> avg {avg:.2f} over {len(buf)}")
print(buf)
print(buf[0], buf[-1], buf[1:3] if False else "no slices")
try:
    buf[4]
except IndexError as e:
    print("IndexError:", e)
print(max(buf), min(buf), sorted(buf))
print(22.8 in buf, 21.5 in buf)
print(list(reversed(list(buf))))
