# Insert keys into a dict and note where sys.getsizeof jumps; then see
# that deleting keys does not give memory back.
import sys

d = {}
last = sys.getsizeof(d)
print(f"0 keys: {last}")
for i in range(1, 90):
    d[f"key{i}"] = i
    size = sys.getsizeof(d)
    if size != last:
        print(f"{i} keys: {size}")
        last = size
for i in range(1, 85):
    del d[f"key{i}"]
print("after deleting most:", len(d), sys.getsizeof(d))
print("copy of the rest:", sys.getsizeof(dict(d)))
ints = {}
for i in range(6):
    ints[i] = i
print("int keys, 6:", sys.getsizeof(ints))
strs = {str(i): i for i in range(6)}
print("str keys, 6:", sys.getsizeof(strs))
print("dict(a=1):", sys.getsizeof(dict(a=1)), "literal:", sys.getsizeof({"a": 1}))
