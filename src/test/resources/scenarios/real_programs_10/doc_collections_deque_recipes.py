from collections import deque
import itertools

def tail(lines, n=3):
    return deque(lines, n)

def moving_average(iterable, n=3):
    it = iter(iterable)
    d = deque(itertools.islice(it, n - 1))
    d.appendleft(0)
    s = sum(d)
    for elem in it:
        s += elem - d.popleft()
        d.append(elem)
        yield s / n

def delete_nth(d, n):
    d.rotate(-n)
    d.popleft()
    d.rotate(n)

def roundrobin(*iterables):
    iterators = deque(map(iter, iterables))
    while iterators:
        try:
            while True:
                yield next(iterators[0])
                iterators.rotate(-1)
        except StopIteration:
            iterators.popleft()

print(tail(["a", "b", "c", "d", "e"]))
print([round(x, 2) for x in moving_average([40, 30, 50, 46, 39, 44])])
d = deque("abcdef")
delete_nth(d, 2)
print(d)
print("".join(roundrobin("ABC", "D", "EF")))
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(list(d), end=" ")
print()
d2 = deque([1, 2, 3])
d2.extendleft([0, -1])
print(d2, d2.index(2), d2.count(1), d2.maxlen)
d2.rotate(2)
print(d2)
d2.reverse()
print(d2, d2[0], d2[-1])
