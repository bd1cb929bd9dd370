def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

def rotate(m):
    return [list(r) for r in zip(*m[::-1])]

m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
for row in rotate(m):
    print(" ".join(f"{x:3d}" for x in row))
print(spiral([r[:] for r in m]))
print(m)
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(ident)
diag = sum(ident[i][i] for i in range(3))
print("trace:", diag)
