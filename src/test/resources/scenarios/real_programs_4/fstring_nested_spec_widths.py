# Table columns sized from the data: format specs holding replacement fields of their own.
import sys
width, prec = 10, 3
x = 3.14159
print(f"[{x:{width}.{prec}f}]")
print(f"[{x:>{width}}]", f"[{'ab':{'^'}{width}}]", f"[{'ab':*^{width + 2}}]")
print(f"[{42:{'>' if width > 5 else '<'}8d}]")
names = ["ann", "bartholomew", "cy"]
w = max(map(len, names))
for n in names:
    print(f"|{n:<{w}}|{len(n):>{w}}|")
print(f"{x:{prec}}", f"{x!r:>{width}}", f"{x:{'.2f'}}")
def gen(n):
    for i in range(n):
        yield f"{i:0{n}d}"
g = gen(3)
print(sys.getsizeof(g), list(g))
try:
    print(f"{x:{'zz'}}")
except ValueError as e:
    print(e)
print(f"{'v':{width!r}}")
