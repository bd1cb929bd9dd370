class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.deg, spec) + "°C"
    def __round__(self, ndigits=None):
        return Celsius(round(self.deg, ndigits))
    def __int__(self):
        return int(self.deg)
    def __float__(self):
        return float(self.deg)
    def __repr__(self):
        return f"Celsius({self.deg})"

t = Celsius(21.456)
print(f"{t}", f"{t:.1f}", f"{t:.0F}", format(t, "F"))
print(round(t, 1), round(t), int(t), float(t))

class Config(dict):
    def __missing__(self, key):
        return f"<{key} unset>"

cfg = Config(host="localhost")
print(cfg["host"], cfg["port"], len(cfg), cfg.get("port"))

class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "AKQ"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __reversed__(self):
        return iter(self.cards[::-1])
    def __contains__(self, card):
        print("checking", card)
        return card in self.cards

d = Deck()
print(len(d), d[0], d[-1], d[1:3], list(reversed(d))[:2], "QH" in d, bool(Deck()))
