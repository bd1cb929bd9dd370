import sys, gc
from dataclasses import dataclass
from enum import Enum, auto

class Priority(Enum):
    LOW = auto()
    HIGH = auto()

@dataclass
class Task:
    title: str
    priority: Priority = Priority.LOW

tasks = [Task("a"), Task("b", Priority.HIGH), Task("c")]
print(tasks[1])
print(sys.getrefcount(Priority.LOW), sys.getrefcount(Priority.HIGH))
tasks.sort(key=lambda t: t.priority.value, reverse=True)
print([t.title for t in tasks])
del tasks
print(sys.getrefcount(Priority.LOW), gc.collect())
def pick(p: Priority) -> str:
    if p is Priority.HIGH:
        return "now"
    return "later"
print(pick(Priority.HIGH), pick(Priority.LOW))
print(Priority.HIGH == Priority["HIGH"] == Priority(2))
