class Box:
    def __init__(self, content):
        self.content = content

    def __repr__(self):
        return f"Box({self.content!r})"

b1 = Box([1])
b2 = b1
b3 = Box([1])
print(b1 == b3, b1 is b3, b1 is b2)
b2.content.append(2)
print(b1, b3)
boxes = [b1, b3]
copy_of_boxes = boxes.copy()
copy_of_boxes[0].content.append(3)
print(boxes)
copy_of_boxes[1] = Box("other")
print(boxes, copy_of_boxes)
print([type(b).__name__ for b in copy_of_boxes])
ids_equal = [id(a) == id(b) for a, b in zip(boxes, copy_of_boxes)]
print(ids_equal)
