class MinHeap:
    def __init__(self, items=()):
        self.data = []
        for x in items:
            self.push(x)

    def push(self, item):
        data = self.data
        data.append(item)
        i = len(data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if data[i] < data[parent]:
                data[i], data[parent] = data[parent], data[i]
                i = parent
            else:
                break

    def pop(self):
        data = self.data
        if not data:
            raise IndexError("pop from empty heap")
        last = data.pop()
        if not data:
            return last
        top, data[0] = data[0], last
        i, n = 0, len(data)
        while True:
            left, right = 2 * i + 1, 2 * i + 2
            smallest = i
            if left < n and data[left] < data[smallest]:
                smallest = left
            if right < n and data[right] < data[smallest]:
                smallest = right
            if smallest == i:
                break
            data[i], data[smallest] = data[smallest], data[i]
            i = smallest
        return top

    def peek(self):
        return self.data[0]

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)


h = MinHeap([9, 4, 7, 1, 8, 2, 6])
print("array:", h.data)
print("peek:", h.peek(), "size:", len(h))
out = []
while h:
    out.append(h.pop())
print("sorted:", out)
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

tasks = MinHeap()
for prio, name in [(3, "write report"), (1, "fix bug"), (2, "review"), (1, "deploy")]:
    tasks.push((prio, name))
while tasks:
    prio, name = tasks.pop()
    print(f"[{prio}] {name}")

def heap_sort(values):
    heap = MinHeap(values)
    return [heap.pop() for _ in range(len(heap))]

print(heap_sort("heapsort"))
print(heap_sort([3.5, -1, 2, 0.25]))
