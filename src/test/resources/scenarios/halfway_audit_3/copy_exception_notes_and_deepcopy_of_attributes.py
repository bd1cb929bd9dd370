import copy, sys, gc

class ParseError(ValueError):
    pass

e = ParseError("line 3", 3)
e.add_note("while reading config")
e.context = {"file": "a.cfg"}
gc.collect()
c = copy.copy(e)
print(type(c).__name__, c.args, c.__notes__, c.context is e.context)
print(c.__notes__ is e.__notes__, sys.getrefcount(e.context), sys.getrefcount(e.__notes__))
d = copy.deepcopy(e)
print(d.args, d.__notes__, d.context, d.context is e.context, d.__notes__ is e.__notes__)
print(sys.getrefcount(e.context), sys.getrefcount(d.context))
print(c.__traceback__, c.__cause__, c.__context__)
try:
    raise c
except ParseError as caught:
    print("raised copy:", caught, caught is c)
print(gc.get_count())
