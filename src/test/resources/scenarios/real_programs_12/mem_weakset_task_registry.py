import weakref


class Task:
    running = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Task.running.add(self)

    def finish(self):
        Task.running.discard(self)

    def __repr__(self):
        return f"Task({self.name})"


def running_names():
    return sorted(t.name for t in Task.running)


t1 = Task("download")
t2 = Task("parse")
t3 = Task("upload")
print(running_names(), len(Task.running))
t2.finish()
print(running_names())
del t3
print(running_names())
batch = [Task(f"job{i}") for i in range(3)]
print(len(Task.running))
batch.pop()
print(running_names())
batch = None
print(running_names(), t1 in Task.running)
other = weakref.WeakSet([t1, t2])
print(len(Task.running | other), len(Task.running & other), len(other - Task.running))
