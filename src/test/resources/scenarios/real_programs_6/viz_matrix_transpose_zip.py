m = [[1, 2, 3], [4, 5, 6]]
t = [list(row) for row in zip(*m)]
print(t)
for row in t:
    print(" ".join(f"{v:2d}" for v in row))
flat = [v for row in m for v in row]
print(flat)
back = [flat[i:i + 3] for i in range(0, len(flat), 3)]
print(back == m, back is m, back[0] is m[0])
