# Building a report in memory with print(file=...) and reading it back.
import io
import sys

inventory = {"apples": 12, "pears": 0, "plums": 7}
report = io.StringIO()
print("INVENTORY", file=report)
for item, count in inventory.items():
    status = "out" if count == 0 else "ok"
    print(f"{item:<8}{count:>4}  {status}", file=report)
print("items:", len(inventory), sep=" ", end="\n", file=report)
text = report.getvalue()
print(text, end="")
print(len(text), report.tell())
print(sys.getsizeof(report))
print(text.splitlines()[1:3])
report.close()
print(report.closed)
try:
    report.getvalue()
except ValueError as e:
    print("ValueError:", e)
