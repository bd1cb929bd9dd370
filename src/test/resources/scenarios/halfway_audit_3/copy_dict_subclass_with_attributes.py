import copy, sys, gc

class Config(dict):
    pass

cfg = Config(host="x", ports=[80, 443])
cfg.source = "file"
cfg.seen = []
gc.collect()
c = copy.copy(cfg)
print(c, c.__dict__, c["ports"] is cfg["ports"], c.seen is cfg.seen)
print(sys.getrefcount(cfg["ports"]), sys.getrefcount(cfg.seen), sys.getrefcount(c))
print(gc.get_count())
d = copy.deepcopy(cfg)
print(d, d.__dict__, d["ports"] is cfg["ports"], d.seen is cfg.seen)
print(sys.getrefcount(d["ports"]), sys.getrefcount(d.seen), sys.getrefcount(d))
print(gc.get_count())
print(gc.collect())
