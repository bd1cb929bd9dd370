class Distance:
    FACTORS = {"m": 1.0, "km": 1000.0, "ft": 0.3048, "mi": 1609.344}

    def __init__(self, meters=0.0):
        self.meters = meters

    @property
    def meters(self):
        return self._m

    @meters.setter
    def meters(self, value):
        if value < 0:
            raise ValueError(f"a distance cannot be negative: {value}")
        self._m = float(value)

    @property
    def miles(self):
        return self._m / self.FACTORS["mi"]

    @miles.setter
    def miles(self, value):
        self.meters = value * self.FACTORS["mi"]

    @property
    def feet(self):
        return self._m / self.FACTORS["ft"]

    def __format__(self, spec):
        unit = next((u for u in ("km", "mi", "ft", "m") if spec.endswith(u)), "m")
        num = spec[: len(spec) - len(unit)] if spec.endswith(unit) else spec
        return f"{self._m / self.FACTORS[unit]:{num}} {unit}"

run = Distance(5000)
print(f"{run:.1fkm} | {run:.2fmi} | {run:,.0fft} | {run:.0fm}")
run.miles = 26.2
print(f"{run:.3fkm}", round(run.feet))
try:
    run.meters = -1
except ValueError as e:
    print("ValueError:", e)
try:
    run.feet = 10
except AttributeError as e:
    print("AttributeError:", e)
for km in (1, 5, 10, 21.1, 42.2):
    d = Distance(km * 1000)
    print(f"{km:>5} km = {d.miles:6.2f} mi")
