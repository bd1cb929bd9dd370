# gc.get_objects lists every tracked object; counting a class's instances is deterministic.
import gc
class Leaf:
    pass
leaves = [Leaf(), Leaf(), Leaf()]
print(len([o for o in gc.get_objects() if isinstance(o, Leaf)]))
del leaves
gc.collect()
print(len([o for o in gc.get_objects() if isinstance(o, Leaf)]))
