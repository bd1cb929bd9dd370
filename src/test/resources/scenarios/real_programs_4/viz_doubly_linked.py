import sys

class Track:
    def __init__(self, title):
        self.title = title
        self.before = self.after = self

    def __repr__(self):
        return f"Track({self.title!r})"

class Playlist:
    """A ring of tracks around a sentinel: no None checks at the ends."""
    def __init__(self):
        self.anchor = Track("<anchor>")
        self.count = 0

    def push(self, title, front=False):
        t = Track(title)
        left = self.anchor if front else self.anchor.before
        right = left.after
        t.before, t.after = left, right
        left.after = right.before = t
        self.count += 1
        return t

    def unlink(self, t):
        t.before.after, t.after.before = t.after, t.before
        t.before = t.after = t
        self.count -= 1

    def titles(self, backwards=False):
        step = (lambda n: n.before) if backwards else (lambda n: n.after)
        node, out = step(self.anchor), []
        while node is not self.anchor:
            out.append(node.title)
            node = step(node)
        return out

pl = Playlist()
tracks = [pl.push(t) for t in ("intro", "verse", "chorus", "outro")]
pl.push("cold open", front=True)
print(pl.titles(), pl.count)
print(pl.titles(backwards=True))
chorus = tracks[2]
print("refs to chorus:", sys.getrefcount(chorus))
pl.unlink(chorus)
print("unlinked:", sys.getrefcount(chorus), chorus.after is chorus)
print(" -> ".join(pl.titles()))
pl.unlink(pl.anchor.after)
pl.unlink(pl.anchor.before)
print(pl.titles(), pl.count, pl.anchor.after)
