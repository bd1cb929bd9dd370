FACTORS = {
    ("km", "mi"): 0.621371, ("mi", "km"): 1.609344,
    ("kg", "lb"): 2.204623, ("lb", "kg"): 0.453592,
    ("l", "gal"): 0.264172, ("gal", "l"): 3.785412,
}


def convert(value, src, dst):
    if (src, dst) in [("c", "f")]:
        return value * 9 / 5 + 32
    if (src, dst) == ("f", "c"):
        return (value - 32) * 5 / 9
    try:
        return value * FACTORS[src, dst]
    except KeyError:
        raise ValueError(f"don't know how to turn {src} into {dst}") from None


count = 0
while True:
    line = input("convert> ").strip().lower()
    if line in ("q", "quit", ""):
        break
    parts = line.replace(" to ", " ").split()
    if len(parts) != 3:
        print("  usage: <number> <unit> to <unit>")
        continue
    raw, src, dst = parts
    try:
        value = float(raw)
        result = convert(value, src, dst)
    except ValueError as e:
        print(f"  error: {e}")
        continue
    count += 1
    print(f"  {value:g} {src} = {result:.3f} {dst}")
print(f"{count} conversion(s) done")
