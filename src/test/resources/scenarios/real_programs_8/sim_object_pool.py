class Connection:
    created = 0
    def __init__(self):
        Connection.created += 1
        self.id = Connection.created
        self.in_use = False
    def query(self, sql):
        return f"conn{self.id}: {sql}"

class Pool:
    def __init__(self, size):
        self.free = [Connection() for _ in range(size)]
        self.busy = set()
    def acquire(self):
        if not self.free:
            raise RuntimeError("pool exhausted")
        conn = self.free.pop()
        conn.in_use = True
        self.busy.add(conn)
        return conn
    def release(self, conn):
        conn.in_use = False
        self.busy.discard(conn)
        self.free.append(conn)
    def __enter__(self):
        self._conn = self.acquire()
        return self._conn
    def __exit__(self, *exc):
        self.release(self._conn)
        del self._conn
        return False

pool = Pool(2)
a = pool.acquire()
b = pool.acquire()
print(a.query("select 1"), b.query("select 2"))
try:
    pool.acquire()
except RuntimeError as e:
    print("error:", e)
pool.release(a)
with pool as c:
    print(c.query("update"), c is a, len(pool.free))
print(len(pool.free), len(pool.busy), Connection.created, [x.id for x in pool.free])
