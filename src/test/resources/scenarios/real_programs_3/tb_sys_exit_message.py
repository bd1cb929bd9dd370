import sys

class Config:
    def __init__(self, **opts):
        self.opts = opts
    def require(self, key):
        if key not in self.opts:
            sys.exit(f"error: missing option {key!r}")
        return self.opts[key]

cfg = Config(host="localhost", port=8080)
print(cfg.require("host"), cfg.require("port"))
try:
    sys.exit(3)
except SystemExit as e:
    print("caught exit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.code, e.args)
cfg.require("user")
print("not reached")
