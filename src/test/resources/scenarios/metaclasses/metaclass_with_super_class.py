class Meta(type):
    def registry_name(cls):
        return "app." + cls.__name__
class Model(metaclass=Meta):
    def save(self):
        return "saved " + type(self).registry_name()
class Article(Model):
    def save(self):
        return super().save() + "!"
print(Article().save())
print(Model().save())
