# f(*seq, **mapping) spreads a sequence and a dict into the call.
def show(a, b, c=0, *, d=1):
    print(a, b, c, d)
nums = [1, 2, 3]
show(*nums)
show(*nums[:2], d=9)
opts = {"c": 5, "d": 6}
show(7, 8, **opts)
show(*(1, 2), **{"d": 4})
print(*[1, 2, 3], sep="-")
