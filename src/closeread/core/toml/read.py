"""Reading one TOML file of a pack: size cap, UTF-8, syntax, and its JSON Schema.

Every failure becomes a ``Problem`` with the file and, wherever it can be known, the line
and column, so ``closeread check`` prints what an editor can jump to.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import jsonschema

from closeread.core.files.paths import bundled_dir
from closeread.core.files.problems import ProblemList
from closeread.core.toml.positions import Path, Position, locate, position_of
from closeread.core.toml.shape import shape_problem

MAX_TOML_BYTES = 2 * 1024 * 1024
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)|\(at end of document\)")
_UNEXPECTED = re.compile(r"\((.*) (?:was|were) unexpected\)")
_UNCLOSED = (
    "the text in quotes is not closed before the end of the line "
    '(for text on several lines, use three quotes: """...""")'
)
_PLAIN_TOML_ERRORS = {
    "Illegal character '\\n'": _UNCLOSED,
    "Found invalid character '\\n'": _UNCLOSED,
}


@dataclass(frozen=True)
class TomlFile:
    """A parsed file and where each of its keys stands."""

    shown_path: str
    data: dict[str, Any]
    text: str

    @functools.cached_property
    def positions(self) -> dict[Path, Position]:
        """Found on first use: a file with no problems never needs them."""
        return locate(self.text)

    def at(self, *path: str | int) -> Position:
        return position_of(self.positions, path)


def parse_toml(shown_path: str, raw: bytes, problems: ProblemList) -> TomlFile | None:
    """Decode and parse ``raw``; on failure add the problem and return None."""
    if len(raw) > MAX_TOML_BYTES:
        problems.error(shown_path, f"the file is larger than {MAX_TOML_BYTES:,} bytes")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.error(
            shown_path, "the file is not valid UTF-8 text", *utf8_error_position(raw, error)
        )
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    shape = shape_problem(text)
    if shape is not None:
        problems.error(shown_path, shape.message, shape.line, shape.column)
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message, line, column = _split_toml_error(_unclosed_literal(str(error), text), text)
        problems.error(shown_path, f"TOML syntax: {message}", line, column)
        return None
    return TomlFile(shown_path, data, text)


def utf8_error_position(raw: bytes, error: UnicodeDecodeError) -> Position:
    """The line and column (in characters, as editors count them) of the first bad byte."""
    line_start = raw.rfind(b"\n", 0, error.start) + 1
    column = len(raw[line_start : error.start].decode("utf-8", errors="replace")) + 1
    return raw.count(b"\n", 0, error.start) + 1, column


def _unclosed_literal(message: str, text: str) -> str:
    """tomllib reports a 'string' never closed at the end of the file; find its line.

    With one more quote at the end, tomllib stops at the first line break inside the
    string instead, which is where the teacher forgot the closing quote."""
    if not message.startswith('Expected "\'" (at end of document)'):
        return message
    try:
        tomllib.loads(text + "'")
    except tomllib.TOMLDecodeError as error:
        if str(error).startswith("Found invalid character '\\n'"):
            return str(error)
    return message


def _split_toml_error(message: str, text: str) -> tuple[str, int, int]:
    match = _TOML_POSITION.search(message)
    bare = _TOML_POSITION.sub("", message).strip()
    bare = _PLAIN_TOML_ERRORS.get(bare, bare)
    bare = bare[0].lower() + bare[1:] if bare else bare
    if match is None:
        return bare, 1, 1
    if match.group(1):
        return bare, int(match.group(1)), int(match.group(2))
    lines = text.split("\n")
    return bare, len(lines), len(lines[-1]) + 1


@functools.cache
def _validator(schema_name: str) -> jsonschema.Draft202012Validator:
    import jsonschema  # on first use: about 45 ms that a start from the pack cache never needs

    schema_path = bundled_dir("resources") / "schema" / schema_name
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    inlined = {**_inline_references(schema, schema.get("$defs", {})), "$defs": schema["$defs"]}
    return jsonschema.Draft202012Validator(inlined)


def _schema(schema_name: str) -> Mapping[str, Any]:
    # _validator builds its schema from a JSON object, never a boolean schema.
    return cast("Mapping[str, Any]", _validator(schema_name).schema)


_ANNOTATIONS = {"description", "default", "title"}


def _inline_references(node: Any, definitions: dict[str, Any]) -> Any:
    """The schema with each local ``$ref`` replaced by what it names.

    Resolving references is most of jsonschema's time on a large lesson file; the
    schemas have no recursive references, so they can be resolved once, here."""
    if isinstance(node, list):
        return [_inline_references(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = _inline_references(definitions[node["$ref"].rsplit("/", 1)[-1]], definitions)
        rest = {key: value for key, value in node.items() if key not in _ANNOTATIONS | {"$ref"}}
        return {"allOf": [target], **_inline_references(rest, definitions)} if rest else target
    return {
        key: _inline_references(value, definitions) for key, value in node.items() if key != "$defs"
    }


def validate(toml: TomlFile, schema_name: str, problems: ProblemList) -> bool:
    """Check ``toml`` against a schema of resources/schema; True when it passes."""
    errors = list(_validator(schema_name).iter_errors(toml.data))
    paths = [tuple(error.absolute_path) for error in errors]
    found = False
    reported: set[tuple[str, Position]] = set()
    for error, path in zip(errors, paths, strict=True):
        if error.validator == "unevaluatedProperties":
            described = [
                (f'unknown key "{key}"{_in(path)}', (*path, key))
                for key in _unknown_exercise_keys(error, path, _schema(schema_name))
            ]
        else:
            described = _describe(error, path)
        for message, where in described:
            position = toml.at(*where)
            if (message, position) in reported:
                continue  # the same rule reached through two parts of the schema
            reported.add((message, position))
            problems.error(toml.shown_path, message, *position)
            found = True
    return not found


def _unknown_exercise_keys(
    error: jsonschema.ValidationError, path: Path, schema: Mapping[str, Any]
) -> list[str]:
    """The keys of an unknown-key error that really are unknown for this exercise kind.

    A part of the schema that failed stops vouching for its keys, so a wrong value in one
    key makes its sibling keys look unknown too; those are left out here. When the kind
    itself is missing or wrong (already reported), a key is unknown only if no kind has it."""
    match = _UNEXPECTED.search(error.message)
    keys = re.findall(r"'([^']*)'", match.group(1)) if match else []
    instance = error.instance if isinstance(error.instance, dict) else {}
    definitions = schema.get("$defs", {})
    in_part = bool(path) and path[-2:-1] == ("parts",)
    kinds = definitions.get("simple_exercise" if in_part else "exercise", {})
    allowed = kinds.get("properties", {}).get("kind", {}).get("enum", [])
    kind = instance.get("kind")
    known = set(definitions.get("common", {}).get("properties", {}))
    for candidate in [kind] if kind in allowed else allowed:
        known |= set(definitions.get(str(candidate), {}).get("properties", {}))
    if "step" in instance and in_part:
        known.add("step")
    return [key for key in keys if key not in known]


def _describe(error: jsonschema.ValidationError, path: Path) -> list[tuple[str, Path]]:
    """Plain-words messages for a schema error, each with the path it is about."""
    name = _name(path)
    kind = error.validator
    value = error.instance
    if kind == "required":
        missing = re.search(r"'(.+?)' is a required property", error.message)
        key = missing.group(1) if missing else "?"
        return [(f'missing key "{key}"{_in(path)}', path)]
    if kind == "additionalProperties":
        match = _UNEXPECTED.search(error.message)
        keys = re.findall(r"'([^']*)'", match.group(1)) if match else []
        return [(f'unknown key "{key}"{_in(path)}', (*path, key)) for key in keys]
    if kind == "type":
        expected = error.validator_value
        return [(f"{name} must be {_article(expected)}, not {_type_name(value)}", path)]
    if kind in {"enum", "const"}:
        rule: Any = error.validator_value  # set on every error the validator reports
        allowed = rule if kind == "enum" else [rule]
        listed = ", ".join(json.dumps(choice) for choice in allowed)
        rule = f"it must be {listed}" if len(allowed) == 1 else f"it must be one of: {listed}"
        return [(f"{name} is {json.dumps(value)}; {rule}", path)]
    if kind == "pattern":
        return [(f"{name} is {json.dumps(value)}, which {_pattern_rule(path)}", path)]
    if kind == "exclusiveMinimum" and path and path[-1] == "points":
        return [(f"the exercise is worth no points: {name} must be more than 0", path)]
    bounds = {
        "minimum": "at least",
        "maximum": "at most",
        "exclusiveMinimum": "more than",
        "exclusiveMaximum": "less than",
    }
    if kind in bounds:
        return [(f"{name} is {value}; it must be {bounds[kind]} {error.validator_value}", path)]
    if kind in {"minItems", "maxItems"}:
        need = error.validator_value
        items = f"{need} item{'s' if need != 1 else ''}"
        rule = error.schema if isinstance(error.schema, Mapping) else {}
        if rule.get("minItems") == rule.get("maxItems"):
            return [(f"{name} needs exactly {items}, not {_count(value)}", path)]
        if kind == "minItems":
            return [(f"{name} needs at least {items}", path)]
    if kind == "minLength":
        return [(f"{name} must not be empty", path)]
    return [(f"{name}: {error.message}", path)]


def _count(value: object) -> int:
    return len(value) if isinstance(value, list) else 0


def _name(path: Path) -> str:
    keys = [str(part) for part in path if isinstance(part, str)]
    return f'"{keys[-1]}"' if keys else "the file"


def _in(path: Path) -> str:
    if not path:
        return ""
    described = ".".join(f"[{p + 1}]" if isinstance(p, int) else p for p in path)
    return f" in {described.replace('.[', '[')}"


def _article(expected: object) -> str:
    names = {
        "string": "text",
        "integer": "a whole number",
        "number": "a number",
        "boolean": "true or false",
        "array": "a list",
        "object": "a table",
    }
    if isinstance(expected, list):
        return " or ".join(names.get(str(item), str(item)) for item in expected)
    return names.get(str(expected), str(expected))


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _pattern_rule(path: Path) -> str:
    last = path[-1] if path else ""
    if last == "color":
        return 'is not a colour: write it as "#rrggbb"'
    if last == "version":
        return 'is not a version: write it as "1.0" or "1.2.0"'
    if last == "language":
        return 'is not a language code such as "en" or "zh-Hans"'
    if last == "show_marks_from":
        return 'must be "lesson-id/exercise-id" or an exercise id of this lesson'
    return "is not a valid id: use lower-case letters, digits, '-' and '_'"
