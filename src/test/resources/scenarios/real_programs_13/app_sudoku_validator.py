GRID = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""

def rows_of(text):
    return [[int(ch) for ch in line] for line in text.split()]

def problems(grid):
    found = []
    full = set(range(1, 10))
    for i in range(9):
        if set(grid[i]) != full:
            found.append(f"row {i}")
        if {grid[r][i] for r in range(9)} != full:
            found.append(f"col {i}")
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = {grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)}
            if box != full:
                found.append(f"box {br // 3},{bc // 3}")
    return found

good = rows_of(GRID)
print("valid grid problems:", problems(good))
bad = [row[:] for row in good]
bad[4][4], bad[4][5] = bad[4][5], bad[4][4]
print("swapped cells problems:", problems(bad))
bad[0][0] = 9
print("changed cell problems:", problems(bad))
