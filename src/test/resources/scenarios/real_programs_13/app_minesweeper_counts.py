board = [
    "*...*",
    ".....",
    "..*..",
    ".*...",
    "....*",
]

def neighbours(r, c, rows, cols):
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if (dr or dc) and 0 <= r + dr < rows and 0 <= c + dc < cols:
                yield r + dr, c + dc

def annotate(grid):
    rows, cols = len(grid), len(grid[0])
    out = []
    for r in range(rows):
        line = ""
        for c in range(cols):
            if grid[r][c] == "*":
                line += "*"
            else:
                n = sum(grid[nr][nc] == "*" for nr, nc in neighbours(r, c, rows, cols))
                line += str(n) if n else "."
        out.append(line)
    return out

for row in annotate(board):
    print(" ".join(row))
mines = sum(row.count("*") for row in board)
print("mines:", mines, "safe cells:", 25 - mines)
