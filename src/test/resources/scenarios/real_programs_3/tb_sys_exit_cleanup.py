import sys
import weakref

class Session:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("session closed:", self.name)

def log_exit(tag):
    print("atexit finalizer:", tag)

keeper = Session("global")
weakref.finalize(keeper, log_exit, "global")

def run():
    local = Session("local")
    print("working with", local.name)
    sys.exit(0)

try:
    run()
finally:
    print("finally runs before exit")
