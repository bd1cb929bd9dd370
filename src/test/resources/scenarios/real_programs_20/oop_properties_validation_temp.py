class Celsius:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, degrees=0.0):
        self.degrees = degrees

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"degrees must be a number, not {type(value).__name__}")
        if value < self.ABSOLUTE_ZERO:
            raise ValueError(f"{value} is below absolute zero")
        self._degrees = float(value)

    @degrees.deleter
    def degrees(self):
        print("  (resetting to zero)")
        self._degrees = 0.0

    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.degrees = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._degrees - self.ABSOLUTE_ZERO

    def __repr__(self):
        return f"Celsius({self._degrees:.2f})"


class Account:
    def __init__(self, owner, pin):
        self.owner = owner
        self.pin = pin
        self._balance = 0

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, name):
        name = name.strip()
        if not name:
            raise ValueError("owner must not be blank")
        self._owner = name.title()

    @property
    def pin(self):
        raise AttributeError("the PIN is write-only")

    @pin.setter
    def pin(self, value):
        if not (isinstance(value, str) and len(value) == 4 and value.isdigit()):
            raise ValueError("PIN must be four digits")
        self._pin_hash = sum(ord(ch) * (i + 1) for i, ch in enumerate(value))

    @property
    def balance(self):
        return self._balance

    def check_pin(self, attempt):
        return sum(ord(ch) * (i + 1) for i, ch in enumerate(attempt)) == self._pin_hash


t = Celsius(25)
print(t, f"{t.fahrenheit:.1f}F", f"{t.kelvin:.2f}K")
t.fahrenheit = 212
print(t, t.degrees)
del t.degrees
print(t)
for bad in ("hot", -300, True, None):
    try:
        t.degrees = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("property objects:", type(Celsius.degrees).__name__, Celsius.kelvin.fset is None, Celsius.degrees.fdel is not None)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)

acct = Account("  jane doe ", "0420")
print(acct.owner, acct.balance, acct.check_pin("0420"), acct.check_pin("0240"))
for attempt in (lambda: acct.pin, lambda: setattr(acct, "pin", "12a4"), lambda: setattr(acct, "owner", "   "),
                lambda: setattr(acct, "balance", 100)):
    try:
        attempt()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
acct.owner = "mary-ann o'neil"
print(acct.owner, sorted(k for k in vars(acct)))
