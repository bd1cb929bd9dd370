from collections import Counter


def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live
                     for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live, w=8, h=6):
    for y in range(h):
        print("".join("#" if (x, y) in live else "." for x in range(w)))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
gen = glider
for i in range(4):
    print(f"generation {i}: {len(gen)} cells")
    show(gen)
    gen = step(gen)
print(sorted(gen) == sorted((x + 1, y + 1) for x, y in glider))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
