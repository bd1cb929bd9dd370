r = range(0, 50, 5)
print(r, len(r), r[3], r[-1], r[2:5], r[::-1], 25 in r, 26 in r, r.index(45), r.count(10))
print(range(10)[::3], list(range(10, 0, -3)), range(5) == range(0, 5, 1), range(0) == range(4, 2))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(bool(range(0)), bool(range(1)), list(reversed(range(4))), range(3).start, range(3).stop, range(3).step)
print(2 ** 70 in range(2 ** 71), -(2 ** 70) in range(-(2 ** 71), 0, 3), range(2 ** 64)[2 ** 63])
try:
    range(3).index(10)
except ValueError as e:
    print(e)
try:
    range(0, 1, 0)
except ValueError as e:
    print(e)
class Num(int):
    pass
print(Num(3) in range(5), range(5).index(Num(2)), True in range(1, 3), 1.0 in range(3), "a" in range(3))
