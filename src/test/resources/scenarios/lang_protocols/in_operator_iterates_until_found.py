# Without __contains__, `in` iterates and stops at the first equal item (later items are never produced).
class Noisy:
    def __iter__(self):
        for i in range(5):
            print("produce", i)
            yield i

print(2 in Noisy())
print(9 in Noisy())

class WithContains(Noisy):
    def __contains__(self, item):
        print("contains", item)
        return item == 3

print(3 in WithContains(), 4 not in WithContains())
