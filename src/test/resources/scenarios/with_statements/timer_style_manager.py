# A typical context manager class: it records what happened and cleans up its list in __exit__.
class Recorder:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self.events
    def __exit__(self, exc_type, exc, tb):
        self.events.append("stop" if exc_type is None else "error " + exc_type.__name__)
        return exc_type is KeyError
rec = Recorder()
with rec as events:
    events.append("work")
print(rec.events)
with rec as events:
    {}["x"]
print(rec.events)
