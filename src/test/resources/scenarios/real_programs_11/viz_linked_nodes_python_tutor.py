class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

# build 1 -> 2 -> 3 the way Python Tutor shows it
third = Node(3)
second = Node(2, third)
first = Node(1, second)
cur = first
while cur is not None:
    print(cur.val, end=" -> " if cur.next else "\n")
    cur = cur.next

second.next = None
print("after cutting second.next:", first.next.next)
first.next = third
print("skipping second:", first.val, first.next.val)
print("second still exists because the name holds it:", second.val)
nodes = [first, second, third]
print([n.val for n in nodes], [n.next.val if n.next else None for n in nodes])
