import gc
from dataclasses import dataclass, field
from datetime import date


@dataclass(order=True)
class Task:
    priority: int
    due: date
    title: str = field(compare=False)
    tags: tuple = field(default=(), compare=False)

    def overdue(self, today):
        return self.due < today


gc.collect()
today = date(2024, 3, 15)
tasks = [
    Task(2, date(2024, 3, 20), "write report", ("work",)),
    Task(1, date(2024, 3, 14), "pay rent", ("home", "money")),
    Task(3, date(2024, 4, 1), "plan trip"),
    Task(1, date(2024, 3, 18), "call mom", ("home",)),
]
for t in sorted(tasks):
    flag = "!" if t.overdue(today) else " "
    print(f"{flag} P{t.priority} {t.due.isoformat()} {t.title:<13} {','.join(t.tags) or '-'}")
by_tag = {}
for t in tasks:
    for tag in t.tags:
        by_tag.setdefault(tag, []).append(t.title)
print(by_tag)
print("days left:", {t.title: (t.due - today).days for t in tasks})
print(min(tasks).title, max(tasks).title)
print("count:", gc.get_count())
