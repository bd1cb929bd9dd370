# Inside a function, gc.get_referrers also reports the running frame,
# which holds the object through a local variable.
import gc


class Payload:
    pass


holder = {"p": None}


def inspect(obj):
    kinds = sorted(type(r).__name__ for r in gc.get_referrers(obj))
    return kinds


def worker():
    local = Payload()
    print("only a local:", inspect(local))
    holder["p"] = local
    print("local and a dict:", inspect(local))
    box = [local]
    print("plus a list:", inspect(local))
    return local


result = worker()
print("after return:", inspect(result))
holder["p"] = None
print("only the module:", inspect(result))
