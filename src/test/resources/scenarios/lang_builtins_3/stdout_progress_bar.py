# A progress display built from writes; the string objects made for it die at once.
import sys


class Task:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        sys.stdout.write(f"[freed {self.name}]\n")


def bar(done, total, width=10):
    filled = done * width // total
    return "[" + "#" * filled + "." * (width - filled) + "]"


tasks = [Task(n) for n in ("load", "parse", "save")]
for i, t in enumerate(tasks, 1):
    sys.stdout.write(f"{bar(i, len(tasks))} {t.name}\n")
print(sys.getrefcount(tasks[0]))
del tasks
sys.stdout.write("end\n")
