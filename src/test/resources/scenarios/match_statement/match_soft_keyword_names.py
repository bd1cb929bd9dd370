# match and case stay ordinary names: variables, functions and attributes called match or case work next to a match statement.
match = [1, 2]
case = {"a": 1}
def match_all(case):
    return case * 2
print(match, case, match_all(3))
match[0] = 9
match match:
    case [9, second]:
        print("second", second)
match case:
    case {"a": case}:
        print("case is now", case)
print(match, case)
