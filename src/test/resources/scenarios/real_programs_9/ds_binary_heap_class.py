class MinHeap:
    def __init__(self, data=None):
        self.a = []
        for x in data or []:
            self.push(x)

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[p] <= a[i]:
                break
            a[p], a[i] = a[i], a[p]
            i = p

    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[m], a[i] = a[i], a[m]
                i = m
        return top

    def __bool__(self):
        return bool(self.a)

    def __len__(self):
        return len(self.a)


h = MinHeap([9, 4, 7, 1, 8, 2, 2, 6])
print(h.a, len(h))
out = []
while h:
    out.append(h.pop())
print(out)
h2 = MinHeap([(3, "c"), (1, "a"), (2, "b")])
print(h2.pop(), h2.pop(), bool(h2), h2.pop(), bool(h2))
try:
    h2.pop()
except IndexError as e:
    print("IndexError:", e)
