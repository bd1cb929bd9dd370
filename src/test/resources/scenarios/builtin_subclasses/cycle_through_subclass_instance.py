# A cycle through the __dict__ of an int subclass instance and through a tuple subclass's items.
import gc


class Node(int):
    pass


class Bag(tuple):
    pass


gc.collect()
n = Node(1)
n.partner = Node(2)
n.partner.partner = n
del n
print(gc.collect())
holder = []
bag = Bag([holder, 5])
holder.append(bag)
del bag, holder
print(gc.collect())
s = Bag([[]])
print(gc.is_tracked(s), gc.collect())
