# return inside except: finally still runs before the function returns, and the name is unbound.
def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        print("handler")
        return "from handler"
    finally:
        print("finally")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError:
            print("continue from handler", i)
            continue
        finally:
            print("finally", i)
g()
