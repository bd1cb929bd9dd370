import json
from dataclasses import dataclass, asdict, field


@dataclass
class Task:
    title: str
    done: bool = False
    priority: int = 2
    tags: list = field(default_factory=list)


class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, title, **kw):
        self.tasks.append(Task(title, **kw))
        return len(self.tasks) - 1

    def complete(self, idx):
        try:
            self.tasks[idx].done = True
        except IndexError:
            print(f"no task #{idx}")

    def pending(self):
        return sorted((t for t in self.tasks if not t.done), key=lambda t: (t.priority, t.title))

    def dumps(self):
        return json.dumps([asdict(t) for t in self.tasks], indent=2, sort_keys=True)

    @classmethod
    def loads(cls, s):
        new = cls()
        new.tasks = [Task(**d) for d in json.loads(s)]
        return new


todo = TodoList()
todo.add("write report", priority=1, tags=["work"])
todo.add("buy milk", tags=["home"])
todo.add("call mom", priority=1)
todo.add("fix bike", priority=3)
todo.complete(2)
todo.complete(7)
for t in todo.pending():
    print(f"[{' x'[t.done]}] p{t.priority} {t.title} {','.join(t.tags)}")
s = todo.dumps()
print(s[:120])
copy = TodoList.loads(s)
print(copy.tasks == todo.tasks, copy.tasks[0] is todo.tasks[0])
print(json.dumps({"n": len(copy.tasks), "done": [t.title for t in copy.tasks if t.done]}))
try:
    TodoList.loads('[{"title": "x", "colour": 1}]')
except TypeError as e:
    print("TypeError:", e)
