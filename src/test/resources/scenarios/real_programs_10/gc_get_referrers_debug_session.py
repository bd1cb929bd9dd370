import gc

class Config:
    pass

cfg = Config()
registry = {"active": cfg}
history = [cfg, cfg]

refs = gc.get_referrers(cfg)
kinds = sorted(type(r).__name__ for r in refs)
print("referrer kinds:", kinds)
print("registry among them:", any(r is registry for r in refs))
print("history among them:", any(r is history for r in refs))
module_dict = globals()
print("globals among them:", any(r is module_dict for r in refs))

ents = gc.get_referents(history)
print("referents of history:", len(ents), all(e is cfg for e in ents))
print("referents of registry:", [type(e).__name__ for e in gc.get_referents(registry)])
t = (1, "a", cfg)
print("referents of tuple:", sorted(type(e).__name__ for e in gc.get_referents(t)))
print("referents of an int:", gc.get_referents(42))
cfg.setting = [1, 2]
print("instance referents:", sorted(type(e).__name__ for e in gc.get_referents(cfg)))
del registry["active"]
history.clear()
print("after cleanup:", sorted(type(r).__name__ for r in gc.get_referrers(cfg)))
