# Instances without __copy__/__deepcopy__ go through __reduce_ex__: the memo also holds the __dict__, and both dicts exist after.
import copy
import gc
import sys

class Account:
    def __init__(self, owner, history):
        self.owner = owner
        self.history = history

acct = Account("ana", [10, -5])
memo = {}
dup = copy.deepcopy(acct, memo)
print(len(memo), len(memo[id(memo)]), id(acct.history) in memo)
print(dup.history == acct.history, dup.history is acct.history, vars(dup))
print(sys.getrefcount(acct), sys.getrefcount(acct.history), sys.getsizeof(dup))
del memo
gc.collect(); a = gc.get_count(); dup = copy.deepcopy(acct); b = gc.get_count(); print(a, b)
gc.collect(); a = gc.get_count(); twin = copy.copy(acct); b = gc.get_count(); print(a, b)
print(twin.history is acct.history, sys.getrefcount(acct.history))
a1 = Account("a", None)
b1 = Account("b", [a1])
a1.history = [b1]
pair = copy.deepcopy([a1, b1])
print(pair[0].history[0] is pair[1], pair[1].history[0] is pair[0])
del a1, b1
print(gc.collect())
del pair
print(gc.collect())
