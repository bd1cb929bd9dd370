# frozen keywords live in the partial's own dict; a later call may override them
import functools, sys
def greet(name, greeting="hello", punct="!"):
    return greeting + " " + name + punct
hi = functools.partial(greet, greeting="hi")
print(hi("ann"), hi("bob", greeting="yo"), hi.keywords)
mark = ["?"]
q = functools.partial(greet, punct=mark[0] * 2)
print(q("cy"), sys.getrefcount(q.keywords))
