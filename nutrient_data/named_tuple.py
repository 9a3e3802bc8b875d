"""``NamedTuple`` for the modules a quick command imports, without ``typing``.

Importing ``typing`` costs a quick command about 4 ms, a third of the time it
may take. Type checkers see ``typing.NamedTuple`` itself. At run time this
builds the same class as ``typing.NamedTuple`` does, with
``collections.namedtuple``: fields in the order of their annotations (which are
kept, not evaluated), defaults from the values given, and the methods and the
docstring of the class body.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    from collections import namedtuple

    _NOT_COPIED = frozenset({"__module__", "__annotations__"})

    class _NamedTupleType(type):
        def __new__(mcs, name, bases, namespace):
            if not bases:  # the base class below
                return super().__new__(mcs, name, bases, namespace)
            if bases != (NamedTuple,):
                raise TypeError(f"{name}: a named tuple can only inherit NamedTuple")
            annotations = namespace.get("__annotations__", {})
            defaults = [namespace[field] for field in annotations if field in namespace]
            fields = list(annotations)
            first_default = len(fields) - len(defaults)
            if any(field in namespace for field in fields[:first_default]):
                raise TypeError(f"{name}: a field without a default follows one with")
            made = namedtuple(
                name, fields, defaults=defaults, module=namespace["__module__"]
            )
            made.__annotations__ = dict(annotations)
            for key, value in namespace.items():
                if key not in _NOT_COPIED and key not in annotations:
                    setattr(made, key, value)
            return made

    class NamedTuple(metaclass=_NamedTupleType):
        """Base of a named tuple: ``class Point(NamedTuple): x: int``."""


__all__ = ["NamedTuple"]
