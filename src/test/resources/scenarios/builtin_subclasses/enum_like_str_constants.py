# String constants with a description, in a plain class (no enum module).
class Color(str):
    def __new__(cls, value, label):
        obj = str.__new__(cls, value)
        obj.label = label
        return obj

    def __repr__(self):
        return f"Color.{self.label.upper()}"


class Palette:
    RED = Color("#ff0000", "red")
    GREEN = Color("#00ff00", "green")


print(Palette.RED, repr(Palette.GREEN), Palette.RED == "#ff0000", Palette.RED.label)
print(Palette.RED.upper(), Palette.GREEN.lstrip("#"), f"color: {Palette.RED}")
chosen = {"#ff0000": "stop", "#00ff00": "go"}
print(chosen[Palette.RED], chosen[Palette.GREEN], Palette.RED in chosen)
print(sorted([Palette.RED, Palette.GREEN]), [c.label for c in (Palette.RED, Palette.GREEN)])
