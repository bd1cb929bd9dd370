# CS1 menu program without input(): a restaurant bill split with tips, printed receipts.
from operator import itemgetter, attrgetter
from collections import namedtuple
import bisect

Item = namedtuple("Item", "name price qty", defaults=(1,))
order = [Item("Soup", 6.5), Item("Pasta", 14.25, 2), Item("Salad", 9.0), Item("Wine", 28.0), Item("Cake", 7.75, 3)]
subtotal = sum(i.price * i.qty for i in order)
print(f"{'Item':<8}{'Qty':>4}{'Each':>8}{'Total':>9}")
for n, item in enumerate(sorted(order, key=attrgetter("name")), start=1):
    print(f"{n}. {item.name:<5}{item.qty:>4}{item.price:>8.2f}{item.price * item.qty:>9.2f}")
print(f"{'Subtotal':>20}{subtotal:>9.2f}")
for pct in (15, 18, 20, 22.5):
    tip = subtotal * pct / 100
    print(f"tip {pct:>5}% = {tip:7.2f}  total {subtotal + tip:8.2f}  each of 3: {(subtotal + tip) / 3:7.2f}")
rows = [(i.name, i.price * i.qty) for i in order]
print(sorted(rows, key=itemgetter(1), reverse=True)[:2], max(rows, key=itemgetter(1))[0])
print(Item._fields, Item._field_defaults, order[0]._replace(qty=4), order[1]._asdict())
cutoffs = [10, 20, 50]
labels = ["cheap", "fair", "pricey", "lavish"]
print([labels[bisect.bisect(cutoffs, i.price * i.qty)] for i in order])
scores = []
for s in [55, 12, 78, 33, 90, 41]:
    bisect.insort(scores, s)
print(scores, bisect.bisect_left(scores, 41), bisect.bisect_right(scores, 41))
print(*[i.name for i in order], sep=" | ", end=" <end>\n")
mins = 135
h, m = divmod(mins, 60)
print(f"{h}h{m:02d}m", "{:>{w}}|{:<{w}}|".format("r", "l", w=4), "{0:{fill}^9}".format("mid", fill="="))
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print(dict(zip(names, ages)), list(zip(names, ages, strict=True)), any(a > 35 for a in ages), all(ages))
try:
    list(zip(names, ages[:2], strict=True))
except ValueError as e:
    print("ValueError:", e)
stock = {"a": 1, "b": 2, "c": 3}
print(stock.pop("b"), stock.pop("z", None), stock.popitem(), stock.setdefault("d", 9), stock)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
