# print, sorted and dict are reached by vectorcall: f(*a, **d) makes a tuple of the
# keywords' names for them. max and int take the call's tuple and dict as they are.
import gc

options = {"sep": " | "}
numbers = [4, -9, 2]

gc.collect()
print(*numbers, **options)
print("print:", gc.get_count())
gc.collect()
ordered = sorted(numbers, **{"reverse": True})
print("sorted:", ordered, gc.get_count())
gc.collect()
biggest = max(*numbers, **{"key": abs})
print("max:", biggest, gc.get_count())
gc.collect()
smallest = min(numbers, **{"default": 0})
print("min:", smallest, gc.get_count())
gc.collect()
copy = dict(**options)
print("dict:", copy, gc.get_count())
gc.collect()
merged = dict(width=2, **options)
print("dict with both:", merged, gc.get_count())
gc.collect()
n = int(*["42"])
print("int:", n, gc.get_count())
