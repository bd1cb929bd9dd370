TEXT = """
; settings
[server]
host = example.org
port = 8080

[client]
retries = 3
verbose = yes
name = demo app
[empty]
"""


def parse_ini(text):
    sections = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
        elif "=" in line and current is not None:
            key, _, value = line.partition("=")
            current[key.strip()] = convert(value.strip())
        else:
            raise ValueError(f"line {lineno}: cannot parse {line!r}")
    return sections


def convert(value):
    if value.isdigit():
        return int(value)
    if value.lower() in ("yes", "true", "on"):
        return True
    if value.lower() in ("no", "false", "off"):
        return False
    return value


config = parse_ini(TEXT)
for section, values in config.items():
    print(f"[{section}]")
    for k, v in values.items():
        print(f"  {k} = {v!r} ({type(v).__name__})")
try:
    parse_ini("[a]\njunk line")
except ValueError as e:
    print("error:", e)
