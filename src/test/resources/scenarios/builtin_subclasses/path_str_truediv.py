# A path-like string with a / operator, as pathlib does.
class PurePath(str):
    def __truediv__(self, other):
        return PurePath(self.rstrip("/") + "/" + str(other).lstrip("/"))

    @property
    def name(self):
        return self.rsplit("/", 1)[-1]

    @property
    def parent(self):
        return PurePath(self.rsplit("/", 1)[0] or "/")


home = PurePath("/home/ada")
doc = home / "docs" / "notes.txt"
print(doc, doc.name, doc.parent, type(doc).__name__, type(doc.name).__name__)
print(doc.endswith(".txt"), doc.upper(), len(doc), doc.parent.parent)
print([str(home / d) for d in ("a", "/b", "c/")])
