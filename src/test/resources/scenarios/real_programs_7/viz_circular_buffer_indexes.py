class RingBuffer:
    def __init__(self, capacity):
        self.slots = [None] * capacity
        self.head = 0
        self.size = 0

    def push(self, value):
        tail = (self.head + self.size) % len(self.slots)
        if self.size == len(self.slots):
            dropped = self.slots[self.head]
            self.slots[self.head] = value
            self.head = (self.head + 1) % len(self.slots)
            return dropped
        self.slots[tail] = value
        self.size += 1
        return None

    def items(self):
        return [self.slots[(self.head + i) % len(self.slots)] for i in range(self.size)]

buf = RingBuffer(4)
for reading in [12, 15, 11, 18, 20, 9]:
    dropped = buf.push(reading)
    print(f"push {reading:>2} head={buf.head} slots={buf.slots} dropped={dropped}")
print("oldest to newest:", buf.items())
print("average:", sum(buf.items()) / buf.size)
