# Defining __eq__ sets __hash__ to None: instances cannot be set members or dict keys.
class Key:
    def __eq__(self, other):
        return True
class Plain:
    pass
s = {Plain()}
print(len(s))
d = {Key(): 1}
