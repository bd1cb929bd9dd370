# chr and ord convert characters; hex, bin and oct write prefixed digits.
print(chr(65), chr(955), ord("a"), ord("\u00e9"))
print(hex(255).upper(), hex(-255).upper(), bin(10), bin(-3), oct(64), hex(0).upper(), len(hex(4096)))
