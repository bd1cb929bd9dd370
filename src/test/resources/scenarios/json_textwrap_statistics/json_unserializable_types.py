# Sets, tuples-as-keys and custom objects are not JSON; default= and skipkeys= help.
import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

for value in [{1, 2}, Point(1, 2), b"bytes", range(2)]:
    try:
        json.dumps({"v": value})
    except TypeError as e:
        print("TypeError:", e)

try:
    json.dumps({(0, 0): "origin"})
except TypeError as e:
    print("TypeError:", e)

print(json.dumps({(0, 0): "origin", "ok": 1}, skipkeys=True))
print(json.dumps(Point(3, 4), default=vars))
print(json.dumps({"tags": {"b", "a"}}, default=sorted))
print(json.dumps((1, 2, (3,))))
