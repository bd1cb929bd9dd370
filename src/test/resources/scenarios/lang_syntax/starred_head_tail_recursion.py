# A recursive sum with head, *tail: each call makes a new, shorter tail list.
def total(values):
    if not values:
        return 0
    head, *tail = values
    return head + total(tail)

print(total([1, 2, 3, 4]))
