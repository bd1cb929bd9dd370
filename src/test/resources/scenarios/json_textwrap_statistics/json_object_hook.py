# object_hook turns each decoded object into something else, innermost first.
import json

seen = []

def hook(d):
    seen.append(sorted(d))
    return tuple(sorted(d.items()))

text = '{"b": 1, "a": {"y": 2, "x": 3}, "list": [{"k": 0}]}'
print(json.loads(text, object_hook=hook))
print(seen)

class Pt:
    def __init__(self, d):
        self.x, self.y = d["x"], d["y"]
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"

print(json.loads('[{"x": 1, "y": 2}, {"x": 3, "y": 4}]', object_hook=Pt))
