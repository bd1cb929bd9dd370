import sys
import gc


def counter(label, n):
    total = 0
    try:
        for i in range(n):
            total += i
            got = yield f"{label}:{i}"
            if got:
                print("  received", got)
    finally:
        print(f"  finally in {label}, total={total}")


g = counter("g", 5)
print(next(g), next(g))
print(g.send("hello"))
print(sys.getrefcount(g))
g.close()
print("closed; next ->", next(g, "exhausted"))
h = counter("h", 2)
print(list(h))
k = counter("k", 3)
next(k)
del k
print("k deleted")


def chain_gens(*gens):
    for gen in gens:
        for item in gen:
            yield item


print(list(chain_gens(counter("x", 2), counter("y", 1))))
gc.collect()
w = counter("w", 10)
next(w)
try:
    w.throw(KeyError("stop"))
except KeyError as e:
    print("throw ended it:", repr(e))
print("end")
