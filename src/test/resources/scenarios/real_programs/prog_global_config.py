# global variables and default args
counter = 0
log = []

def record(msg, level="INFO", *, tags=()):
    global counter
    counter += 1
    log.append(f"[{level}] #{counter} {msg}" + (f" {list(tags)}" if tags else ""))

def append_bad(item, target=[]):
    target.append(item)
    return target

record("start")
record("disk low", "WARN", tags=("disk",))
record("done", level="DEBUG")
print("\n".join(log))
print(counter)
print(append_bad(1), append_bad(2))
print(append_bad.__defaults__)

def stats(*nums, **opts):
    precision = opts.get("precision", 2)
    mean = sum(nums) / len(nums)
    return round(mean, precision), opts
print(stats(1, 2, 4), stats(1, 2, precision=0, unit="m"))
