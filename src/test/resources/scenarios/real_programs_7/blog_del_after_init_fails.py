class Connection:
    def __init__(self, host, port):
        print(f"opening {host}")
        self.host = host
        if not isinstance(port, int):
            raise TypeError(f"port must be int, not {type(port).__name__}")
        self.port = port

    def __del__(self):
        port = getattr(self, "port", None)
        print(f"__del__ for {self.host}: port={port}")

ok = Connection("alpha", 80)
try:
    bad = Connection("beta", "eighty")
except TypeError as e:
    print("caught:", e)
print("bad defined?", "bad" in globals())
ok = None
print("end")
