# every itertools iterator is a gc-tracked object; their reprs (other than count and repeat) carry addresses
import itertools, gc
objs = [itertools.count(), itertools.repeat(1), itertools.islice([], 1), itertools.chain(), itertools.cycle([]),
        itertools.accumulate([]), itertools.zip_longest(), itertools.product(), itertools.permutations([]),
        itertools.combinations([], 0)]
print([gc.is_tracked(o) for o in objs])
