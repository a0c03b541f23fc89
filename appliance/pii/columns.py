"""The header of the table column a value sits in: context for the recognizers.

In a table the word that says what a value is stands in the header row, lines above it
("| Name | Checking account |", "name,phone,account_number"), not next to the value. Two kinds
of table are read, both as plain text:

* markdown: lines with `|`; the header is the first line of the block of such lines
  (the one above the `|---|` rule);
* delimited: lines cut by `,`, `;` or tabs (outside double quotes) into as many cells as the
  block's first line, which is the header when it holds no digits but inside a word
  ("student_1"); a comma with a space after it may stand inside a value written without
  quotes (an address in a CSV row), when the lines have as many cells only so.

`header_of(text, start, end)` is the header cell over text[start:end] when that span fills
its cell (spaces and quotes aside), else None; with `whole=False`, when it lies in one cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
# The rule under psql's header: "-----+---------------+--------".
_PSQL_RULE = re.compile(r"^\s*-+(?:\+-+)+\s*$")
# A digit of a value, not one inside a header's word ("student_1", "prac_2", "Q3").
_DATA_DIGIT = re.compile(r"(?<![A-Za-z_])\d")
# What cuts a line into cells: markdown's "|", then tabs, commas and semicolons.
DELIMITERS = ("|", "\t", ",", ";")


def may_hold_cells(text: str) -> bool:
    """Whether `text` has any of the DELIMITERS at all (a cheap test before reading columns)."""
    return any(d in text for d in DELIMITERS)


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line of `text` that holds position `pos`, without its newline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def split_cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line`, split at `delimiter` outside double quotes."""
    out = []
    start = 0
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(line)))
    return out


def _joined(line: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`cells` with each that opens with a space joined to the one before it."""
    out: list[tuple[int, int]] = []
    for s, e in cells:
        if out and line[s:e].startswith(" "):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _block_lines(
    text: str, line_start: int, same: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The lines around the one at `line_start` for which `same(line)` holds, top first."""
    lines = []
    pos = line_start
    while pos > 0:
        prev_start, prev_end = line_bounds(text, pos - 1)
        if not same(text[prev_start:prev_end]):
            break
        lines.append((prev_start, prev_end))
        pos = prev_start
    return list(reversed(lines))


def header_of(text: str, start: int, end: int, whole: bool = True) -> str | None:
    line_start, line_end = line_bounds(text, start)
    if end > line_end or line_start == 0:
        return None  # across lines, or no line above for a header
    above_start, above_end = line_bounds(text, line_start - 1)
    line_above = text[above_start:above_end]
    line = text[line_start:line_end]
    a, b = start - line_start, end - line_start
    for delimiter in DELIMITERS:
        if delimiter not in line or (delimiter not in line_above and not (
            delimiter == "|" and _PSQL_RULE.match(line_above)
        )):
            continue
        cells = split_cells(line, delimiter)
        index = next((i for i, (s, e) in enumerate(cells) if s <= a and b <= e), None)
        if index is None:
            continue
        s, e = cells[index]
        if whole and line[s:e].strip(" \"'`") != line[a:b]:
            continue  # the value is part of a longer cell
        if delimiter == "|":
            above = _block_lines(text, line_start, lambda x: "|" in x)
            first = above[0][0] if above else line_start
            rule_start, rule_end = line_bounds(text, first - 1) if first else (0, 0)
            if first and rule_start and _PSQL_RULE.match(text[rule_start:rule_end]):
                above = [line_bounds(text, rule_start - 1)]  # psql: the header over its rule
        else:
            count = len(cells)
            above = _block_lines(
                text, line_start, lambda x, d=delimiter, n=count: len(split_cells(x, d)) == n
            )
            joined = _joined(line, cells) if delimiter == "," else cells
            if len(above) < 2 and 2 <= len(joined) < len(cells):
                # a value with ", " in it, written without quotes: "Kongens gate 18, 7011
                # Trondheim" is one cell of "order,customer,...,deliver_to"
                cells = joined
                index = next(i for i, (s, e) in enumerate(cells) if s <= a and b <= e)
                count = len(cells)
                above = _block_lines(
                    text, line_start,
                    lambda x, n=count: len(_joined(x, split_cells(x, ","))) == n,
                )
        if not above:
            return None
        top_start, top_end = above[0]
        top = text[top_start:top_end]
        if _RULE.match(top):
            return None
        if delimiter != "|" and _DATA_DIGIT.search(top):
            return None  # a data row, not a header ("student_1" may head a column)
        header_cells = split_cells(top, delimiter)
        if len(header_cells) != len(cells):
            return None
        s, e = header_cells[index]
        return top[s:e].strip(" \"'`") or None
    return None


# SQL: INSERT INTO staff(first_name, last_name, office) VALUES ('Nourhan', 'Hassan', ...), ...
INSERT = re.compile(
    r"(?i)\binsert[ \t]+into[ \t]+([\w.`\"\[\]]+)[ \t]*\(([^()]*)\)\s*values\s*"
    r"((?:\((?:'(?:[^'\n]|'')*'|[^()'\n])*\)\s*,?\s*)+)"
)
ROW = re.compile(r"\(((?:'(?:[^'\n]|'')*'|[^()'\n])*)\)")
SQL_VALUE = re.compile(r"\s*('(?:[^'\n]|'')*'|[^,]*?)\s*(?:,|\Z)")


def inserted_values(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(table, column, start, end) of each value of an SQL INSERT's rows, quotes left out:
    "INSERT INTO payroll (employee, ssn) VALUES ('Yamamoto, Takeshi', '122283795')" gives
    ("payroll", "employee", ...) and ("payroll", "ssn", ...)."""
    if "insert" not in text and "INSERT" not in text:
        return
    for m in INSERT.finditer(text):
        table = m.group(1).strip("`\"[]").rsplit(".", 1)[-1]
        columns = [c.strip(" \t\n`\"[]") for c in m.group(2).split(",")]
        for row in ROW.finditer(text, m.start(3), m.end(3)):
            for i, value in enumerate(SQL_VALUE.finditer(text, row.start(1), row.end(1))):
                a, b = value.span(1)
                if b - a > 1 and text[a] == "'" and text[b - 1] == "'":
                    a, b = a + 1, b - 1
                if i < len(columns) and b > a:
                    yield table, columns[i], a, b
                if value.end() >= row.end(1):
                    break
