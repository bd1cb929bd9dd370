import gc
d = {1: 2}
s = {3}
res = []
def probe(name, f):
    gc.collect()
    a = gc.get_count()
    r = f()
    b = gc.get_count()
    res.append((name, b[0] - a[0]))
probe("warm", lambda: repr([1]))
probe("rd", lambda: "%r" % (d,))
probe("ss", lambda: "%s" % (s,))
probe("rs", lambda: "%r" % (s,))
probe("two", lambda: "%r %s" % (d, s))
probe("lit", lambda: "%r %s" % ({1: 2}, {3}))
probe("one", lambda: "%s" % s)
probe("fmt", lambda: "{} {}".format(d, s))
print(res)
res.clear()
probe("fmtkw", lambda: "{a} {b}".format(a=d, b=1))
probe("fmtkw2", lambda: "{a} {0}".format(5, a=d))
probe("fmt0", lambda: "{}".format(1))
print(res)
