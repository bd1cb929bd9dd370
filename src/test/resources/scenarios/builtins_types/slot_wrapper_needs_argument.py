# a slot wrapper called with nothing
try:
    int.__add__()
except TypeError as e:
    print(e)
try:
    (5).bit_length(1)
except TypeError as e:
    print(e)
print((5).bit_length(), (-8).bit_length(), (255).bit_count(), True.bit_length())
