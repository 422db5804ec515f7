"""The base of the value types whose constructor checks or converts what it is given.

Plain records are `typing.NamedTuple`s. A type that validates its fields (an
Interval's ends must be ordered, and become Fractions), or that a subclass extends,
derives from `Value`: it names its fields in `__slots__`, takes its public fields
(those not starting with "_": the rest are derived from them) as keywords in
`__init__`, sets them with `_set`, and gets equality, hashing, `repr`, `_replace`,
pickling and immutability over its public fields.

Neither uses `dataclasses`: generating each class's methods cost 0.6 ms, and the
module's import 8 ms, at every start of `check` (39 classes: a fifth of its run).
"""

from __future__ import annotations

from functools import cache


class Value:
    """Immutable, compared and hashed by its public fields but those in `_uncompared`."""

    __slots__ = ()
    _uncompared: frozenset[str] = frozenset()  # public fields that equality and hashing ignore

    def _set(self, **fields: object) -> None:
        """Set fields from `__init__` (the only place they may be set)."""
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    @classmethod
    @cache
    def _public(cls) -> tuple[str, ...]:
        """The public fields, a base class's first."""
        slots = (name for klass in reversed(cls.__mro__) for name in klass.__dict__.get("__slots__", ()))
        return tuple(name for name in slots if not name.startswith("_"))

    @classmethod
    @cache
    def _compared_fields(cls) -> tuple[str, ...]:
        return tuple(name for name in cls._public() if name not in cls._uncompared)

    def _values(self, names: tuple[str, ...]) -> tuple:
        return tuple(getattr(self, name) for name in names)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        names = self._compared_fields()
        return self._values(names) == other._values(names)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values(self._compared_fields()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._public())
        return f"{type(self).__name__}({fields})"

    def _fields(self) -> dict[str, object]:
        return dict(zip(self._public(), self._values(self._public())))

    def _replace(self, **changes: object):  # noqa: ANN202 - the same type as self
        """A copy with `changes`, built (and so checked) by the constructor."""
        return type(self)(**{**self._fields(), **changes})

    def __reduce__(self) -> tuple:
        return _rebuild, (type(self), self._fields())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot assign to {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")


def _rebuild(kind: type[Value], fields: dict[str, object]) -> Value:
    """Unpickle: build the value again through its constructor."""
    return kind(**fields)
