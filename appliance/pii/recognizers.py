"""The appliance's own recognizers, put in Presidio's registry by `build_engine`.

Each is a Presidio recognizer; what they add is evidence Presidio's defaults do not weigh:
how a number is written and the words on its line (`appliance.pii.phones`), checksums and
lengths Presidio gets wrong, and what the text says a number is
(`appliance.pii.identifiers`), street addresses whole (`appliance.pii.addresses`), names
where the text says there is one, and the NER model's findings checked
(`appliance.pii.names`), known given and family names
(`appliance.pii.known_names`), names in their own script (`appliance.pii.script_names`),
and, with `[pii] name_shapes`, known names where the text's shape puts a name (speaker
labels, @mentions, "FAMILY, Given", after a greeting or a title: `appliance.pii.name_shapes`).
docs/pii.md says what each finds and how well.
"""

from __future__ import annotations

from typing import Any

# Presidio's predefined recognizers that the appliance's own replace.
REPLACED = ("PhoneRecognizer", "UsSsnRecognizer", "CreditCardRecognizer", "IbanRecognizer",
            "IpRecognizer", "EmailRecognizer")


def install(registry: Any, language: str, name_shapes: bool = True) -> None:
    """Swap Presidio's recognizers in `registry` (predefined ones loaded) for the
    appliance's, and wrap the NER model's in `PlausibleNames`. `name_shapes` (`[pii]
    name_shapes`): add `NameShapes` and known names in capitals."""
    from appliance.pii.addresses import StreetAddresses
    from appliance.pii.identifiers import (
        AccountNumbers,
        CreditCards,
        EmailAddresses,
        Ibans,
        IpAddresses,
        ssn_after_keyword,
    )
    from appliance.pii.known_names import KnownNames
    from appliance.pii.name_shapes import NameShapes
    from appliance.pii.names import PersonFields, PlausibleNames
    from appliance.pii.phones import PhoneNumbers
    from appliance.pii.script_names import ScriptNames

    for name in REPLACED:
        registry.remove_recognizer(name)
    for recognizer in (
        PhoneNumbers(language), CreditCards(language), Ibans(language), IpAddresses(language),
        EmailAddresses(supported_language=language),
        ssn_after_keyword(language), AccountNumbers(language), PersonFields(language),
        KnownNames(language, capitals=name_shapes), ScriptNames(language),
        StreetAddresses(language),
    ):  # fmt: skip
        registry.add_recognizer(recognizer)
    if name_shapes:
        registry.add_recognizer(NameShapes(language))
    for ner in [r for r in registry.recognizers if r.name == "SpacyRecognizer"]:
        registry.remove_recognizer(ner.name)
        registry.add_recognizer(PlausibleNames(ner))
