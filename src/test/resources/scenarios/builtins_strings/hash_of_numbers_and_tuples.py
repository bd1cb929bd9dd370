# hash is deterministic for ints, floats and tuples of them.
print(hash(1), hash(-1), hash(2 ** 61), hash(2 ** 61 - 1), hash(1.5), hash(3.0), hash(-0.5))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(True), hash(1.0) == hash(1))
