# __class__ of builtin values names their type
print((5).__class__, "a".__class__, [].__class__.__name__, None.__class__.__name__)
print(True.__class__ is bool, (1.5).__class__ is float)
