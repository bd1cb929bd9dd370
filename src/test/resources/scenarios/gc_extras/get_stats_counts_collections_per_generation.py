# gc.get_stats(): per generation, how many collections ran and how many objects they found
import gc
class Node:
    pass
def cycles(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.b = b
        b.a = a
gc.collect()
s0 = gc.get_stats()
cycles(3)
gc.collect()
s1 = gc.get_stats()
print(s1[2]["collections"] - s0[2]["collections"], s1[2]["collected"] - s0[2]["collected"])
cycles(2)
gc.collect(0)
s2 = gc.get_stats()
print(s2[0]["collections"] - s1[0]["collections"], s2[0]["collected"] - s1[0]["collected"])
print(s2[2]["collections"] - s1[2]["collections"], [s["uncollectable"] for s in s2])
