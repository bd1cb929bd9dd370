# Every binary operator asks the right operand's subclass first when it overrides the reflected method.
import operator

NAMES = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
         "lshift", "rshift", "and", "or", "xor"]


class Base:
    pass


class Derived(Base):
    pass


def make_left(name):
    return lambda self, other: f"Base.{name}"


def make_right(owner, name):
    return lambda self, other: f"{owner}.r{name}"


for n in NAMES:
    setattr(Base, f"__{n}__", make_left(n))
    setattr(Base, f"__r{n}__", make_right("Base", n))
    setattr(Derived, f"__r{n}__", make_right("Derived", n))

b, d = Base(), Derived()
ops = {"+": lambda p, q: p + q, "-": lambda p, q: p - q, "*": lambda p, q: p * q,
       "/": lambda p, q: p / q, "//": lambda p, q: p // q, "%": lambda p, q: p % q,
       "**": lambda p, q: p ** q, "@": lambda p, q: p @ q, "<<": lambda p, q: p << q,
       ">>": lambda p, q: p >> q, "&": lambda p, q: p & q, "|": lambda p, q: p | q,
       "^": lambda p, q: p ^ q}
for sym, fn in ops.items():
    print(f"{sym:3} {fn(b, d):16} {fn(d, b):14} {fn(b, b)}")
print(operator.add(b, d), operator.xor(d, b), divmod(7, 2), pow(b, d))
