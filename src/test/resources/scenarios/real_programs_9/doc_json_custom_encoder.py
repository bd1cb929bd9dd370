import json
from dataclasses import dataclass, asdict
from enum import Enum


class Level(Enum):
    LOW = 1
    HIGH = 2


@dataclass
class Reading:
    sensor: str
    value: float
    level: Level
    tags: tuple = ()


def encode_extra(o):
    if isinstance(o, Enum):
        return {"__enum__": f"{type(o).__name__}.{o.name}"}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def hook(d):
    if "__enum__" in d:
        cls, name = d["__enum__"].split(".")
        return Level[name]
    return d


readings = [Reading("t1", 21.5, Level.LOW, ("in",)), Reading("t2", 88.25, Level.HIGH)]
payload = {"readings": [asdict(r) for r in readings], "ids": {3, 1, 2}}
s = json.dumps(payload, default=encode_extra, sort_keys=True)
print(s)
back = json.loads(s, object_hook=hook)
print(back["readings"][1]["level"], back["ids"], type(back["readings"][0]["tags"]).__name__)
print(json.dumps([1.0, float("inf"), None, True, "é"], ensure_ascii=False))
print(json.dumps({"a": [1, {"b": 2}]}, indent=1, separators=(",", ": ")))
try:
    json.dumps({"x": object()}, default=encode_extra)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.pos)
print(json.loads("[1, 2.5, \"x\", null, false]"), json.dumps("tab\there"))
