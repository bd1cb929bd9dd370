# Objects freed before the failing line have already printed their __del__ output.
class T:
    def __del__(self):
        print("freed")
t = T()
del t
print("about to fail")
print([][0])
