# Parameter and return annotations do not change calls; defaults still evaluate once.
def greet(name: str, times: int = 2, *, sep: str = " ") -> str:
    return sep.join([name] * times)

print(greet("hi"))
print(greet("yo", 3, sep="-"))

def total(*values: float, **options: bool) -> float:
    return sum(values)

print(total(1.5, 2.5, verbose=True))
