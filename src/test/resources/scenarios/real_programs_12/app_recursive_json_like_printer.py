def render(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ",\n".join(f"{pad}  {k!r}: {render(v, indent + 1)}" for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(x, (int, float, str)) for x in value):
            return "[" + ", ".join(map(repr, value)) + "]"
        inner = ",\n".join(pad + "  " + render(v, indent + 1) for v in value)
        return "[\n" + inner + "\n" + pad + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    return repr(value)


doc = {
    "name": "lab",
    "version": (1, 2),
    "active": True,
    "owner": None,
    "modules": [{"id": 1, "tags": ["gc", "weakref"]}, {"id": 2, "tags": []}],
    "limits": {"steps": 100000, "ratio": 0.75, "nested": {}},
}
print(render(doc))


def depth(v):
    if isinstance(v, dict):
        return 1 + max((depth(x) for x in v.values()), default=0)
    if isinstance(v, list):
        return 1 + max((depth(x) for x in v), default=0)
    return 0


print("depth:", depth(doc))
