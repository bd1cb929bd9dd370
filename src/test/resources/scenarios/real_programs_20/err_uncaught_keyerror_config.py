DEFAULTS = {"theme": "light", "font_size": 12}


def load(overrides):
    merged = {**DEFAULTS, **overrides}
    print("merged:", merged)
    return merged


def render(settings):
    return f"{settings['theme']} theme at {settings['font_size']}pt in {settings['font_family']}"


settings = load({"theme": "dark"})
print(render({**settings, "font_family": "serif"}))
print(render(settings))
