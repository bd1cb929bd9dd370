# cmp_to_key on patterned inputs of 64 to 300 items: how many comparisons, and the first ones.
from functools import cmp_to_key
calls = []
def cmp(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)
patterns = {
    "ascending": lambda n: list(range(n)),
    "descending": lambda n: list(range(n, 0, -1)),
    "sawtooth": lambda n: [i % 7 for i in range(n)],
    "two runs": lambda n: list(range(n // 2)) + list(range(n // 2)),
    "interleaved": lambda n: list(range(0, n, 2)) + list(range(1, n, 2)),
    "modular": lambda n: [(i * 37) % 101 for i in range(n)],
}
for n in (64, 65, 129, 300):
    for name, make in patterns.items():
        calls.clear()
        data = make(n)
        out = sorted(data, key=cmp_to_key(cmp))
        print(n, name, out == sorted(data), len(calls), calls[:6])
