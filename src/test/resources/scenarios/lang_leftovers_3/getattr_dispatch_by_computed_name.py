# A command dispatcher looks methods up by a computed name (getattr with a
# default, hasattr); the checker holds each name the program spells in a str
# literal to the rules of a spelled-out attribute, so this runs exactly.
import sys


class Calculator:
    def __init__(self):
        self.stack = []

    def do_push(self, value):
        self.stack.append(value)

    def do_add(self):
        self.stack.append(self.stack.pop() + self.stack.pop())

    def do_show(self):
        print("stack:", self.stack)


calc = Calculator()
script = [("push", 2), ("push", 40), ("add",), ("show",), ("mul",)]
for command, *args in script:
    handler = getattr(calc, "do_" + command, None)
    if handler is None:
        print("unknown command:", command)
        continue
    print(command, sys.getrefcount(handler), sys.getrefcount(calc))
    handler(*args)
    del handler

for attr in ["stack", "missing"]:
    print(attr, hasattr(calc, attr), getattr(calc, attr, "-"))
print(sys.getrefcount(calc))
