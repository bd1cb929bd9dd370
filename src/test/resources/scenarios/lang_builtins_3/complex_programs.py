# Small programs learners write with complex numbers: quadratic roots, 2-D rotation, a Mandelbrot sketch.
def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


print(roots(1, -3, 2))
print(roots(1, 2, 5))
print(roots(1, 0, 1))

point = 1 + 0j
quarter = 1j
for step in range(4):
    point *= quarter
    print(step, point, abs(point))


def escapes(c, limit=12):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


for y in range(4, -5, -2):
    row = ""
    for x in range(-20, 6, 2):
        n = escapes(complex(x / 10, y / 5))
        row += "#" if n == 12 else "+" if n > 4 else "."
    print(row)
