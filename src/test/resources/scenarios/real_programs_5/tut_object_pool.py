class Connection:
    created = 0

    def __init__(self):
        Connection.created += 1
        self.id = Connection.created
        self.queries = 0

    def query(self, sql):
        self.queries += 1
        return f"conn{self.id} ran {sql!r}"

    def __repr__(self):
        return f"<Connection {self.id} queries={self.queries}>"

    def __del__(self):
        print(f"closing connection {self.id}")


class PoolExhausted(RuntimeError):
    pass


class Pool:
    def __init__(self, size):
        self.size = size
        self.free = []
        self.in_use = set()

    def acquire(self):
        if self.free:
            conn = self.free.pop()
        elif len(self.in_use) < self.size:
            conn = Connection()
        else:
            raise PoolExhausted(f"all {self.size} connections busy")
        self.in_use.add(conn.id)
        return conn

    def release(self, conn):
        self.in_use.discard(conn.id)
        self.free.append(conn)

    def borrow(self):
        pool = self

        class _Lease:
            def __enter__(self):
                self.conn = pool.acquire()
                return self.conn

            def __exit__(self, *exc):
                pool.release(self.conn)
                del self.conn
                return False

        return _Lease()


pool = Pool(2)
with pool.borrow() as c:
    print(c.query("SELECT 1"))
with pool.borrow() as c1, pool.borrow() as c2:
    print(c1.query("SELECT name FROM users"))
    print(c2.query("SELECT 2"))
    try:
        pool.acquire()
    except PoolExhausted as e:
        print("PoolExhausted:", e)
print("free:", pool.free)
print("created:", Connection.created)
try:
    with pool.borrow() as c:
        c.query("UPDATE")
        raise KeyError("row")
except KeyError as e:
    print("error inside lease:", e, "free now", len(pool.free))
del c, c1, c2
print("dropping pool")
pool.free.clear()
print("done")
