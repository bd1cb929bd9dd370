import weakref


class Photo:
    def __init__(self, title):
        self.title = title


def gone(ref):
    print("callback: photo gone")


cache = {}
p = Photo("sunset")
r = weakref.ref(p, gone)
cache["sunset"] = r
print(r() is p)
print(r().title)
p = None
print(r() is None)
print(len(cache))
