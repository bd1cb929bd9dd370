# a timer written with @contextmanager: code before the yield runs on entry, after it on exit (also on return from a function); the generator keeps its locals alive in between
import sys
import time
from contextlib import contextmanager

class Report:
    def __init__(self, label):
        self.label = label
        self.steps = []
    def __del__(self):
        print("report freed", self.label)

@contextmanager
def timer(label):
    report = Report(label)
    start = time.perf_counter()
    print("start", label)
    yield report
    elapsed = time.perf_counter() - start
    print("done", label, len(report.steps), "steps", elapsed >= 0)

with timer("load") as r:
    r.steps.append("read")
    r.steps.append("parse")
    print("inside, report refcount", sys.getrefcount(r))
print("after the block", sys.getrefcount(r))
del r

def work():
    with timer("work") as rep:
        rep.steps.append("compute")
        return len(rep.steps)

print("work returned", work())
