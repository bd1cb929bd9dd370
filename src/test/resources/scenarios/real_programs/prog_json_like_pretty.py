# pretty print nested data by hand
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print(f"{pad}{k}:")
                pretty(v, indent + 1)
            else:
                print(f"{pad}{k}: {v}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            if isinstance(v, (dict, list)):
                print(f"{pad}- [{i}]")
                pretty(v, indent + 1)
            else:
                print(f"{pad}- {v}")

config = {"name": "app", "version": 1.2, "deps": ["a", "b"], "db": {"host": "localhost", "ports": [5432, 5433]}, "debug": False, "extra": None}
pretty(config)
print(str(config)[:40], len(repr(config)))
print(list(config.keys())[-2:], type(config.get("db")).__name__)
