# Validating descriptors with __set_name__, the pattern from the descriptor how-to.
import sys


class Validator:
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.public_name = name
        self.private_name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private_name)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)

    def validate(self, value):
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} {self.owner_name}.{self.public_name}>"


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f'Expected {value!r} to be one of {sorted(self.options)!r}')


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'Expected {value!r} to be an int or float')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f'Expected {value!r} to be no more than {self.maxvalue!r}')


class String(Validator):
    def __init__(self, minsize=None, maxsize=None, predicate=None):
        self.minsize = minsize
        self.maxsize = maxsize
        self.predicate = predicate

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f'Expected {value!r} to be an str')
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(f'Expected {self.predicate} to be true for {value!r}')


class Component:
    name = String(minsize=3, maxsize=10, predicate=str.isupper)
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)

    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity

    def __repr__(self):
        return f"Component({self.name!r}, {self.kind!r}, {self.quantity!r})"


print(Component.name, Component.kind, Component.quantity)
print(vars(Component.quantity))
good = Component('WIDGET', 'metal', 5)
print(good, vars(good))
attempts = [
    ('Widget', 'metal', 5),
    ('WIDGET', 'metle', 5),
    ('WIDGET', 'metal', -5),
    ('WIDGET', 'metal', 'V'),
    ('WI', 'wood', 1),
    ('WIDGETWIDGETS', 'wood', 1),
    (42, 'wood', 1),
]
for args in attempts:
    try:
        Component(*args)
    except (TypeError, ValueError) as e:
        msg = str(e)
        if "<method" in msg:
            msg = msg.split(" to be true")[0].split("<")[0] + "<predicate> to be true" + msg.split("to be true")[1]
        print(type(e).__name__, "-", msg)

good.quantity = 12
good.quantity += 3
print(good.quantity, good._quantity, good.__dict__)
print(type(Component.__dict__['kind']).__name__, 'kind' in vars(good), '_kind' in vars(good))
print(sys.getrefcount(Component.__dict__['name']))


class Counted:
    instances = 0
    count = Number(minvalue=0, maxvalue=3)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("subclass", cls.__name__, "of", [b.__name__ for b in cls.__bases__])


class Small(Counted):
    pass


s = Small()
s.count = 3
try:
    s.count = 4
except ValueError as e:
    print(e)
print(Small.count, s.count)
