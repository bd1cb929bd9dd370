# Nested groups: split keeps the nesting, empty branches vanish, leaves are the same objects
leaf1, leaf2, leaf3 = ValueError("v1"), KeyError("k"), ValueError("v2")
inner = ExceptionGroup("inner", [leaf2, leaf3])
outer = ExceptionGroup("outer", [leaf1, inner])
values, others = outer.split(ValueError)
print(repr(values))
print(repr(others))
print(values.exceptions[0] is leaf1, values.exceptions[1].exceptions[0] is leaf3)
print(others.exceptions[0].message, others.exceptions[0] is inner)

def leaves(group):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e

print([str(e) for e in leaves(outer)])
