# gc.get_objects(generation) lists the tracked objects of one generation;
# filtering for a program's own class shows objects moving to older
# generations as they survive collections.
import gc


class Record:
    def __init__(self, n):
        self.n = n


def mine(gen):
    return sorted(o.n for o in gc.get_objects(gen) if isinstance(o, Record))


gc.collect()
keep = [Record(i) for i in range(3)]
print("young:", mine(0), "middle:", mine(1), "old:", mine(2))
gc.collect(0)
print("young:", mine(0), "middle:", mine(1), "old:", mine(2))
keep.append(Record(3))
gc.collect(1)
print("young:", mine(0), "middle:", mine(1), "old:", mine(2))
keep.append(Record(4))
print("young:", mine(0), "middle:", mine(1), "old:", mine(2))
gc.collect()
print("young:", mine(0), "middle:", mine(1), "old:", mine(2))
print("all of mine:", len([o for o in gc.get_objects() if isinstance(o, Record)]))
