from collections import deque


def josephus(n, k):
    people = deque(range(1, n + 1))
    order = []
    while people:
        people.rotate(-(k - 1))
        order.append(people.popleft())
    return order


print(josephus(7, 3))
print(josephus(10, 2)[-1], josephus(41, 3)[-2:])
d = deque("abcde", maxlen=5)
d.append("f")
print(d, d.maxlen)
d.appendleft("z")
print(d)
d.rotate(2)
print(list(d), d[0], d[-1], d.index("c"))
d.extendleft("xy")
print(d, d.count("x"))
window = deque(maxlen=3)
avgs = []
for v in [10, 20, 30, 40, 50, 60]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
print(deque(reversed(range(4))), deque() == deque([]), bool(deque()))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
