# The What's New in 3.11 example: each except* clause gets the matching part of the group, in order
def run():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3), OSError(4)])
    except* TypeError as e:
        print(f"caught {type(e)} with nested {e.exceptions}")
    except* OSError as e:
        print(f"caught {type(e)} with nested {e.exceptions}")

print("handlers ran; ValueError(1) is left over")
run()
