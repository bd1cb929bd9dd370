import functools

def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

def tag(name, **attrs):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            extra = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
            return f"<{name}{extra}>{fn(*args)}</{name}>"
        return wrapper
    return decorate

def validate(**checks):
    def decorate(fn):
        def wrapper(**kwargs):
            for key, check in checks.items():
                if not check(kwargs[key]):
                    raise ValueError(f"{fn.__name__}: bad {key}={kwargs[key]!r}")
            return fn(**kwargs)
        return wrapper
    return decorate

@repeat(3)
def greet(name):
    return f"hi {name}"

@tag("b")
@tag("a", href="/home", title="Home")
def link(text):
    return text.title()

@validate(age=lambda a: 0 <= a < 150, name=str.isalpha)
def person(name, age):
    return f"{name} ({age})"

print(greet("bob"))
print(greet.__name__, greet.__wrapped__("x"))
print(link("go home"))
print(person(name="Ann", age=30))
for kwargs in ({"name": "Ann", "age": 200}, {"name": "A1", "age": 3}):
    try:
        person(**kwargs)
    except ValueError as e:
        print("error:", e)
