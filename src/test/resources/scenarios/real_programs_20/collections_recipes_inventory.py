from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

Item = namedtuple("Item", "sku name qty price", defaults=[0, 0.0])

stock = [Item("A1", "bolt", 120, 0.1), Item("B7", "nut", 300, 0.05), Item("C3", "gear", 8, 4.5),
         Item("D2", "spring", 0, 0.75), Item("A9", "bolt-long", 40)]
print(stock[0], stock[-1]._asdict())
print("fields:", Item._fields, "defaults:", Item._field_defaults)
restocked = [it._replace(qty=50) if it.qty < 10 else it for it in stock]
print("restocked:", [(it.sku, it.qty) for it in restocked])
value = sum(it.qty * it.price for it in restocked)
print(f"stock value: {value:.2f}")

orders = "bolt nut nut gear bolt bolt spring nut bolt gear".split()
counts = Counter(orders)
print(counts.most_common(2), counts["widget"], sum(counts.values()))
counts.update(["nut", "nut"])
counts.subtract({"bolt": 3})
print(sorted(counts.items()), "+counts:", sorted((+counts).elements())[:5])
print("union/intersection:", Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))

by_prefix = defaultdict(list)
for it in stock:
    by_prefix[it.sku[0]].append(it.name)
print(dict(by_prefix))
nested = defaultdict(lambda: defaultdict(int))
for day, product, n in [("mon", "bolt", 3), ("mon", "nut", 2), ("tue", "bolt", 5), ("mon", "bolt", 1)]:
    nested[day][product] += n
print({d: dict(p) for d, p in nested.items()})

recent = deque(maxlen=3)
for order in orders:
    recent.append(order)
print("last three:", list(recent))
d = deque(range(6))
d.rotate(2)
print("rotated:", d, end=" ")
d.appendleft(-1)
d.extend([10, 11])
print(d.popleft(), d.pop(), d)

lru = OrderedDict()
for key in "abcabdeb":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = lru.get(key, 0) + 1
    if len(lru) > 3:
        lru.popitem(last=False)
print("lru:", list(lru.items()))

defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L"}
cli = {"qty": 5}
settings = ChainMap(cli, user, defaults)
print(settings["color"], settings["size"], settings["qty"], len(settings), sorted(settings))
child = settings.new_child({"color": "blue"})
print(child["color"], settings["color"], list(child.maps[0].items()))
