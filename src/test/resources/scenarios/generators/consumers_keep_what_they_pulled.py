# dict(), sum() and "".join() pull every item of a generator before they use them: the tuples a
# generator built stay alive while the next ones are made (the engine once freed them early).
import gc
import sys


def pairs(words):
    for w in words:
        yield w, len(w)


counts = dict(pairs(["ab", "cde", "f"]))
print(counts, sys.getrefcount(counts))


def nested(n):
    for i in range(n):
        yield from pairs([str(i) * (i + 1)])


print(dict(nested(3)), sorted(dict(nested(2)).items()))
print(sum(len(k) * v for k, v in pairs(["xy", "z"])), "-".join(w for w, _ in pairs(["p", "q"])))
print(tuple(pairs(["a"])), set(pairs(["a", "a"])), gc.collect())
