# Pretty-printing a nested configuration at several widths.
import pprint
import sys

config = {
    "server": {"host": "localhost", "port": 8080, "workers": 4},
    "database": {"engine": "sqlite", "path": "data/app.db", "pool": [1, 2, 4, 8, 16]},
    "features": ["login", "search", "export", "dark-mode"],
    "debug": False,
    "version": (1, 4, 2),
}
pprint.pprint(config)
print("---")
pprint.pprint(config, width=50)
print("---")
pprint.pprint(config, width=30, indent=2)
print("refcount of config:", sys.getrefcount(config))
print("size of config:", sys.getsizeof(config))
