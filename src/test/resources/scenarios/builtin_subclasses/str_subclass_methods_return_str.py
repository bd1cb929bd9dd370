# str methods on a subclass's instance return plain str objects.
class Tag(str):
    def shout(self):
        return self.upper() + "!"


t = Tag("  hello  ")
parts = [t.strip(), t.upper(), t.replace("l", "L"), t.center(11, "*"), t.title(), t.shout()]
print(parts)
print([type(p).__name__ for p in parts])
print(Tag("abc")[:], type(Tag("abc")[:]).__name__, type(Tag("abc") + "").__name__)
print(",".join([Tag("a"), Tag("b")]), Tag("x,y").split(","), Tag("a-b").partition("-"))
print(Tag("Tea") < Tag("tea"), sorted([Tag("pear"), Tag("apple"), "fig"]))
print(Tag("42").isdigit(), int(Tag("42")) + 1, float(Tag("2.5")))
