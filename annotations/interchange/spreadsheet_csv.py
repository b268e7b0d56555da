"""CSV that is safe to open in a spreadsheet: every CSV download goes through here.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a formula by
Excel, LibreOffice and Google Sheets, so a reviewer's note such as ``=HYPERLINK(...)`` would run when an
editor opens the export. Such text cells get a leading ``'`` (OWASP's advice), which spreadsheets show as
plain text. Numbers the app writes stay numbers, and so does text that is purely a number ("-0.12").
"""

import csv
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value):
    """``value`` with a leading ``'`` if a spreadsheet would take it for a formula; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row) -> list:
    return [safe_cell(value) for value in row]


class SafeWriter:
    """``csv.writer`` whose rows are neutralised with :func:`safe_cell` before they are written."""

    def __init__(self, stream, **kwargs):
        self._writer = csv.writer(stream, **kwargs)

    def writerow(self, row):
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(stream, **kwargs) -> SafeWriter:
    return SafeWriter(stream, **kwargs)
