# stacked class decorators are evaluated top-down and applied bottom-up, each receiving what the one below returned
def tag(name):
    print("make", name)
    def deco(cls):
        print("apply", name)
        cls.tags = getattr(cls, "tags", ()) + (name,)
        return cls
    return deco
@tag("outer")
@tag("inner")
class Item:
    pass
print(Item.tags)
