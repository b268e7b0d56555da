"""The W3C Web Annotation test suite's "must" assertions, as JSON Schema validators.

The schemas in ``w3c/`` are copied unchanged from the W3C's web-annotation-tests (see ``w3c/license.md`` and
``w3c/SOURCE.txt``). Each ``*.test`` file lists assertion schemas; their ``$ref``s point at the shared
definitions by relative name, resolved here from the copies beside this file.
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

W3C = Path(__file__).parent / "w3c"


@cache
def registry() -> Registry:
    resources = []
    for path in sorted((W3C / "definitions").glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["id"], Resource.from_contents(contents, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


@cache
def must_validators(test_file: str) -> tuple:
    """(assertion name, validator) for each assertion a ``.test`` file lists."""
    test = json.loads((W3C / test_file).read_text(encoding="utf-8"))
    validators = []
    for assertion in test["assertions"]:
        schema = json.loads((W3C / assertion).read_text(encoding="utf-8"))
        assert schema["expectedResult"] == "valid"
        validators.append((assertion, Draft4Validator(schema, registry=registry())))
    return tuple(validators)


def failed_musts(document: dict, test_file: str) -> list[str]:
    """The assertions ``document`` fails, with the suite's own error message for each."""
    failures = []
    for name, validator in must_validators(test_file):
        if not validator.is_valid(document):
            failures.append(f"{name}: {validator.schema.get('errorMessage', '')}")
    return failures
