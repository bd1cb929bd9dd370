# A closure captures the whole variable, so a small helper can keep a
# big object alive. Capturing only what is needed avoids it.
import weakref


class Image:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.pixels = [0] * (w * h)


def make_size_reporter(img):
    def report():
        return "%d by %d" % (img.w, img.h)
    return report


def make_lean_reporter(img):
    w, h = img.w, img.h

    def report():
        return "%d by %d" % (w, h)
    return report


img = Image(40, 30)
watch = weakref.ref(img)
r1 = make_size_reporter(img)
del img
print(r1(), "image alive:", watch() is not None)
del r1
print("after dropping reporter:", watch() is not None)

img = Image(20, 10)
watch = weakref.ref(img)
r2 = make_lean_reporter(img)
del img
print(r2(), "image alive:", watch() is not None)
print("closure holds:", sorted(type(c.cell_contents).__name__ for c in r2.__closure__))
