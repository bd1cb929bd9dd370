MOVES = """\
R 4
U 4
L 3
D 1
R 4
D 1
L 5
R 2"""

DIRS = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}


def sign(n):
    return (n > 0) - (n < 0)


def simulate(knots):
    rope = [(0, 0)] * knots
    visited = {rope[-1]}
    for line in MOVES.splitlines():
        d, n = line.split()
        dx, dy = DIRS[d]
        for _ in range(int(n)):
            hx, hy = rope[0]
            rope[0] = (hx + dx, hy + dy)
            for i in range(1, knots):
                (px, py), (tx, ty) = rope[i - 1], rope[i]
                if max(abs(px - tx), abs(py - ty)) > 1:
                    rope[i] = (tx + sign(px - tx), ty + sign(py - ty))
            visited.add(rope[-1])
    return visited, rope


for knots in (2, 10):
    visited, rope = simulate(knots)
    print(f"{knots} knots: tail visited {len(visited)} cells; final rope {rope}")
visited, _ = simulate(2)
xs = [x for x, _ in visited]
ys = [y for _, y in visited]
for y in range(max(ys), min(ys) - 1, -1):
    print("".join("s" if (x, y) == (0, 0) else "#" if (x, y) in visited else "." for x in range(min(xs), max(xs) + 1)))

PROGRAM = "noop\naddx 3\naddx -5\nnoop\naddx 8\naddx -2\nnoop\naddx 1"
x, cycle, trace = 1, 0, []
for instr in PROGRAM.splitlines():
    parts = instr.split()
    for _ in range(1 if parts[0] == "noop" else 2):
        cycle += 1
        trace.append((cycle, x))
    if parts[0] == "addx":
        x += int(parts[1])
print("cycles:", trace)
print("signal strength sum:", sum(c * v for c, v in trace if c % 3 == 0))
print("final x:", x, "after", cycle, "cycles")
