def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add_item(1))
print(add_item(2))
print(add_item(3, []))
print(add_item(4))

def safer(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safer(1), safer(2))

def double_all(values):
    for i in range(len(values)):
        values[i] *= 2

def double_copy(values):
    return [v * 2 for v in values]

data = [1, 2, 3]
double_all(data)
print(data)
new = double_copy(data)
print(data, new)
def rebind(d):
    d = {"fresh": True}
    return d
cfg = {"fresh": False}
rebind(cfg)
print(cfg)
def update(d):
    d["fresh"] = True
update(cfg)
print(cfg)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
