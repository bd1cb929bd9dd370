import json
from datetime import date
from enum import Enum


class Priority(Enum):
    LOW = 1
    HIGH = 2


class Task:
    def __init__(self, title, due, priority, tags=()):
        self.title, self.due, self.priority, self.tags = title, due, priority, set(tags)

    def __eq__(self, other):
        return vars(self) == vars(other)

    def __repr__(self):
        return f"Task({self.title!r}, {self.due}, {self.priority.name}, {sorted(self.tags)})"


def encode_task(o):
    if isinstance(o, Task):
        return {"__task__": True, **vars(o)}
    if isinstance(o, date):
        return {"__date__": o.isoformat()}
    if isinstance(o, Enum):
        return {"__enum__": f"{type(o).__name__}.{o.name}"}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__enum__" in d:
        _, name = d["__enum__"].split(".")
        return Priority[name]
    if d.pop("__task__", False):
        return Task(d["title"], d["due"], d["priority"], d["tags"])
    return d


tasks = [Task("taxes", date(2024, 4, 15), Priority.HIGH, ["money", "gov"]),
         Task("garden", date(2024, 5, 1), Priority.LOW)]
text = json.dumps({"owner": "sam", "tasks": tasks}, default=encode_task, indent=2)
print(text)
back = json.loads(text, object_hook=decode)
print(back["tasks"], back["tasks"] == tasks)
try:
    json.dumps({"when": 3 + 4j}, default=encode_task)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": [1, 2.5, None, True], "a": "é\n"}, sort_keys=True))
print(json.dumps({"b": 1, "a": "é"}, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent="  "))
print(json.loads('{"x": 1e3, "y": [null, false], "z": "\\u00e9"}'))
for bad in ('{"a": 1,}', "[1, 2", "{'a': 1}"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, "at", e.pos, f"(line {e.lineno} col {e.colno})")
print(json.dumps(float("inf")), json.dumps({1: "int key", None: "none key"}))
