# When the last reference to a group goes, its exceptions die with it (each in turn frees its own attributes)
class Tracked(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
    def __del__(self):
        print("freed", self.name)

eg = ExceptionGroup("g", [Tracked("first"), Tracked("second")])
part = eg.subgroup(lambda e: isinstance(e, Tracked) and e.name == "second")
print("dropping the group")
del eg
print("dropping the part")
del part
print("end")
