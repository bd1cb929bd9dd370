# A with statement over an object without __enter__ or __exit__ raises TypeError before the body.
class OnlyEnter:
    def __enter__(self):
        print("not called")
class Nothing:
    pass
for m in (Nothing(), OnlyEnter()):
    try:
        with m:
            print("body never runs")
    except TypeError as e:
        print(e)
