import copy
import sys

config = {"debug": False, "paths": ["/usr", "/opt"], "level": 1}
alias = config
shallow = dict(config)
deep = copy.deepcopy(config)

alias["debug"] = True
shallow["paths"].append("/home")
deep["paths"].append("/tmp")
shallow["level"] = 2

for name, d in [("config", config), ("alias", alias), ("shallow", shallow), ("deep", deep)]:
    print(f"{name:8}{d}")
print(config is alias, config == shallow, config["paths"] is shallow["paths"])
print(sys.getrefcount(config), sys.getrefcount(config["paths"]))
del alias
print(sys.getrefcount(config))
merged = {**config, "level": 9, "extra": None}
print(merged)
print(config | {"debug": 0})
