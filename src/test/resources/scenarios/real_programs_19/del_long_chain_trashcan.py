# Freeing a long linked chain releases every node in order, head first,
# without recursion problems.
import sys


class Link:
    freed = 0
    order = []

    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt

    def __del__(self):
        Link.freed += 1
        if self.n % 250 == 0:
            Link.order.append(self.n)


head = None
for i in range(1000):
    head = Link(i, head)
print("head is", head.n)
print("refcount of second node:", sys.getrefcount(head.nxt) - 1)
del head
print("freed:", Link.freed)
print("milestones:", Link.order)
