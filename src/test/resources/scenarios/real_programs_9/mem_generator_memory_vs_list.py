import sys

squares_list = [n * n for n in range(1000)]
squares_gen = (n * n for n in range(1000))
print(sys.getsizeof(squares_list) > sys.getsizeof(squares_gen))
print(sum(squares_gen), sum(squares_list))
print(sum(squares_gen))


def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, qty = line.partition("=")
        yield name.strip(), int(qty)


def running_total(pairs):
    total = 0
    for name, qty in pairs:
        total += qty
        yield name, qty, total


data = """
# inventory
apples = 4
pears=7

plums = 12
"""
for rec in running_total(read_records(data.splitlines())):
    print("%-7s %3d %4d" % rec)
gen = read_records(["a=1", "b=x"])
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
print(next(gen, "done"))
r = range(10 ** 12)
print(len(r), r[-1], 10 ** 11 in r, sys.getsizeof(r) == sys.getsizeof(range(3)))
