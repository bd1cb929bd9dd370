# The worked example of CPython's InternalDocs/garbage_collector.md: link_1..link_3 stay reachable through A, link_4's self-cycle is garbage.
import gc
import sys

class Link:
    def __init__(self, next_link=None):
        self.next_link = next_link

gc.collect()
link_3 = Link()
link_2 = Link(link_3)
link_1 = Link(link_2)
link_3.next_link = link_1
A = link_1
del link_1, link_2, link_3
link_4 = Link()
link_4.next_link = link_4
del link_4
print("refcount of A", sys.getrefcount(A))
print("collected", gc.collect())
print("A still there", A.next_link.next_link.next_link is A)
del A
print("collected", gc.collect())
