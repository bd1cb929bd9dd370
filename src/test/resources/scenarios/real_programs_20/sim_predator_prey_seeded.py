import random

rng = random.Random(7)
SIZE = 8
EMPTY, RABBIT, FOX = ".", "r", "F"
grid = [[EMPTY] * SIZE for _ in range(SIZE)]
for _ in range(14):
    grid[rng.randrange(SIZE)][rng.randrange(SIZE)] = RABBIT
for _ in range(3):
    grid[rng.randrange(SIZE)][rng.randrange(SIZE)] = FOX
hunger = {}


def neighbours(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        yield (r + dr) % SIZE, (c + dc) % SIZE


def census():
    flat = [cell for row in grid for cell in row]
    return flat.count(RABBIT), flat.count(FOX)


def step():
    moved = set()
    cells = [(r, c) for r in range(SIZE) for c in range(SIZE)]
    rng.shuffle(cells)
    for r, c in cells:
        if (r, c) in moved:
            continue
        kind = grid[r][c]
        if kind == EMPTY:
            continue
        options = list(neighbours(r, c))
        if kind == FOX:
            prey = [p for p in options if grid[p[0]][p[1]] == RABBIT]
            h = hunger.pop((r, c), 0)
            if prey:
                tr, tc = rng.choice(prey)
                h = 0
            else:
                free = [p for p in options if grid[p[0]][p[1]] == EMPTY]
                if not free:
                    hunger[r, c] = h + 1
                    continue
                tr, tc = rng.choice(free)
                h += 1
            if h >= 4:
                grid[r][c] = EMPTY
                continue
            grid[tr][tc] = FOX
            grid[r][c] = FOX if (h == 0 and rng.random() < 0.3) else EMPTY
            hunger[tr, tc] = h
            moved.add((tr, tc))
        else:
            free = [p for p in options if grid[p[0]][p[1]] == EMPTY]
            if free:
                tr, tc = rng.choice(free)
                grid[tr][tc] = RABBIT
                if rng.random() > 0.4:
                    grid[r][c] = EMPTY
                moved.add((tr, tc))


history = [census()]
for generation in range(6):
    step()
    history.append(census())
for row in grid:
    print(" ".join(row))
print("generation  rabbits  foxes")
for g, (rabbits, foxes) in enumerate(history):
    print(f"{g:>10}  {rabbits:>7}  {foxes:>5}  {'*' * rabbits}")
print("peak rabbits:", max(r for r, _ in history), "final:", history[-1])
