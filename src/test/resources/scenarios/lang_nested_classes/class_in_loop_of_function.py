# a class statement in a loop makes a new class each round; the classes kept in a list stay, collected once the list goes
import gc
def many(n):
    made = []
    for i in range(n):
        class K:
            tag = i
        made.append(K)
    return made
gc.collect()
ks = many(3)
print([k.tag for k in ks], ks[0] is ks[1])
del ks
print("collected", gc.collect())
