# A config loader: a KeyError handled badly turns into a chained traceback a learner has to read.
DEFAULTS = {"host": "localhost", "port": 8080}


def load(settings):
    config = dict(DEFAULTS)
    for line in settings:
        key, value = line.split("=")
        config[key.strip()] = value.strip()
    return config


def port_of(config):
    try:
        return int(config["port"])
    except ValueError as exc:
        raise RuntimeError(f"port is not a number: {config['port']!r}") from exc


def timeout_of(config):
    try:
        return float(config["timeout"])
    except KeyError:
        return float(config["default_timeout"])


good = load(["host = example.org", "port = 9000"])
print(good, port_of(good))
bad = load(["port = ninety"])
try:
    port_of(bad)
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
try:
    load(["just a line"])
except ValueError as e:
    print("caught:", e)
print(timeout_of({"timeout": "2.5"}))
timeout_of(good)
