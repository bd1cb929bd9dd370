# A global counter bumped through globals() from inside a function
import sys

calls = 0

def tracked():
    globals()['calls'] += 1
    return calls

for _ in range(3):
    tracked()
print("calls:", calls)
print("refcount of the module dict:", sys.getrefcount(globals()))
