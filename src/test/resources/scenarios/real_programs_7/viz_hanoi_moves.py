moves = []

def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source)

pegs = {"A": [3, 2, 1], "B": [], "C": []}
hanoi(3, "A", "C", "B")
for step, (disk, src, dst) in enumerate(moves, start=1):
    moved = pegs[src].pop()
    assert moved == disk
    pegs[dst].append(moved)
    print(f"{step}. disk {disk}: {src} -> {dst}   {pegs}")
print("total moves:", len(moves), "expected:", 2 ** 3 - 1)
