# Literal patterns: ints, negative numbers, floats, strings, bytes, adjacent strings; == semantics.
def which(v):
    match v:
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" "world":
            return "concatenated"
        case b"raw":
            return "bytes"
        case 10 | 20 | 30:
            return "tens"
        case 1000000:
            return "million"
    return "no match"
for v in [-1, 2.5, "helloworld", b"raw", 20, 1000000, 10**6, 3, "raw"]:
    print(repr(v), which(v))
