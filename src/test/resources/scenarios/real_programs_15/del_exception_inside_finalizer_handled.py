# A __del__ that catches its own errors: cleanup code must never let an
# exception escape, since nobody could handle it.


class Connection:
    open_count = 0

    def __init__(self, name, fail_close=False):
        self.name = name
        self.fail_close = fail_close
        Connection.open_count += 1

    def close(self):
        if self.fail_close:
            raise OSError(f"cannot close {self.name}")
        print("closed", self.name)

    def __del__(self):
        try:
            self.close()
        except OSError as e:
            print("cleanup problem:", e)
        finally:
            Connection.open_count -= 1


a = Connection("a")
b = Connection("b", fail_close=True)
print("open:", Connection.open_count)
del a
del b
print("open:", Connection.open_count)
conns = [Connection(f"c{i}", fail_close=i % 2 == 1) for i in range(4)]
conns = conns[:1]
print("open:", Connection.open_count)
