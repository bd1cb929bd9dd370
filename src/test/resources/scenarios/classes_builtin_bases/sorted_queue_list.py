# A priority list: insert keeps order, len/bool/in/index/count work on the subclass; comparisons with lists
class SortedList(list):
    def add(self, x):
        i = 0
        while i < len(self) and self[i] < x:
            i += 1
        self.insert(i, x)
q = SortedList()
print(bool(q), len(q))
for n in [5, 1, 4, 1, 3]:
    q.add(n)
print(q, bool(q), 4 in q, q.index(4), q.count(1))
print(q == [1, 1, 3, 4, 5], q < [2], q[0], q[-1], q[1:3])
q.sort(reverse=True)
print(q, max(q), min(q), sum(q), sorted(q))
print(list(reversed(q)), [x * 2 for x in q])
