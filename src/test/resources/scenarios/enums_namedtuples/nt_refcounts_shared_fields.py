import sys
import gc
from typing import NamedTuple


class Tag:
    def __init__(self, name):
        self.name = name


class Post(NamedTuple):
    title: str
    tags: list
    pinned: bool = False


python = Tag("python")
memory = Tag("memory")
print(sys.getrefcount(python))
posts = [Post("gc", [python, memory]), Post("refs", [python], True)]
print(sys.getrefcount(python), sys.getrefcount(posts[0].tags), sys.getrefcount(Post))
alias = posts[0]
print(sys.getrefcount(alias), alias is posts[0], alias.tags is posts[0].tags)
alias.tags.append(Tag("new"))
print(len(posts[0].tags), [t.name for t in posts[0].tags])
copy = posts[0]._replace(pinned=True)
print(copy.tags is alias.tags, sys.getrefcount(alias.tags), copy.pinned)
print(gc.is_tracked(posts[1]), len(gc.get_referents(posts[1])))
del posts, alias, copy
print(sys.getrefcount(python), gc.collect())
