# del of one of two names does not free the object; the second del does.
class T:
    def __del__(self):
        print("freed")
a = T()
b = a
del a
print("a deleted")
del b
print("b deleted")
