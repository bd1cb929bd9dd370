import gc
import sys


class Big:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("Big", self.tag, "freed")


errors = []


def parse(text):
    scratch = Big(text)
    return int(text)


for item in ["1", "x", "3", "y"]:
    try:
        parse(item)
    except ValueError as e:
        errors.append(e)
        print("saved error:", e)

print("errors kept:", len(errors))
tb = errors[0].__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("traceback depth:", depth)
del tb
print("clearing saved errors")
errors.clear()
print("after clear")


def risky():
    local = Big("risky")
    raise KeyError("missing")


try:
    risky()
except KeyError:
    info = sys.exc_info()
    print("exc_info type:", info[0].__name__)
print("handler done, info still held")
del info
print("collected:", gc.collect())
