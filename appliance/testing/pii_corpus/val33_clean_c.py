"""val33 clean templates, part C (no personal data; decoys only): paste, with pasted text in
eleven other languages, and voice."""

from __future__ import annotations

from appliance.testing.pii_corpus.val33_gen import T

TEMPLATES = [
    # ------------------------------------------------------------------------------ paste
    T(
        "c-paste-es",
        "paste",
        "airline",
        """
    Translate to English:

    Estimado cliente: su vuelo <<#flight>> del <<#ndate>> ha sido reprogramado. La nueva ~
    hora de salida es <<#time>> y la puerta de embarque será la <<#gate>>. Su localizador ~
    <<#pnr>> sigue siendo válido. Disculpe las molestias.
    """,
    ),
    T(
        "c-paste-de",
        "paste",
        "labequip",
        """
    Summarise this supplier note:

    Sehr geehrte Damen und Herren, der Geigerzähler (Seriennummer <<#part>>) wurde ~
    kalibriert und wird am <<#ndate>> zurückgeschickt. Die Rechnung <<#inv>> über ~
    <<#price>> liegt bei. Die Erlenmeyerkolben sind leider erst ab <<#ndate2>> lieferbar.
    """,
    ),
    T(
        "c-paste-fr",
        "paste",
        "bakery",
        """
    Translate this menu to English:

    Nos pâtisseries du jour : charlotte aux fraises (<<#price>>), madeleines au beurre ~
    (<<#price2>> les six), tarte Tatin, pavlova aux fruits rouges. Commandes avant ~
    <<#time>> la veille.
    """,
    ),
    T(
        "c-paste-pt",
        "paste",
        "courier",
        """
    Extract the dates and amounts as JSON:

    A sua encomenda <<#order>> foi expedida em <<#ndate>> e deverá chegar dentro de 3 a 5 ~
    dias úteis. Código de seguimento: <<#track>>. Valor pago: <<#price>>.
    """,
    ),
    T(
        "c-paste-it",
        "paste",
        "architecture",
        """
    Summarise in English:

    Il progetto prevede una torre di <<#n>> piani ispirata allo Shard, con una facciata ~
    in vetro e una terrazza panoramica. Il preventivo è di <<#bigprice>> e i lavori ~
    dovrebbero iniziare entro il <<#ndate>>.
    """,
    ),
    T(
        "c-paste-nl",
        "paste",
        "housing",
        """
    Translate to English:

    Beste bewoner, vanaf <<#ndate>> wordt de huur verhoogd naar <<#price>> per maand. De ~
    wasmachines in blok <<#unit>> accepteren alleen nog de nieuwe pasjes. Met vriendelijke ~
    groet, het beheer.
    """,
    ),
    T(
        "c-paste-pl",
        "paste",
        "pharmacy",
        """
    Translate to English:

    Lek jest dostępny bez recepty w opakowaniach po 12 i 24 tabletki. Cena: <<#price>>. ~
    Nie łączyć z alkoholem. Numer serii: <<#batch>>, data ważności <<#ndate>>.
    """,
    ),
    T(
        "c-paste-sv",
        "paste",
        "modelclub",
        """
    What does this say?

    Hej alla! Årsmötet hålls den <<#ndate>> kl. <<#time>> i klubbstugan. Medlemsavgiften ~
    för nästa år är <<#price>>. Glöm inte att ta med era Piper Cub-modeller till ~
    uppvisningen.
    """,
    ),
    T(
        "c-paste-tr",
        "paste",
        "cosmetics",
        """
    Translate to English:

    Siparişiniz (<<#order>>) kargoya verildi. Ruby Woo ruj stokta kalmadığı için ~
    yerine Lady Danger gönderildi. İade için son tarih <<#ndate>>.
    """,
    ),
    T(
        "c-paste-id",
        "paste",
        "themepark",
        """
    Reply in English:

    Halo, apakah wahana Captain Barnacle's Runaway Mine Train buka pada hari Sabtu? ~
    Tinggi anak saya 115 cm. Harga tiket keluarga berapa? Terima kasih.
    """,
    ),
    T(
        "c-paste-vi",
        "paste",
        "aquarium",
        """
    Translate to English:

    Thủy cung mở cửa từ <<#time>> đến 18:00 mỗi ngày. Giá vé người lớn là <<#price>>. ~
    Buổi cho rùa biển ăn bắt đầu lúc 11:00.
    """,
    ),
    T(
        "c-paste-en",
        "paste",
        "marine_ins",
        """
    Summarise this clause for a non-lawyer:

    "The Underwriters shall not be liable for loss, damage or expense caused by delay, ~
    even though the delay be caused by a risk insured, except expenses payable under ~
    the General Average clause. Deductible: <<#bigprice>> each and every claim."
    """,
    ),
    # ------------------------------------------------------------------------------ voice
    T(
        "c-voice-01",
        "voice",
        "assistant",
        """
    hey siri set a timer for twelve minutes and remind me to take the victoria sponge out
    """,
    ),
    T(
        "c-voice-02",
        "voice",
        "sports",
        """
    alexa whats the score in the davis cup and who plays next we hope its on tv tonight
    """,
    ),
    T(
        "c-voice-03",
        "voice",
        "pharmacy",
        """
    note to self pick up the ventolin and the calpol before six and bill me later for the ~
    school trip
    """,
    ),
    T(
        "c-voice-04",
        "voice",
        "courier",
        """
    ok so the van is the ford transit booked for thursday morning we will do the two big ~
    drops first then the parcels
    """,
    ),
]
