# Exercism-style space age with a class built from a table, __getattr__ producing on_<planet> methods.
SECONDS_PER_EARTH_YEAR = 31_557_600
RATIOS = {
    "mercury": 0.2408467, "venus": 0.61519726, "earth": 1.0, "mars": 1.8808158,
    "jupiter": 11.862615, "saturn": 29.447498, "uranus": 84.016846, "neptune": 164.79132,
}


class SpaceAge:
    def __init__(self, seconds):
        self.seconds = seconds

    def __getattr__(self, name):
        if name.startswith("on_") and name[3:] in RATIOS:
            ratio = RATIOS[name[3:]]
            return lambda: round(self.seconds / SECONDS_PER_EARTH_YEAR / ratio, 2)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __format__(self, spec):
        planet = spec or "earth"
        return f"{getattr(self, 'on_' + planet)()} {planet} years"


age = SpaceAge(1_000_000_000)
for planet in RATIOS:
    print(f"{planet:>8}: {getattr(age, 'on_' + planet)():>8.2f}")
print(f"{age}", f"{age:mars}", format(age, "neptune"))
print(SpaceAge(2_134_835_688).on_mercury(), SpaceAge(189_839_836).on_venus())
try:
    age.on_pluto()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(age, "on_earth"), hasattr(age, "on_moon"))
