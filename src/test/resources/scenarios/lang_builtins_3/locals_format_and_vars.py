# Everyday uses: str.format(**locals()), vars() with no argument, reading names by string.
def describe(name, qty, price=1.5):
    total = qty * price
    return "{name}: {qty} x {price} = {total}".format(**locals())


def show(a, b=2, *args, **kw):
    print(sorted(vars().items()))
    print(len(locals()), "args" in vars(), vars().get("missing", "-"))


def pick(which):
    first, second = "one", "two"
    return locals()[which]


print(describe("pens", 3))
print(describe("ink", 2, price=4.0))
show(1, 3, 4, k=5)
print(pick("first"), pick("second"))
try:
    pick("third")
except KeyError as e:
    print("KeyError", e)
