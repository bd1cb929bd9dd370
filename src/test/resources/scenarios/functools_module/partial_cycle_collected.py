# a partial stored on the object it is bound to makes a cycle: freed only by gc.collect()
import functools, gc
class Button:
    def __init__(self, name):
        self.name = name
        self.on_click = functools.partial(Button.clicked, self)
    def clicked(self):
        return self.name + " clicked"
    def __del__(self):
        print("button freed", self.name)
gc.collect()
b = Button("ok")
print(b.on_click())
del b
print("collected", gc.collect())
