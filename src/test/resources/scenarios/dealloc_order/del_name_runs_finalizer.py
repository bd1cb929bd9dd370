# del of the only name runs __del__ immediately, before the next statement.
class T:
    def __del__(self):
        print("freed")
t = T()
print("before del")
del t
print("after del")
