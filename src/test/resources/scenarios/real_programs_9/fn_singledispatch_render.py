REGISTRY = {}


def register(*types):
    def deco(fn):
        for t in types:
            REGISTRY[t] = fn
        return fn
    return deco


def dispatch(cls):
    for base in cls.__mro__:
        if base in REGISTRY:
            return REGISTRY[base]
    return render_default


def render(obj, indent=0):
    return dispatch(type(obj))(obj, indent)


def render_default(obj, indent=0):
    return " " * indent + repr(obj)


@register(int)
def render_int(obj, indent=0):
    return " " * indent + f"int {obj:,}"


@register(float)
def render_float(obj, indent=0):
    return " " * indent + f"float {obj:.3f}"


@register(list, tuple)
def render_seq(obj, indent=0):
    inner = "\n".join(render(x, indent + 2) for x in obj)
    return " " * indent + type(obj).__name__ + ":\n" + inner


@register(dict)
def render_dict(obj, indent=0):
    lines = [" " * indent + "dict:"]
    for k in sorted(obj):
        lines.append(" " * (indent + 2) + f"{k} =")
        lines.append(render(obj[k], indent + 4))
    return "\n".join(lines)


print(render(1234567))
print(render([1, 2.5, ("a", True)]))
print(render({"b": [3], "a": 0.1}))
print(render(None), render(True))
print(dispatch(bool).__name__, dispatch(str) is dispatch(object))
print(sorted(t.__name__ for t in REGISTRY))
