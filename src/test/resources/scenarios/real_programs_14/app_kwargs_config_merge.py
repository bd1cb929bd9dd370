import gc


DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "tags": ()}


def make_config(*sources, **overrides):
    cfg = dict(DEFAULTS)
    for src in sources:
        cfg.update({k: v for k, v in src.items() if k in DEFAULTS})
    cfg |= overrides
    return cfg


def describe(name, *args, sep=", ", **kwargs):
    parts = [str(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
    return f"{name}({sep.join(parts)})"


gc.collect()
c = make_config({"port": 9000, "color": "red"}, {"debug": True}, host="example.org")
for k, v in c.items():
    print(f"{k:>6} = {v!r}")
print(describe("f", 1, 2, x=3, a="b"))
print(describe("g", sep=" | ", z=None))
args = (5, 6)
kw = {"sep": "/", "mode": "r"}
print(describe("h", *args, **kw))
print(sorted(c, key=len), list(c.keys() - DEFAULTS.keys()))
print(DEFAULTS | {"port": 1}, DEFAULTS["port"])
print("count:", gc.get_count())
