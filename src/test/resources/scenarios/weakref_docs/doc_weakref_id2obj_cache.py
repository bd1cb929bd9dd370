# Remembering objects by id() without keeping them alive (a WeakValueDictionary).
import weakref

_by_id = weakref.WeakValueDictionary()


def remember(obj):
    key = id(obj)
    _by_id[key] = obj
    return key


def recall(key):
    return _by_id[key]


class Record:
    def __init__(self, label):
        self.label = label


first = Record("first")
second = Record("second")
k1 = remember(first)
k2 = remember(second)
print(recall(k1).label, recall(k2).label)
print("entries:", len(_by_id))
del second
print("entries after del:", len(_by_id))
try:
    recall(k2)
except KeyError:
    print("the second record is gone")
print(recall(k1) is first)
