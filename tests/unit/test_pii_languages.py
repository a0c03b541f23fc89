"""Lines and sentences in other languages (appliance.pii.languages), where the finders of
names trust no capital and no known name in lower case: German nouns, a sentence's first
word, Vietnamese syllables."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from appliance.pii.languages import foreign_at, is_foreign  # noqa: E402


@pytest.mark.parametrize(
    ("line", "foreign"),
    [
        ("Wartungsfenster am Samstag von 22:00 bis 02:00 Uhr: Die Datenbank wird aktualisiert.",
         True),
        ("Vertaal naar het Engels:", True),
        ("Check-in mulai pukul 14.00 dan check-out paling lambat pukul 12.00.", True),
        ("ghi chú kiểm tra lại mã vận đơn giao trước thứ sáu nhớ gọi kho lúc chín giờ sáng",
         True),
        ("Değerli yolcumuz, uçuşunuz teknik nedenlerle 45 dakika rötarlıdır.", True),
        # English, whatever names and codes it holds
        ("omg thandiwe just texted me lol", False),
        ("Mod note: escalate to Mere.", False),
        ("Co-op board: Camila proposed buying the dryer; Madina against.", False),
        # keys, particles of names and addresses are no words of a language
        ('{"n": "yael ben-david", "tel": "6868 8950"}, {"n": "Hessa", "tel": "+27 74"}', False),
        ('{"family": "Randhawa", "text": "146 rue de la République, 44020 Nantes"}', False),
        ("Zsófia Szabó, Réka Kovács, Ádám Varga", False),  # too few words to tell
    ],
)
def test_a_line_in_another_language(line, foreign):
    assert is_foreign(line) is foreign


def test_the_sentence_decides_and_the_line_where_the_sentence_cannot():
    text = ('From the Munich desk: "Bitte rufen Sie Frau Ochoa unter zurück, sie wartet seit '
            'Dienstag auf die Übersetzung." Who has the queue today, Sigrid or Delroy?')
    assert foreign_at(text, text.index("Ochoa"))
    assert not foreign_at(text, text.index("Delroy"))
    text = ("Tentamen flyttas till onsdag den 11 klockan 08:00. Anmälan stänger tio dagar innan. "
            "Miniräknare är tillåten.")
    assert foreign_at(text, text.index("Miniräknare"))
