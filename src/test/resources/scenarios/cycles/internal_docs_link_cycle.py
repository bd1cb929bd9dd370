# The InternalDocs example: link_1..link_3 form a cycle reachable from A; link_4 refers only to itself.
import gc
gc.collect()
class Link:
    def __init__(self, next_link=None):
        self.next_link = next_link
link_3 = Link()
link_2 = Link(link_3)
link_1 = Link(link_2)
link_3.next_link = link_1
A = link_1
del link_1, link_2, link_3
link_4 = Link()
link_4.next_link = link_4
del link_4
print("collected", gc.collect())
print(A.next_link.next_link.next_link is A)
del A
print("after dropping A", gc.collect())
