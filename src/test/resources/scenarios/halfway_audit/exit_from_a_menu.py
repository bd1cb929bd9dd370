# A menu loop that ends the program with exit(); cleanup runs in finally and __del__.
import gc


class Session:
    def __init__(self, user):
        self.user = user

    def __del__(self):
        print("session of", self.user, "closed")


def menu(choices):
    session = Session("ada")
    try:
        for choice in choices:
            if choice == "q":
                exit("bye")
            print("doing", choice)
    finally:
        print("leaving the menu")


try:
    quit()
except SystemExit as e:
    print("quit() raised", repr(e), e.code, e.args)
try:
    exit(3)
except SystemExit as e:
    print("exit(3) raised", e.code)
try:
    exit(1, 2)
except TypeError as e:
    print(e)
print(gc.collect())
menu(["a", "b", "q", "c"])
print("never printed")
