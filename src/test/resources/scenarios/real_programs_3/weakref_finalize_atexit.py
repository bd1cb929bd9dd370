import weakref

class Connection:
    def __init__(self, host):
        self.host = host
        self._finalizer = weakref.finalize(self, Connection._close, host)
    @staticmethod
    def _close(host):
        print("closing connection to", host)
    def close(self):
        self._finalizer()
    @property
    def closed(self):
        return not self._finalizer.alive

c1 = Connection("db1")
c2 = Connection("db2")
c3 = Connection("db3")
c1.close()
print(c1.closed, c2.closed)
del c2
print("c2 dropped")
print(c3._finalizer.atexit)
print("exiting")
