# The tutorial's Classes chapter: scopes, class objects, inheritance, private names, iterators, generators.
def scope_test():
    def do_local():
        spam = "local spam"

    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"

    def do_global():
        global spam
        spam = "global spam"

    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)

scope_test()
print("In global scope:", spam)


class MyClass:
    """A simple example class"""
    i = 12345

    def f(self):
        return 'hello world'

print(MyClass.i, MyClass.__doc__)
x = MyClass()
print(x.f(), MyClass.f(x))


class Complex:
    def __init__(self, realpart, imagpart):
        self.r = realpart
        self.i = imagpart

x = Complex(3.0, -4.5)
print(x.r, x.i)
x.counter = 1
while x.counter < 10:
    x.counter = x.counter * 2
print(x.counter)
del x.counter
print(hasattr(x, "counter"))


class Dog:
    kind = 'canine'
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog('Fido')
e = Dog('Buddy')
print(d.kind, e.kind, d.name, e.name)
d.add_trick('roll over')
e.add_trick('play dead')
print(d.tricks, d.tricks is e.tricks is Dog.tricks)


class Dog:
    def __init__(self, name):
        self.name = name
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog('Fido')
e = Dog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(d.tricks, e.tricks)


class Warehouse:
    purpose = 'storage'
    region = 'west'

w1 = Warehouse()
print(w1.purpose, w1.region)
w2 = Warehouse()
w2.region = 'east'
print(w2.purpose, w2.region, w1.region)


def f1(self, x, y):
    return min(x, x+y)

class C:
    f = f1

    def g(self):
        return 'hello world'

    h = g

c = C()
print(c.f(3, -5), c.g(), c.h(), C.h is C.g)


class Bag:
    def __init__(self):
        self.data = []

    def add(self, x):
        self.data.append(x)

    def addtwice(self, x):
        self.add(x)
        self.add(x)

b = Bag()
b.add(1)
b.addtwice(2)
print(b.data, b.__class__.__name__)

print(isinstance(b, Bag), issubclass(bool, int), issubclass(float, int), isinstance(True, int))


class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)

    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)

    __update = update


class MappingSubclass(Mapping):
    def update(self, keys, values):
        for item in zip(keys, values):
            self.items_list.append(item)

m = MappingSubclass("ab")
m.update(["k1", "k2"], [1, 2])
print(m.items_list)
print(hasattr(m, "__update"), hasattr(m, "_Mapping__update"))


class Employee:
    pass

john = Employee()
john.name = 'John Doe'
john.dept = 'computer lab'
john.salary = 1000
print(vars(john))

for element in [1, 2, 3]:
    print(element, end=" ")
for element in (1, 2, 3):
    print(element, end=" ")
for key in {'one': 1, 'two': 2}:
    print(key, end=" ")
for char in "123":
    print(char, end=" ")
print()

s = 'abc'
it = iter(s)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Reverse:
    """Iterator for looping over a sequence backwards."""
    def __init__(self, data):
        self.data = data
        self.index = len(data)

    def __iter__(self):
        return self

    def __next__(self):
        if self.index == 0:
            raise StopIteration
        self.index = self.index - 1
        return self.data[self.index]

rev = Reverse('spam')
print(iter(rev) is rev)
for char in rev:
    print(char)


def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]

for char in reverse('golf'):
    print(char)

print(sum(i*i for i in range(10)))
xvec = [10, 20, 30]
yvec = [7, 5, 3]
print(sum(x*y for x, y in zip(xvec, yvec)))
unique_words = sorted({word for line in ["the cat", "the hat sat"] for word in line.split()})
print(unique_words)
data = 'golf'
print(list(data[i] for i in range(len(data)-1, -1, -1)))
