# If __init__ raises, the half-built object still gets __del__ when it is
# freed, so a finalizer must cope with missing attributes.


class Connection:
    def __init__(self, host, port):
        self.host = host
        if port <= 0:
            raise ValueError("bad port %d" % port)
        self.port = port

    def __del__(self):
        port = getattr(self, "port", None)
        print("cleanup", self.host, "port:", port)


ok = Connection("alpha", 80)
try:
    broken = Connection("beta", -1)
except ValueError as e:
    print("failed:", e)
print("broken bound?", "broken" in globals())
del ok
print("end")
