# expandtabs counts columns from the last newline.
print(repr("a\tbc\td".expandtabs()))
print(repr("a\tbc\td".expandtabs(4)))
print(repr("ab\n\tc".expandtabs(3)))
