class Sized:
    def __len__(self):
        print("len called")
        return 3
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
x = list(Sized())
print("--")
y = [0]
y.extend(Sized())
print("--")
t = tuple(Sized())
print("--")
s = sorted(Sized())
print("--")
z = [*Sized()]
print("--")
j = "".join(map(str, Sized()))
print("--")
se = set(Sized())
