# Advent-of-Code style: elves carry snacks; groups separated by blank lines, read from stdin.
import sys

def parse(text):
    groups = []
    for block in text.strip().split("\n\n"):
        groups.append([int(line) for line in block.splitlines()])
    return groups

data = sys.stdin.read()
elves = parse(data)
totals = sorted((sum(g) for g in elves), reverse=True)
print("elves:", len(elves))
print("part 1:", totals[0])
print("part 2:", sum(totals[:3]))
best = max(range(len(elves)), key=lambda i: sum(elves[i]))
print(f"elf #{best + 1} carries {len(elves[best])} snacks")
for rank, total in enumerate(totals[:3], 1):
    print(f"{rank:>2}. {total:>6}")
