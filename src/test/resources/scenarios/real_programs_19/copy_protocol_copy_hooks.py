# __copy__ and __deepcopy__ let a class decide what copying means. Here a
# Document shares its read-only template but copies its edits.
import copy


class Template:
    def __init__(self, text):
        self.text = text


class Document:
    copies = 0

    def __init__(self, template):
        self.template = template
        self.edits = []

    def __copy__(self):
        Document.copies += 1
        new = Document(self.template)
        new.edits = self.edits
        return new

    def __deepcopy__(self, memo):
        Document.copies += 1
        new = Document(self.template)
        new.edits = copy.deepcopy(self.edits, memo)
        return new


t = Template("Dear {name}")
d = Document(t)
d.edits.append(["greeting", "hi"])
s = copy.copy(d)
deep = copy.deepcopy(d)
print("copies made:", Document.copies)
print("shallow shares edits:", s.edits is d.edits)
print("deep shares template:", deep.template is t)
print("deep has own edits:", deep.edits is not d.edits, deep.edits[0] is not d.edits[0])
deep.edits[0][1] = "hello"
print(d.edits, deep.edits)
both = copy.deepcopy([d, d])
print("memo keeps one copy for two refs:", both[0] is both[1])
print("copies made:", Document.copies)
