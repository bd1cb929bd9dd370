# Decoded dicts holding only atoms are untracked; dicts and lists are sized as if built by insertion.
import gc, json, sys

flat = json.loads('{"a": 1, "b": "two", "c": null}')
nested = json.loads('{"a": [1]}')
print(gc.is_tracked(flat), gc.is_tracked(nested), gc.is_tracked(json.loads("[]")))
print(sys.getsizeof(flat), sys.getsizeof(nested))
for n in (0, 1, 4, 5, 9, 17):
    lst = json.loads("[" + ", ".join(["0"] * n) + "]")
    d = json.loads("{" + ", ".join(f'"k{i}": {i}' for i in range(n)) + "}")
    print(n, sys.getsizeof(lst), sys.getsizeof(d))
