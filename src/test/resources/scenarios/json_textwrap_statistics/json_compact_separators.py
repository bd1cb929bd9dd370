# separators=(",", ":") gives the most compact text; the default puts spaces after them.
import json

point = {"x": 1, "y": [2, 3], "label": "p"}
default = json.dumps(point)
compact = json.dumps(point, separators=(",", ":"))
print(default, len(default))
print(compact, len(compact))
print(json.dumps(point, separators=(";", "=")))
print(json.dumps([1, [2, [3]]], indent=1, separators=(",", ": ")))
