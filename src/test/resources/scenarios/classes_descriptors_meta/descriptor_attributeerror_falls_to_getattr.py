class Missing:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        raise AttributeError("not loaded yet")


class Record:
    data = Missing()

    def __getattr__(self, name):
        return f"fallback for {name}"


r = Record()
print(r.data)
print(getattr(r, "data"))
print(r.other)
