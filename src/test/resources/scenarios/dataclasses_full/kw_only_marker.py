# Fields after `_: KW_ONLY` are keyword-only; the ones before stay positional.
import gc
import sys
from dataclasses import dataclass, field, KW_ONLY

@dataclass
class Job:
    name: str
    priority: int = 0
    _: KW_ONLY
    retries: int = 3
    tags: list = field(default_factory=list)
    owner: str

j = Job("build", 2, owner="ann")
print(j)
print(Job("test", owner="bob", retries=1), Job.__match_args__)
try:
    Job("x", 1, 5)
except TypeError as e:
    print(e)
jobs = [Job("j%d" % i, owner="cat") for i in range(3)]
jobs[0].tags.append("first")
print([j.tags for j in jobs], jobs[1].tags is jobs[2].tags)
print(sys.getrefcount(jobs[0].tags), gc.is_tracked(jobs[0]))
