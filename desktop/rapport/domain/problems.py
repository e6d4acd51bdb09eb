"""`Problem`: a reason, in English, that also carries a code and its parameters.

Domain, store and interop code says why something cannot be done (a meeting without a
place, a row without a name); the command line prints the English text, and a window
looks the code up and says it in the interface language.
"""

from __future__ import annotations


class Problem(str):
    """One reason something cannot be saved: the English text (for the command line and
    logs) that also carries a stable `code` and its `params`, so a window can say it in
    its own language."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, text: str, **params: object) -> Problem:
        problem = super().__new__(cls, text)
        problem.code = code
        problem.params = params
        return problem
