# A class with only __getitem__ is iterable: items 0, 1, 2... until IndexError, which ends the loop quietly.
class Letters:
    def __init__(self, word):
        self.word = word

    def __getitem__(self, i):
        print("getitem", i)
        return self.word[i]

for ch in Letters("hi"):
    print(ch)
print(list(Letters("abc")))
print("b" in Letters("abc"))
