# Argument errors name the method by its qualified name (co_qualname), as 3.11 does.
class B:
    def __init__(self, v):
        self.v = v
print("making")
B()
