# An invalid literal for the base is a ValueError naming the text.
print(int("12"))
print(int("12a"))
