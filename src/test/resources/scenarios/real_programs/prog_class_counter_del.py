# class-level instance tracking with __del__
class Tracked:
    live = 0
    def __init__(self, tag):
        self.tag = tag
        Tracked.live += 1
        print(f"+ {tag} (live={Tracked.live})")
    def __del__(self):
        Tracked.live -= 1
        print(f"- {self.tag} (live={Tracked.live})")

def scope():
    t = Tracked("local")
    return None

scope()
objs = [Tracked(c) for c in "abc"]
objs.reverse()
del objs[0]
objs.clear()
keep = Tracked("keep")
d = {"k": Tracked("in-dict")}
d["k"] = keep
print("end of program")
