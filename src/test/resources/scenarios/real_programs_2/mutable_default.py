def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
print(append_to.__defaults__)
a = [[0] * 3] * 3
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(3)]
b[0][0] = 1
print(b)
