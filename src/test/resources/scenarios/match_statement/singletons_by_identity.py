# None, True and False match by identity: 1 is not True, 0 is not False, 1.0 == 1 as a literal.
def kind(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case 0:
            return "zero"
        case _:
            return "other"
for v in [True, 1, 1.0, False, 0, 0.0, None, "", []]:
    print(repr(v), kind(v))
