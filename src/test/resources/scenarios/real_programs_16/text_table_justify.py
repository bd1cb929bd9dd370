# Printing a text table by hand: column widths from the data, ljust/rjust/center, a box border.
rows = [
    ("Mercury", 0.39, 88, 0),
    ("Venus", 0.72, 225, 0),
    ("Earth", 1.0, 365, 1),
    ("Mars", 1.52, 687, 2),
    ("Jupiter", 5.2, 4333, 95),
    ("Saturn", 9.58, 10759, 146),
]
headers = ("Planet", "AU", "Year (days)", "Moons")
cells = [headers] + [(n, f"{au:.2f}", f"{d:,}", str(m)) for n, au, d, m in rows]
widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
align = [str.ljust, str.rjust, str.rjust, str.center]


def line(ch="-", cross="+"):
    return cross + cross.join(ch * (w + 2) for w in widths) + cross


print(line())
print("|" + "|".join(" " + h.center(w) + " " for h, w in zip(headers, widths)) + "|")
print(line("="))
for r in cells[1:]:
    print("|" + "|".join(" " + f(c, w) + " " for c, w, f in zip(r, widths, align)) + "|")
print(line())
total_moons = sum(r[3] for r in rows)
print("Total moons:".rjust(30), str(total_moons).zfill(5))
print("centred".center(21, "~"))
print("|" + "x".ljust(5, ".") + "|" + "y".rjust(5, ".") + "|")
for name, au, days, moons in rows[:3]:
    print(f"{name:.<12}{au:.>8.3f}{days:>8d}{moons:>4}")
print("%-10s|%6.2f|%05d" % ("percent", 3.14159, 42))
print("{:<8}{:^8}{:>8}".format("a", "b", "c") + "|")
print("{0}-{1}-{0}".format("x", "y"), "{name} is {age}".format(name="Pat", age=31))
print("tab\tseparated".expandtabs(12) + "|")
