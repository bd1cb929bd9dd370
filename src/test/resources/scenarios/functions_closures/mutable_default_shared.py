# A default value is evaluated once, when def runs: a mutable default is shared by every call.
import sys
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
d = append_to(3)
print("refs to the default list", sys.getrefcount(d))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
