# a to-do list manager
class Task:
    _ids = 0
    def __init__(self, title, priority=2, done=False):
        Task._ids += 1
        self.id = Task._ids
        self.title = title
        self.priority = priority
        self.done = done
    def __repr__(self):
        mark = "x" if self.done else " "
        return f"[{mark}] #{self.id} {self.title} (p{self.priority})"
class TodoList:
    def __init__(self):
        self.tasks = []
    def add(self, *args, **kwargs):
        t = Task(*args, **kwargs)
        self.tasks.append(t)
        return t
    def complete(self, task_id):
        for t in self.tasks:
            if t.id == task_id:
                t.done = True
                return t
        raise LookupError(f"no task {task_id}")
    def pending(self):
        return sorted((t for t in self.tasks if not t.done), key=lambda t: (t.priority, t.title))
todo = TodoList()
todo.add("write report", 1)
todo.add("buy milk")
todo.add("call mom", priority=1)
todo.add("fix bike", 3)
todo.complete(2)
for t in todo.pending():
    print(t)
try:
    todo.complete(99)
except LookupError as e:
    print("error:", e)
print(sum(t.done for t in todo.tasks), "/", len(todo.tasks), "done")
print(", ".join(t.title.title() for t in todo.tasks if t.priority == 1))
