# Looking up a nested settings dict: one missing key deep inside ends with a KeyError.
settings = {
    "database": {"host": "db.local", "port": 5432, "options": {"timeout": 30}},
    "cache": {"backend": "memory"},
}


def get(path):
    node = settings
    for part in path.split("."):
        node = node[part]
    return node


for key in ("database.host", "database.options.timeout", "cache.backend"):
    print(f"{key:<26} = {get(key)!r}")
print(settings.get("cache", {}).get("ttl", 60))
print(get("cache.ttl"))
