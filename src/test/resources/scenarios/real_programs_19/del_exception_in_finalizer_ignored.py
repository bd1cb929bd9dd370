# Exceptions inside __del__ never reach the caller. Here the finalizer
# catches its own error so the output stays quiet and predictable.


class Resource:
    closed = []

    def __init__(self, name, fail):
        self.name = name
        self.fail = fail

    def close(self):
        if self.fail:
            raise IOError("cannot close " + self.name)
        Resource.closed.append(self.name)

    def __del__(self):
        try:
            self.close()
        except OSError as e:
            print("finalizer swallowed:", e)


for name, fail in [("a", False), ("b", True), ("c", False)]:
    r = Resource(name, fail)
del r
print("closed:", Resource.closed)
print("IOError is OSError:", IOError is OSError)
