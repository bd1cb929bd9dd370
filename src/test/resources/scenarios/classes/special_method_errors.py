# Missing special methods give CPython's TypeErrors; this one is len() of a plain instance.
class Plain:
    pass
p = Plain()
print(bool(p))
print(len(p))
