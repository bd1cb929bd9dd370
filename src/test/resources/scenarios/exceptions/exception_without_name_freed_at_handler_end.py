# Without `as`, the exception (and the locals its traceback holds) is freed when the handler ends.
class Item:
    def __del__(self):
        print("item freed")
def fail():
    it = Item()
    raise ValueError()
try:
    fail()
except ValueError:
    print("in handler, item alive")
print("after handler")
