import math
import operator
from collections import deque

NOTES = """\
Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1
"""

OPS = {"+": operator.add, "*": operator.mul}


class Monkey:
    def __init__(self, block):
        lines = [l.strip() for l in block.strip().splitlines()]
        self.ident = int(lines[0].split()[1].rstrip(":"))
        self.items = deque(int(x) for x in lines[1].split(":")[1].split(","))
        *_, left, op, right = lines[2].split()
        self.op, self.right = OPS[op], right
        self.divisor = int(lines[3].split()[-1])
        self.targets = {True: int(lines[4].split()[-1]), False: int(lines[5].split()[-1])}
        self.inspected = 0

    def worry(self, old):
        other = old if self.right == "old" else int(self.right)
        return self.op(old, other)

    def __repr__(self):
        return f"Monkey {self.ident}: {list(self.items)}"


def play(rounds, relief):
    monkeys = [Monkey(b) for b in NOTES.split("\n\n")]
    modulus = math.prod(m.divisor for m in monkeys)
    for _ in range(rounds):
        for m in monkeys:
            while m.items:
                level = m.worry(m.items.popleft())
                level = level // 3 if relief else level % modulus
                m.inspected += 1
                monkeys[m.targets[level % m.divisor == 0]].items.append(level)
    return monkeys


monkeys = play(20, True)
for m in monkeys:
    print(m, "inspected", m.inspected)
top = sorted((m.inspected for m in monkeys), reverse=True)[:2]
print("monkey business:", top[0] * top[1])
long_game = play(300, False)
print("without relief:", [m.inspected for m in long_game], "lcm-ish modulus:", math.lcm(23, 19, 13, 17))
