import copy
import sys

def sizes(d):
    return [sys.getsizeof(x) for x in (d, d.copy(), dict(d), {**d}, d | {}, copy.copy(d))]

big = {f"key{i}": i for i in range(25)}
for k in list(big)[:20]:
    del big[k]
print("5 left of 25:", sizes(big))

few = dict.fromkeys(range(6))
few.pop(0)
print("5 left of 6:", sizes(few))

mid = {f"n{i}": i for i in range(9)}
for k in list(mid)[:4]:
    del mid[k]
print("5 left of 9:", sizes(mid))

fresh = {i: str(i) for i in range(12)}
print("12 never deleted:", sizes(fresh))
small = {"a": 1, "b": 2}
print("2 never deleted:", sizes(small))

one_gone = {f"w{i}": i for i in range(10)}
del one_gone["w0"]
twin = one_gone.copy()
grown = []
for i in range(10, 16):
    twin[f"w{i}"] = i
    grown.append(sys.getsizeof(twin))
print("a clone keeps the dummy:", grown)
