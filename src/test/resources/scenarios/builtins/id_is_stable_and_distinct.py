# id is the same for the same live object and differs between live objects (values not printed).
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), type(id(a)))
