def merge(intervals):
    result = []
    for start, end in sorted(intervals):
        if result and start <= result[-1][1]:
            result[-1][1] = max(result[-1][1], end)
        else:
            result.append([start, end])
    return result


def fmt(minutes):
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


meetings = [(540, 600), (570, 630), (700, 720), (715, 800), (900, 930), (480, 500)]
busy = merge(meetings)
for s, e in busy:
    print(f"busy {fmt(s)}-{fmt(e)} ({e - s} min)")
day_start, day_end = 480, 1020
free = []
cursor = day_start
for s, e in busy:
    if s > cursor:
        free.append((cursor, s))
    cursor = max(cursor, e)
if cursor < day_end:
    free.append((cursor, day_end))
print("free:", ", ".join(f"{fmt(a)}-{fmt(b)}" for a, b in free))
longest = max(free, key=lambda p: p[1] - p[0])
print("longest free slot:", fmt(longest[0]), "for", longest[1] - longest[0], "minutes")
