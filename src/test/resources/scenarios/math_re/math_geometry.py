# Triangles and polygons: law of cosines with acos, bearings with atan2, areas with hypot and fsum.
import math

def angles(a, b, c):
    A = math.degrees(math.acos((b * b + c * c - a * a) / (2 * b * c)))
    B = math.degrees(math.acos((a * a + c * c - b * b) / (2 * a * c)))
    return A, B, 180.0 - A - B

for sides in [(3, 4, 5), (5, 5, 5), (7, 8, 9), (2.5, 6.1, 4.7), (1, 1, 1.9999)]:
    print(sides, [repr(x) for x in angles(*sides)])
points = [(0.0, 0.0), (4.0, 0.5), (5.5, 3.25), (2.0, 6.0), (-1.5, 3.0)]
for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
    bearing = math.degrees(math.atan2(y2 - y1, x2 - x1)) % 360
    print(f"{bearing!r} {math.hypot(x2 - x1, y2 - y1)!r}")
area = 0.5 * abs(math.fsum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1])))
print(repr(area), math.isclose(area, 23.9375))
print([repr(math.asin(k / 10)) for k in range(-10, 11, 4)], math.atan(1) * 4 == math.pi)
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(float("inf"), float("-inf")), math.atan2(1e-300, 1e300))
