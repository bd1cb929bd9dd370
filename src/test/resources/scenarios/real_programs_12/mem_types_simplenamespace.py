import sys
from types import SimpleNamespace

cfg = SimpleNamespace(host="localhost", port=8080)
print(cfg)
cfg.debug = True
print(cfg.port, vars(cfg))
other = SimpleNamespace(host="localhost", port=8080, debug=True)
print(cfg == other)
del cfg.debug
print(cfg, hasattr(cfg, "debug"))
nested = SimpleNamespace(db=SimpleNamespace(user="admin"), items=[1, 2])
print(nested.db.user, nested)
print(sys.getrefcount(nested.items))
print(sorted(vars(nested)))
