import re

PUZZLE = """\
    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2
"""


def parse(text):
    drawing, moves = text.split("\n\n")
    rows = drawing.splitlines()
    labels = rows.pop()
    count = len(labels.split())
    stacks = [[] for _ in range(count)]
    for row in reversed(rows):
        for i in range(count):
            pos = 1 + 4 * i
            if pos < len(row) and row[pos].strip():
                stacks[i].append(row[pos])
    steps = [tuple(map(int, re.findall(r"\d+", line))) for line in moves.splitlines()]
    return stacks, steps


def run(stacks, steps, keep_order):
    stacks = [s[:] for s in stacks]
    for n, src, dst in steps:
        taken = stacks[src - 1][-n:]
        del stacks[src - 1][-n:]
        stacks[dst - 1].extend(taken if keep_order else reversed(taken))
    return stacks


def show(stacks):
    height = max(map(len, stacks))
    for level in range(height - 1, -1, -1):
        print(" ".join(f"[{s[level]}]" if level < len(s) else "   " for s in stacks))
    print(" ".join(f" {i} " for i in range(1, len(stacks) + 1)))


stacks, steps = parse(PUZZLE)
print("start:", stacks, "steps:", steps)
show(stacks)
for keep in (False, True):
    final = run(stacks, steps, keep)
    print(f"\ncrane keeps order={keep}:")
    show(final)
    print("tops:", "".join(s[-1] for s in final if s))
