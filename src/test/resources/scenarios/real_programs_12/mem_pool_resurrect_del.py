import gc
import sys


class Connection:
    pool = []
    created = 0

    def __init__(self):
        Connection.created += 1
        self.number = Connection.created
        self.open = True

    def __del__(self):
        if self.open and len(Connection.pool) < 2:
            print(f"conn {self.number} returned to pool")
            Connection.pool.append(self)
        else:
            print(f"conn {self.number} really closed")


def get_connection():
    if Connection.pool:
        conn = Connection.pool.pop()
        print(f"reusing conn {conn.number}")
        return conn
    return Connection()


def work(tag):
    c = get_connection()
    print(f"{tag} uses conn {c.number}, refs={sys.getrefcount(c)}")


work("job1")
work("job2")
print("pool:", [c.number for c in Connection.pool])
a = get_connection()
b = get_connection()
c = get_connection()
print([x.number for x in (a, b, c)], "pool:", len(Connection.pool))
del a, b, c
print("pool now:", [c.number for c in Connection.pool])
Connection.pool[0].open = False
Connection.pool.clear()
print("collected:", gc.collect())
print("created total:", Connection.created)
