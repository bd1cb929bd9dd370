class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e
try:
    load({}, "port")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("while parsing")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
def cleanup():
    try:
        return "try"
    finally:
        print("finally runs")
print(cleanup())
