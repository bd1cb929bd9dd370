from collections import deque

MAZE = """\
###########
#S..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#E#
###.#.###.#
#.....#...#
###########"""

grid = [list(row) for row in MAZE.splitlines()]
find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == ch)
start, goal = find("S"), find("E")
print("start", start, "goal", goal, "size", len(grid), "x", len(grid[0]))


def bfs(start, goal):
    queue = deque([start])
    came = {start: None}
    while queue:
        cur = queue.popleft()
        if cur == goal:
            break
        r, c = cur
        for nxt in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if grid[nxt[0]][nxt[1]] != "#" and nxt not in came:
                came[nxt] = cur
                queue.append(nxt)
    if goal not in came:
        return None, len(came)
    path, node = [], goal
    while node:
        path.append(node)
        node = came[node]
    return path[::-1], len(came)


path, explored = bfs(start, goal)
print("steps:", len(path) - 1, "explored:", explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
moves = {(-1, 0): "U", (1, 0): "D", (0, -1): "L", (0, 1): "R"}
directions = "".join(moves[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:]))
print("directions:", directions)
compressed = []
for ch in directions:
    if compressed and compressed[-1][0] == ch:
        compressed[-1][1] += 1
    else:
        compressed.append([ch, 1])
print("compressed:", " ".join(f"{ch}{n}" for ch, n in compressed))
grid[3][3] = "#"
grid[1][3] = "#"
for r, c in path[1:-1]:
    if grid[r][c] == "*":
        grid[r][c] = "."
print("after blocking:", bfs(start, goal))
