# When no case matches nothing runs and the subject is released; a pattern that fails part-way binds none of its names.
class Thing:
    def __del__(self):
        print("Thing freed")
match Thing():
    case 1:
        print("one")
    case [a]:
        print("list")
print("after match")
match [1, 2]:
    case [first, 3]:
        print("no")
try:
    print(first)
except NameError as e:
    print("a failed pattern binds nothing:", e)
