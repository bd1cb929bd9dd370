import gc
import sys

class ListNode:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

def build(vals):
    head = None
    for v in reversed(vals):
        head = ListNode(v, head)
    return head

def to_list(head, limit=20):
    out = []
    while head and len(out) < limit:
        out.append(head.val)
        head = head.next
    return out

def reverse(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev

def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False

h = build([1, 2, 3, 4, 5])
print(to_list(h))
h = reverse(h)
print(to_list(h), has_cycle(h))
tail = h
while tail.next:
    tail = tail.next
tail.next = h.next.next
print(has_cycle(h), to_list(h, 8))
print(sys.getrefcount(h.next.next))
del h, tail
gc.collect()
print("collected:", gc.collect())
h = build(range(3))
h.next.next.next = h
del h
print("cycle of 3 nodes:", gc.collect())
