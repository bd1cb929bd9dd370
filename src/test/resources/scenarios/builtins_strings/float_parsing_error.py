# A string that is no float is a ValueError.
print(float("2.5"))
print(float("2.5.1"))
