"""Safe YAML loading that keeps the position of every node and refuses duplicate keys.

Only PyYAML's safe loaders are used (the C one when available). A document is composed into nodes,
checked for duplicate mapping keys, and then constructed; the caller gets plain Python values plus a
`Positions` table mapping each value's path (a tuple of keys and list indexes) to its line:column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from claimcheck.errors import ClaimcheckError, RegistryError
from claimcheck.models import Location

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PathKey = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class LoadedYaml:
    """A parsed YAML document: its value and the 1-based position of each node by path."""

    path: str
    value: Any
    positions: dict[PathKey, tuple[int, int]]
    key_positions: dict[PathKey, tuple[int, int]]

    def at(self, key: PathKey, *, of_key: bool = False) -> Location:
        """The location of the node at `key` (or of the mapping key itself), else its nearest
        ancestor's."""
        table = self.key_positions if of_key else self.positions
        probe = key
        while True:
            found = table.get(probe) or self.positions.get(probe)
            if found is not None:
                return Location(self.path, found[0], found[1])
            if not probe:
                return Location(self.path)
            probe = probe[:-1]


def parse_yaml(text: str, path: str, *, error: type[ClaimcheckError] = RegistryError) -> LoadedYaml:
    """Parse one YAML document safely. Syntax errors and duplicate keys raise `error` with the
    file, line and column."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return LoadedYaml(path, None, {}, {})
        positions: dict[PathKey, tuple[int, int]] = {}
        key_positions: dict[PathKey, tuple[int, int]] = {}
        _index(node, (), positions, key_positions, path, error)
        value = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if mark is None:
            raise error(f"invalid YAML: {problem}", Location(path)) from None
        raise error(
            f"invalid YAML: {problem}", Location(path, mark.line + 1, mark.column + 1)
        ) from None
    except yaml.YAMLError as exc:
        raise error(f"invalid YAML: {exc}", Location(path)) from None
    except RecursionError:
        raise error("invalid YAML: nested too deeply", Location(path)) from None
    finally:
        loader.dispose()
    return LoadedYaml(path, value, positions, key_positions)


def _index(
    node: yaml.Node,
    key: PathKey,
    positions: dict[PathKey, tuple[int, int]],
    key_positions: dict[PathKey, tuple[int, int]],
    path: str,
    error: type[ClaimcheckError],
) -> None:
    positions[key] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            line = key_node.start_mark.line + 1
            if name in seen:
                raise error(
                    f"duplicate key {name!r} (first defined on line {seen[name]})",
                    Location(path, line, key_node.start_mark.column + 1),
                )
            seen[name] = line
            child = (*key, name)
            key_positions[child] = (line, key_node.start_mark.column + 1)
            _index(value_node, child, positions, key_positions, path, error)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*key, i), positions, key_positions, path, error)
