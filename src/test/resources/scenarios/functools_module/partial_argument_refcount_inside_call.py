# inside the called function a frozen argument is held by its name, the partial's tuple and the frame
import functools, sys
def show(item, extra):
    print("in call", sys.getrefcount(item), sys.getrefcount(extra))
data = [0] * 3
more = [1]
p = functools.partial(show, data)
p(more)
print("outside", sys.getrefcount(data), sys.getrefcount(more))
