# A small object pool: release returns objects to the pool instead of
# letting them die, acquire hands them out again.


class Bullet:
    created = 0

    def __init__(self):
        Bullet.created += 1
        self.serial = Bullet.created
        self.x = 0

    def reset(self):
        self.x = 0


class Pool:
    def __init__(self, size):
        self.free = [Bullet() for _ in range(size)]
        self.used = set()

    def acquire(self):
        b = self.free.pop() if self.free else Bullet()
        self.used.add(b)
        return b

    def release(self, b):
        self.used.discard(b)
        b.reset()
        self.free.append(b)


pool = Pool(2)
print("created at start:", Bullet.created)
shots = [pool.acquire() for _ in range(3)]
print("serials:", [s.serial for s in shots])
print("created:", Bullet.created)
for s in shots:
    s.x = 10
    pool.release(s)
print("free:", len(pool.free), "used:", len(pool.used))
again = [pool.acquire() for _ in range(3)]
print("reused serials:", [s.serial for s in again])
print("created:", Bullet.created)
print("all reset:", all(s.x == 0 for s in again))
