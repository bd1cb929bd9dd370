import copy, functools, sys
def f(a, b, c=0):
    return a + b + c
p = functools.partial(f, [1], c=[2])
p.note = ["n"]
s = copy.copy(p)
print(s is p, s.func is p.func, s.args is p.args, s.keywords is p.keywords, s.__dict__ is p.__dict__)
print(s([3]), sys.getrefcount(p.args), sys.getrefcount(p.keywords))
d = copy.deepcopy(p)
print(d is p, d.func is p.func, d.args == p.args, d.args is p.args, d.args[0] is p.args[0], d.keywords == p.keywords, d.keywords is p.keywords, d.note, d.note is p.note)
pair = copy.deepcopy([p, p])
print(pair[0] is pair[1], pair[0] is p)
q = functools.partial(max, 1)
print(copy.copy(q).args is q.args, copy.deepcopy(q).args is q.args, sys.getrefcount(q))
try:
    copy.deepcopy(functools.partial(f, (i for i in ())))
except TypeError as e:
    print(e)
