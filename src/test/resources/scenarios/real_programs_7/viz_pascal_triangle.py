def pascal(rows):
    triangle = [[1]]
    for _ in range(rows - 1):
        prev = triangle[-1]
        row = [1] + [a + b for a, b in zip(prev, prev[1:])] + [1]
        triangle.append(row)
    return triangle

tri = pascal(7)
width = len("   ".join(map(str, tri[-1])))
for row in tri:
    print("   ".join(map(str, row)).center(width))
print([sum(r) for r in tri])
print("row 6 is its own reverse:", tri[6] == tri[6][::-1])
