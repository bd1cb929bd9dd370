# A round trip turns tuples into lists and keeps only str keys.
import json, sys

record = {"pos": (3, 4), "ids": [1, 2], 7: "seven"}
back = json.loads(json.dumps(record))
print(back)
print(type(back["pos"]).__name__, back["pos"] == list(record["pos"]))
print(sys.getsizeof(back["pos"]), sys.getsizeof(record["pos"]))
print(json.loads(json.dumps(None)), json.loads(json.dumps(True)), json.loads(json.dumps("x")))
