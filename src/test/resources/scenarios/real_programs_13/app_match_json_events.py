events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": "a", "mods": []},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 5},
    {"type": "resize", "size": (800, 600)},
    {"type": "resize", "size": (0, 0)},
    ["batch", 1, 2, 3],
    "ping",
    42,
]

def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at ({x}, {y})"
        case {"type": "key", "key": "q", "mods": ["ctrl", *_]}:
            return "quit requested"
        case {"type": "key", "key": k}:
            return f"typed {k!r}"
        case {"type": "scroll", "delta": d} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll", "delta": d}:
            return f"scroll down {d}"
        case {"type": "resize", "size": (0, 0)}:
            return "minimized"
        case {"type": "resize", "size": (w, h)}:
            return f"resized to {w} by {h}"
        case ["batch", *items]:
            return f"batch of {len(items)}"
        case str() as s:
            return f"text {s}"
        case _:
            return f"unknown {event!r}"

for e in events:
    print(handle(e))
