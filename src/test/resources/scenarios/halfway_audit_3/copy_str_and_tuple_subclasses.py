import copy, sys, gc

class Name(str):
    def shout(self):
        return self.upper() + "!"

class Pair(tuple):
    def __new__(cls, items):
        print("new Pair", items)
        return super().__new__(cls, items)

n = Name("ada")
inner = [1]
p = Pair(("k", inner))
gc.collect()
cn = copy.copy(n)
print(type(cn).__name__, cn, cn.shout(), cn is n, cn == n)
print(sys.getrefcount(n), sys.getrefcount(cn))
cp = copy.copy(p)
print(type(cp).__name__, cp, cp is p, cp[1] is inner, sys.getrefcount(inner))
print(gc.get_count())
dp = copy.deepcopy(p)
print(type(dp).__name__, dp, dp[1] is inner, sys.getrefcount(inner), sys.getrefcount(dp[1]))
dn = copy.deepcopy(n)
print(dn, type(dn).__name__, dn is n)
print(gc.get_count())
