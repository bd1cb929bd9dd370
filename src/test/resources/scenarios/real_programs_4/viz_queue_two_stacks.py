class Queue:
    def __init__(self):
        self._in = []
        self._out = []

    def enqueue(self, x):
        self._in.append(x)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("dequeue from empty queue")
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

    def __repr__(self):
        return f"Queue(in={self._in}, out={self._out})"

q = Queue()
for i in range(1, 4):
    q.enqueue(i)
print(q, len(q))
print(q.dequeue(), q)
q.enqueue(4)
print(q)
while q:
    print("got", q.dequeue())
try:
    q.dequeue()
except IndexError as e:
    print("error:", e)
