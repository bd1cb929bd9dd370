# input() with no standard input raises EOFError after printing its prompt.
print("before")
name = input("Name? ")
