# A call result that is not bound to any name is freed right after the expression statement.
class T:
    def __del__(self):
        print("freed")
def make():
    return T()
make()
print("next statement")
