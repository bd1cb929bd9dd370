# What a weakref.ref subclass's instance does not do: the TypeErrors and AttributeErrors CPython raises.
import weakref


class A:
    pass


class R(weakref.ref):
    pass


a = A()
r = R(a)
print(bool(r), str(r)[:9], format(r, "")[:9], f"{r!r}"[:9])
attempts = [
    ('len(r)', lambda: len(r)),
    ('iter(r)', lambda: iter(r)),
    ('r[0]', lambda: r[0]),
    ('r + 1', lambda: r + 1),
    ('list(r)', lambda: list(r)),
    ('-r', lambda: -r),
    ('r < r', lambda: r < r),
    ('1 in r', lambda: 1 in r),
    ('r.missing', lambda: r.missing),
    ('R.__call__(r) is a', lambda: R.__call__(r) is a),
    ('weakref.ref.__call__(r) is a', lambda: weakref.ref.__call__(r) is a),
    ('type(r) is R', lambda: type(r) is R),
    ('r.__class__ is R', lambda: r.__class__ is R),
]
for text, attempt in attempts:
    try:
        print(text, "->", attempt())
    except (TypeError, AttributeError) as err:
        print(text, "->", type(err).__name__, err)
r2 = R(a)
del a
print(bool(r2), r2 == r, r2 != r)
