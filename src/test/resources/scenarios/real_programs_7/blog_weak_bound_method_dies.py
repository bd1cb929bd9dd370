import weakref

class Button:
    clicks = 0

    def __init__(self, label):
        self.label, self.enabled = label, True

    def click(self):
        Button.clicks += 1
        return f"{self.label} clicked" if self.enabled else "disabled"

btn = Button("OK")
r = weakref.ref(btn.click)
print("weakref to bound method alive?", r() is not None)
m = btn.click
r2 = weakref.ref(m)
print("while we hold it:", r2() is not None, r2()())
del m
print("after del:", r2())
wm = weakref.WeakMethod(btn.click)
print("WeakMethod:", wm()())
del btn
print("after button dies:", wm())
print(btn_click_same := Button("x").click == Button("x").click)
