# The str.isX predicates, including empty strings and mixed text.
for s in ["123", "12a", "abc", "ABC", "Abc Def", "  ", "", "a1", "x_1", "\u00b2"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isdecimal())
