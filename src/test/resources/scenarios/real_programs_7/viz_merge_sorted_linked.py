from functools import reduce

class Node:
    __slots__ = ("val", "next")

    def __init__(self, val, next=None):
        self.val, self.next = val, next

def build(values):
    return reduce(lambda head, v: Node(v, head), reversed(values), None)

def to_list(node):
    out = []
    while node:
        out.append(node.val)
        node = node.next
    return out

def merge(a, b):
    dummy = tail = Node(None)
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next

left = build([1, 4, 7, 10])
right = build([2, 3, 8])
first_right = right
merged = merge(left, right)
print(to_list(merged))
print("head reused:", merged is left, "node 2 reused:", merged.next is first_right)
print(to_list(left), to_list(right))
