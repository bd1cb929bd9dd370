class TimeOfDay:
    MINUTES_PER_DAY = 24 * 60

    def __init__(self, hour=0, minute=0):
        total = (hour * 60 + minute) % self.MINUTES_PER_DAY
        self._minutes = total

    @classmethod
    def parse(cls, text):
        text = text.strip().lower()
        suffix = None
        if text.endswith(("am", "pm")):
            text, suffix = text[:-2].strip(), text[-2:]
        hh, mm = (int(p) for p in text.split(":"))
        if suffix:
            if not 1 <= hh <= 12:
                raise ValueError(f"bad 12-hour clock hour: {hh}")
            hh = hh % 12 + (12 if suffix == "pm" else 0)
        if not (0 <= hh < 24 and 0 <= mm < 60):
            raise ValueError(f"time out of range: {text!r}")
        return cls(hh, mm)

    @property
    def hour(self):
        return self._minutes // 60

    @property
    def minute(self):
        return self._minutes % 60

    def __add__(self, minutes):
        if not isinstance(minutes, int):
            return NotImplemented
        return TimeOfDay(0, self._minutes + minutes)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, TimeOfDay):
            return (self._minutes - other._minutes) % self.MINUTES_PER_DAY
        if isinstance(other, int):
            return self + (-other)
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, TimeOfDay) and self._minutes == other._minutes

    def __lt__(self, other):
        return self._minutes < other._minutes

    def __hash__(self):
        return hash(self._minutes)

    def __repr__(self):
        return f"TimeOfDay({self.hour}, {self.minute})"

    def __str__(self):
        return f"{self.hour:02d}:{self.minute:02d}"

    def __format__(self, spec):
        if spec == "12":
            h = self.hour % 12 or 12
            return f"{h}:{self.minute:02d} {'AM' if self.hour < 12 else 'PM'}"
        return format(str(self), spec)


start = TimeOfDay.parse("9:45")
print(start, repr(start), f"{start:12}", f"[{start:>8}]")
print("plus 30:", start + 30, "| plus 900:", start + 900, "| 75 + t:", 75 + start)
print("minus 600:", start - 600)
late = TimeOfDay.parse("11:05 pm")
early = TimeOfDay.parse("12:10 am")
print(f"{late:12} -> {early:12}: {early - late} minutes")
print("noon:", f"{TimeOfDay.parse('12:00 PM'):12}", "midnight:", TimeOfDay.parse("12:00 am"))
times = [TimeOfDay.parse(t) for t in ["17:30", "08:15", "12:00", "08:15", "23:59"]]
print("sorted:", [str(t) for t in sorted(times)])
print("distinct:", len(set(times)), "latest:", max(times), "earliest:", min(times))
schedule = [("standup", "9:00", 15), ("review", "10:30", 45), ("lunch", "12:15", 60), ("retro", "16:40", 90)]
print(f"{'event':<8}{'start':>7}{'end':>7}")
for name, when, length in schedule:
    t = TimeOfDay.parse(when)
    print(f"{name:<8}{t!s:>7}{t + length!s:>7}")
for bad in ["25:00", "13:00 pm", "7:60"]:
    try:
        TimeOfDay.parse(bad)
    except ValueError as e:
        print("ValueError:", e)
