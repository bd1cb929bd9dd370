# Values asdict() does not recurse into are deep-copied: a set or a plain object becomes a new one.
import sys
from dataclasses import dataclass, asdict

class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Tag(%r)" % self.name

@dataclass
class Post:
    title: str
    tags: set
    author: Tag
    scores: list

shared = [1, 2]
post = Post("hi", {"a", "b"}, Tag("ann"), [shared, shared])
d = asdict(post)
print(d["title"], sorted(d["tags"]), d["author"], d["scores"])
print(d["tags"] is post.tags, d["author"] is post.author, d["author"].name is post.author.name)
print(d["scores"][0] is d["scores"][1], d["scores"][0] is shared)
print(sys.getrefcount(shared), sys.getrefcount(post.author), sys.getrefcount(d["author"]))
try:
    asdict(Post)
except TypeError as e:
    print(e)
try:
    asdict({"title": 1})
except TypeError as e:
    print(e)
