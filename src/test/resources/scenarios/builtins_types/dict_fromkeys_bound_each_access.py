# dict.fromkeys is bound anew at each access: not the same object twice
import sys
f = dict.fromkeys
print(f is dict.fromkeys, sys.getrefcount(f))
print(f("ab", 1))
