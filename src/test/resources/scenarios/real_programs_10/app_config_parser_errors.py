import sys
import traceback

CONFIG = """
# server settings
host = example.org
port = 8080
debug = yes
timeout = 2.5
workers = four
[limits]
max_users = 100
"""

class ConfigError(Exception):
    pass

def parse_value(key, raw):
    if raw in ("yes", "true", "on"):
        return True
    if raw in ("no", "false", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(raw)
        except ValueError:
            pass
    if key in ("port", "workers", "max_users"):
        raise ConfigError(f"{key} must be a number, got {raw!r}")
    return raw

def parse(text):
    section = "main"
    result = {section: {}}
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            result.setdefault(section, {})
            continue
        key, sep, raw = line.partition("=")
        if not sep:
            raise ConfigError(f"line {no}: missing '='")
        try:
            result[section][key.strip()] = parse_value(key.strip(), raw.strip())
        except ConfigError as e:
            print(f"warning: line {no}: {e}", file=sys.stderr)
    return result

cfg = parse(CONFIG)
for sec, values in cfg.items():
    print(f"[{sec}]")
    for k, v in values.items():
        print(f"  {k:<10} = {v!r:<14} ({type(v).__name__})")
try:
    parse("oops no equals")
except ConfigError:
    traceback.print_exc()
print("port + 1 =", cfg["main"]["port"] + 1)
parse("[x]\nbroken line")
