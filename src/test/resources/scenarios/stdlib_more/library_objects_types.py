# the classes behind operator, functools and contextlib objects: type() is the module's class, isinstance accepts it, and calling type(obj) makes another
import operator
import functools
import contextlib

getters = [operator.itemgetter(0), operator.attrgetter("real"), operator.methodcaller("upper"), functools.partial(max, 0)]
for g in getters:
    print(type(g), isinstance(g, (operator.itemgetter, operator.attrgetter)), type(g) is operator.methodcaller)
print(operator.itemgetter, functools.partial, contextlib.suppress)
managers = [contextlib.suppress(KeyError), contextlib.closing(None), contextlib.nullcontext(1)]
print([type(m) for m in managers])
print([isinstance(m, contextlib.nullcontext) for m in managers])
again = type(getters[0])(1)
print(again("xyz"), isinstance(again, operator.itemgetter))
