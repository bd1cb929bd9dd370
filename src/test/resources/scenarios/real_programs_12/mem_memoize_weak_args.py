import weakref


class Polygon:
    def __init__(self, *pts):
        self.pts = pts


_area_cache = weakref.WeakKeyDictionary()
calls = 0


def area(poly):
    global calls
    if poly in _area_cache:
        return _area_cache[poly]
    calls += 1
    pts = poly.pts
    s = 0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        s += x1 * y2 - x2 * y1
    result = abs(s) / 2
    _area_cache[poly] = result
    return result


sq = Polygon((0, 0), (4, 0), (4, 4), (0, 4))
tri = Polygon((0, 0), (3, 0), (0, 3))
print(area(sq), area(sq), area(tri), "computed", calls, "times")
print(len(_area_cache))
del sq
print(len(_area_cache))
print(area(Polygon((0, 0), (1, 0), (0, 1))), len(_area_cache), calls)
