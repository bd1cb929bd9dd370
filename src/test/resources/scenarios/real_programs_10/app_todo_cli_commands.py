import sys

class TodoList:
    def __init__(self):
        self.items = []
        self.next_id = 1

    def add(self, text, priority="normal"):
        item = {"id": self.next_id, "text": text, "done": False, "priority": priority}
        self.items.append(item)
        self.next_id += 1
        return item["id"]

    def _find(self, item_id):
        for item in self.items:
            if item["id"] == item_id:
                return item
        raise KeyError(item_id)

    def complete(self, item_id):
        self._find(item_id)["done"] = True

    def remove(self, item_id):
        self.items.remove(self._find(item_id))

    def show(self):
        order = {"high": 0, "normal": 1, "low": 2}
        for item in sorted(self.items, key=lambda i: (i["done"], order[i["priority"]], i["id"])):
            mark = "x" if item["done"] else " "
            print(f"[{mark}] {item['id']:>2}. {item['text']:<20} ({item['priority']})")

todo = TodoList()
commands = [
    "add Buy milk",
    "add! File taxes",
    "add Walk dog",
    "add? Read novel",
    "done 1",
    "rm 3",
    "done 9",
    "list",
]
for cmd in commands:
    op, _, arg = cmd.partition(" ")
    try:
        if op.startswith("add"):
            prio = {"add": "normal", "add!": "high", "add?": "low"}[op]
            print("added", todo.add(arg, prio))
        elif op == "done":
            todo.complete(int(arg))
        elif op == "rm":
            todo.remove(int(arg))
        elif op == "list":
            todo.show()
    except KeyError as e:
        print(f"error: no item {e.args[0]}", file=sys.stderr)
left = sum(not i["done"] for i in todo.items)
print(f"{left} item{'s' if left != 1 else ''} left")
if left > 1:
    sys.exit(f"still {left} things to do")
