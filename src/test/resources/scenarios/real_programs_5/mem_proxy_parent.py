import weakref

class Folder:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.proxy(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def path(self):
        if self.parent is None:
            return "/" + self.name
        return self.parent.path() + "/" + self.name

    def __del__(self):
        print(f"folder {self.name} deleted")


root = Folder("home")
user = Folder("ana", root)
docs = Folder("docs", user)
pics = Folder("pics", user)
print(docs.path(), pics.path())
print(docs.parent.name, len(docs.parent.children))
print("proxy type:", type(docs.parent).__name__)
print(weakref.getweakrefcount(user))
orphan = docs
del root, user, pics, docs
print("root gone; orphan keeps", orphan.name)
try:
    print(orphan.path())
except ReferenceError as e:
    print("ReferenceError:", e)
