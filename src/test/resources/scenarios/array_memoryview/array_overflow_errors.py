import array

def try_make(code, value):
    try:
        array.array(code, [value])
        print(code, value, "ok")
    except (OverflowError, TypeError) as e:
        print(code, value, type(e).__name__, e)

try_make('b', 127)
try_make('b', 128)
try_make('b', -129)
try_make('B', 256)
try_make('B', -1)
try_make('h', 40000)
try_make('H', -5)
try_make('i', 2 ** 31)
try_make('I', -1)
try_make('q', 2 ** 63)
try_make('Q', -1)
try_make('i', 1.5)
try_make('i', "7")
try_make('d', "7")
try_make('d', True)
