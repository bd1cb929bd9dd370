# `if (n := len(xs)) > 2` binds n; the bound list from `(ys := [...])` is held by the name only once the test ends
import sys
xs = [1, 2, 3, 4]
if (n := len(xs)) > 2:
    print("n is", n)
if (ys := [v * 10 for v in xs]):
    print("ys", ys, sys.getrefcount(ys))
print("after", sys.getrefcount(ys))
