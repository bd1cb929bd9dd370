# Graph search on a grid maze: BFS shortest path with parents, DFS recursive reachability.
from collections import deque

MAZE = [
    "S.#.....",
    ".##.###.",
    "...#...#",
    "#.##.#..",
    "...#.#.E",
]
ROWS, COLS = len(MAZE), len(MAZE[0])


def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return r, c


def neighbours(r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < ROWS and 0 <= nc < COLS and MAZE[nr][nc] != "#":
            yield nr, nc


def bfs(start, goal):
    parent = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for nxt in neighbours(*cell):
            if nxt not in parent:
                parent[nxt] = cell
                queue.append(nxt)
    path = []
    cell = goal
    while cell is not None:
        path.append(cell)
        cell = parent.get(cell)
    return path[::-1], len(parent)


def dfs(cell, seen):
    seen.add(cell)
    for nxt in neighbours(*cell):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


start, goal = find("S"), find("E")
path, explored = bfs(start, goal)
print("start", start, "goal", goal)
print("steps:", len(path) - 1, "explored:", explored)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
reach = dfs(start, set())
print("reachable cells:", len(reach), "open cells:", sum(row.count(".") for row in MAZE) + 2)
print("unreachable:", sorted((r, c) for r in range(ROWS) for c in range(COLS)
                            if MAZE[r][c] != "#" and (r, c) not in reach))
