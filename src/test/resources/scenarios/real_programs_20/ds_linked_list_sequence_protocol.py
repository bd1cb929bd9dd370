class LinkedList:
    """A singly linked list whose cells are two-slot objects made on demand."""

    class Cell:
        __slots__ = ("value", "next")

    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        self.extend(iterable)

    @classmethod
    def _cell(cls, value, following=None):
        cell = cls.Cell()
        cell.value, cell.next = value, following
        return cell

    def extend(self, iterable):
        values = list(iterable)
        chain = None
        for v in reversed(values):
            chain = self._cell(v, chain)
        if self.head is None:
            self.head = chain
        else:
            self._node_at(self.size - 1).next = chain
        self.size += len(values)

    def __len__(self):
        return self.size

    def _cells(self):
        cell = self.head
        while cell is not None:
            yield cell
            cell = cell.next

    def __iter__(self):
        return (cell.value for cell in self._cells())

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __str__(self):
        return " -> ".join(map(str, self)) + " -> None"

    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        for position, cell in enumerate(self._cells()):
            if position == index:
                return cell

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __delitem__(self, index):
        if index < 0:
            index += self.size
        if index == 0 and self.head:
            self.head = self.head.next
        else:
            prev = self._node_at(index - 1)
            if prev.next is None:
                raise IndexError("linked list index out of range")
            prev.next = prev.next.next
        self.size -= 1

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __reversed__(self):
        return reversed(list(self))

    def push(self, value):
        self.head = self._cell(value, self.head)
        self.size += 1

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


ll = LinkedList("abcde")
print(ll, len(ll), repr(ll))
print(ll[0], ll[-1], ll[1:4], ll[::2], "c" in ll, "z" in ll)
ll[2] = "C"
del ll[0]
del ll[-1]
print(ll, len(ll), list(reversed(ll)))
ll.push("start")
ll.reverse()
print(ll, "middle:", ll.middle(), LinkedList(range(6)).middle())
print(ll + LinkedList([1, 2]), LinkedList([1, 2]) == LinkedList((1, 2)), LinkedList() == LinkedList([]))
print("enumerate:", list(enumerate(ll)), "sorted:", sorted(ll, key=str.lower), "max:", max(LinkedList([3, 9, 2])))
for bad in (lambda: ll[10], lambda: ll.__delitem__(7), lambda: LinkedList()[0]):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
print(bool(LinkedList()), bool(ll), str(LinkedList()))
