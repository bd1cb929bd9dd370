import gc


def fmt_duration(seconds):
    mins, secs = divmod(int(seconds), 60)
    hours, mins = divmod(mins, 60)
    days, hours = divmod(hours, 24)
    parts = [(days, "d"), (hours, "h"), (mins, "m"), (secs, "s")]
    text = " ".join(f"{v}{u}" for v, u in parts if v)
    return text or "0s"


def parse_duration(text):
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    total = 0
    for piece in text.split():
        total += int(piece[:-1]) * units[piece[-1]]
    return total


gc.collect()
for s in [0, 59, 61, 3600, 3725, 90061, 1000000]:
    t = fmt_duration(s)
    print(f"{s:>8,} -> {t:<14} back={parse_duration(t) if s else 0}")
laps = [62.5, 58.25, 61.0, 59.75]
best = min(range(len(laps)), key=laps.__getitem__)
print(f"best lap #{best + 1}: {laps[best]:.2f}s avg {sum(laps) / len(laps):.3f}s")
print("splits:", [round(b - a, 2) for a, b in zip(laps, laps[1:])])
print("count:", gc.get_count())
