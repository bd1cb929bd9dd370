# Calling a class with *args: type_call gets CALL_FUNCTION_EX's tuple as it is, and an
# exception class keeps that very tuple as its args.
import gc


class Pair:
    def __init__(self, *items):
        self.items = items


class ParseError(Exception):
    pass


fields = ("line", 7)
gc.collect()
p = Pair(*fields)
print(gc.get_count(), p.items is fields)
err = ParseError(*fields)
print(gc.get_count(), err.args is fields, err)
q = Pair("head", *fields)
print(gc.get_count(), q.items)
wide = ParseError(*fields, "extra")
print(gc.get_count(), wide.args)
