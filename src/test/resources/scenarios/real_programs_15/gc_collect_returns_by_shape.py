# What gc.collect() returns for differently shaped garbage: it counts
# every unreachable object, including the instance dicts and lists.
import gc


class N:
    pass


def self_loop():
    a = N()
    a.me = a


def two_ring():
    a, b = N(), N()
    a.next, b.next = b, a


def list_loop():
    x = []
    x.append(x)


def dict_loop():
    d = {}
    d["self"] = d


def via_list():
    a = N()
    a.items = [a]


gc.collect()
for maker in (self_loop, two_ring, list_loop, dict_loop, via_list):
    maker()
    print(f"{maker.__name__:10} {gc.collect()}")
for n in (1, 2, 5):
    for _ in range(n):
        two_ring()
    print(n, "rings:", gc.collect())
