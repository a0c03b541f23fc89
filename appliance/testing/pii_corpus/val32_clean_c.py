"""val32 clean templates, part C (git, diff, stacktrace, slack, jira, bibliography, ics,
vcard, paste in eleven languages and English, voice): no personal data, many decoys."""

from __future__ import annotations

from appliance.testing.pii_corpus.val32_gen import t

TEMPLATES = [
    t(
        "c-git-1",
        "git",
        "dev",
        r"""
        $ git log --oneline -6
        [[hash1.short]] Fix Gaussian blur radius on product thumbnails
        [[hash2.short]] Add Astrid sofa cover variants (moss, sand)
        [[hash3.short]] Bump pillow from 10.2.0 to 10.3.0
        [[hash4.short]] Kalman smoothing for lift queue sensor
        [[hash5.short]] Merge pull request #[[build1]] from release/[[ver1]]
        [[hash6.short]] Revert "Hemingway Suite rate plan [[code1]]"
    """,
    ),
    t(
        "c-git-2",
        "git",
        "games",
        r"""
        Rebalance Lady Morwenna phase 2 and fix Sir Aldric shield clipping

        - lower phase-2 damage by 15% on normal
        - Old Jebediah add now spawns at 25% instead of 30%
        - shield collision uses the arena mesh (fixes [[ticket1]])

        # Please enter the commit message for your changes. Lines starting
        # with '#' will be ignored, and an empty message aborts the commit.
        # On branch raid/old-jebediah
    """,
    ),
    t(
        "c-git-3",
        "git",
        "research",
        r"""
        $ git log --format='%h %ad %s' --date=short -4
        [[hash1.short]] [[date1.1]] Kalman smoother: handle missing gauge readings
        [[hash2.short]] [[date1.1]] Cite the Fields Medal lecture notes in docs
        [[hash3.short]] [[date2.1]] Release [[ver1]]
        [[hash4.short]] [[date2.1]] CI: pin numpy<2.1
    """,
    ),
    t(
        "c-diff-1",
        "diff",
        "hotel",
        r"""
        --- a/rates/suites.yaml
        +++ b/rates/suites.yaml
        @@ -1,6 +1,6 @@
         hemingway:
        -  bar: 640
        +  bar: 690
           min_stay: 2
         garbo:
        -  bar: 480
        +  bar: 520
           includes: [breakfast_escoffier, chaplin_bar_drinks]
    """,
    ),
    t(
        "c-diff-2",
        "diff",
        "dev",
        r"""
        diff --git a/img/filters.py b/img/filters.py
        index [[hash1.short]]..[[hash2.short]] 100644
        --- a/img/filters.py
        +++ b/img/filters.py
        @@ -12,7 +12,7 @@ def thumbnail(img):
        -    return gaussian_filter(img, sigma=2.0)
        +    return gaussian_filter(img, sigma=1.2)  # sharper Ingrid lamp photos
    """,
    ),
    t(
        "c-diff-3",
        "diff",
        "subtitling",
        r"""
        --- a/po/de.po
        +++ b/po/de.po
        @@ -88,8 +88,8 @@
         msgid "Inspector Garnet, you're late."
        -msgstr "Inspektor Garnet, Sie sind spät."
        +msgstr "Inspektor Garnet, Sie kommen zu spät."

         msgid "The ferry was late, Miss Pemble."
        -msgstr "Die Fähre war spät, Miss Pemble."
        +msgstr "Die Fähre hatte Verspätung, Miss Pemble."
    """,
    ),
    t(
        "c-stacktrace-1",
        "stacktrace",
        "furniture",
        r"""
        Traceback (most recent call last):
          File "/srv/catalog/sync.py", line 77, in sync_variants
            price = prices[sku]
        KeyError: '[[sku1]]'

        During handling of the above exception, another exception occurred:

          File "/srv/catalog/sync.py", line 81, in sync_variants
            raise MissingPrice(f"no price for {variant['name']}")
        catalog.errors.MissingPrice: no price for Ingrid floor lamp, brass
    """,
    ),
    t(
        "c-stacktrace-2",
        "stacktrace",
        "hotel",
        r"""
        java.lang.NullPointerException: Cannot invoke "RatePlan.getCode()" because \
        "plan" is null
            at com.casalumen.booking.RateService.priceFor(RateService.java:214)
            at com.casalumen.booking.RateService.quote(RateService.java:131)
            at com.casalumen.api.SuiteController.quote(SuiteController.java:58)
        -- request: suite=HEMINGWAY nights=[[num1]] promo=[[code1]] trace=[[uuid1]]
    """,
    ),
    t(
        "c-stacktrace-3",
        "stacktrace",
        "crypto",
        r"""
        TypeError: Cannot read properties of undefined (reading 'decimals')
            at formatAmount (/app/src/assets/format.ts:22:31)
            at WithdrawalForm.render (/app/src/withdraw/Form.tsx:140:18)
            at renderWithHooks (react-dom.development.js:16305:18)
        asset="DOGE" amount="[[amount1]]" build=[[ver1]]
    """,
    ),
    t(
        "c-slack-1",
        "slack",
        "dev",
        r"""
        #deploys
        [[time1]] deploy-bot: :rocket: booking-api [[ver1]] rolling out to prod (3/12 pods)
        [[time1]] deploy-bot: :white_check_mark: booking-api [[ver1]] healthy
        [[time2]] pagerduty: RESOLVED [[ticket1]] p95 latency on /quote back under 300 ms
        [[time2]] github: PR #[[build1]] "Garbo Suite photos" merged into main
    """,
    ),
    t(
        "c-slack-2",
        "slack",
        "ski",
        r"""
        [
          {"ts": "1707991201.000100", "user": "U04LIFT", "text": "Romy lift on wind hold"},
          {"ts": "1707991444.000200", "user": "U04LIFT", "text": "Kaiserin groomed, open"},
          {"ts": "1707992010.000300", "user": "U09SNOW", "text": "18 cm overnight, base 140"},
          {"ts": "1707992600.000400", "user": "U04LIFT", "text": "Romy open again :tada:"}
        ]
    """,
    ),
    t(
        "c-slack-3",
        "slack",
        "crypto",
        r"""
        [[time1]] @listing-bot: DOGE/EUR order book warming up, spread [[pct1]]
        [[time1]] @risk-bot: hot wallet at [[big1]] DOGE (threshold 500,000)
        [[time2]] @listing-bot: first fill at 0.[[build1]] EUR
        [[time2]] @risk-bot: sweep tx [[tx1]] confirmed
    """,
    ),
    t(
        "c-jira-1",
        "jira",
        "furniture",
        r"""
        WEB-[[build1]] Product page: Astrid sofa colour picker shows wrong swatch
        Type: Bug   Priority: Minor   Labels: pdp, swatches
        Description: selecting "moss green" shows the sand swatch ([[hex1]]). Happens \
        on the Malin rug page too.
        Comment (automation): linked to release [[ver1]]; mark as done when verified.
    """,
    ),
    t(
        "c-jira-2",
        "jira",
        "crypto",
        r"""
        PAY-[[build1]] DOGE network fee rounds to zero on small withdrawals
        Steps: withdraw 30 DOGE; fee shows 0.00 instead of [[amount1]].
        Root cause: decimals read from the Bitcoin asset config (8) before DOGE loads.
        Fix version: [[ver1]]. Story points: 3.
    """,
    ),
    t(
        "c-jira-3",
        "jira",
        "subtitling",
        r"""
        SUB-[[build1]] QC: episode 5 German file - 14 cues over 42 characters
        Component: QC   Sprint: [[num1]]
        Acceptance: all cues <= 42 chars, reading speed <= 17 cps, Inspector Garnet \
        spelled consistently.
    """,
    ),
    t(
        "c-bibliography-1",
        "bibliography",
        "dev",
        r"""
        References
        [1] RFC 5545. Internet Calendaring and Scheduling Core Object Specification \
        (iCalendar). IETF, 2009.
        [2] RFC 6350. vCard Format Specification. IETF, 2011.
        [3] ISO 13616-1:2020. Financial services - International bank account number \
        (IBAN). ISO, 2020.
        [4] Unicode Technical Standard #39: Unicode Security Mechanisms. Version 15.1.
    """,
    ),
    t(
        "c-bibliography-2",
        "bibliography",
        "research",
        r"""
        World Health Organization ([[year1]]). Global report on Alzheimer's disease and \
        other dementias. WHO Press. ISBN [[isbn1]].
        Royal Society ([[year2]]). The Bakerian Lecture archive, 1775-2020. \
        https://doi.org/[[doi1]]
        Nobel Foundation ([[year3]]). Nobel Lectures in Physics. World Scientific.
    """,
    ),
    t(
        "c-ics-1",
        "ics",
        "hotel",
        r"""
        BEGIN:VCALENDAR
        VERSION:2.0
        BEGIN:VEVENT
        UID:[[uuid1]]
        DTSTART:[[date1.ics]]T090000
        DTEND:[[date1.ics]]T100000
        SUMMARY:Weekly revenue review (Hemingway + Garbo suites)
        LOCATION:Meeting room [[room1]]
        RRULE:FREQ=WEEKLY;BYDAY=MO
        END:VEVENT
        END:VCALENDAR
    """,
    ),
    t(
        "c-ics-2",
        "ics",
        "ski",
        r"""
        BEGIN:VEVENT
        UID:[[uuid1]]
        SUMMARY:Season opening - Romy and Kaiserin lifts
        DTSTART;VALUE=DATE:[[year1]]1206
        DESCRIPTION:Free gluehwein at the Gräfin Sophie base station from 10:00.
        END:VEVENT
    """,
    ),
    t(
        "c-vcard-1",
        "vcard",
        "toys",
        r"""
        BEGIN:VCARD
        VERSION:4.0
        KIND:org
        FN:Tiddlywinks Toys
        ORG:Tiddlywinks Toys Ltd
        URL:https://tiddlywinks-toys.example
        NOTE:Stockists of Barbie, Sindy, Polly Pocket and Action Man. Open Mon-Sat 9-17.
        END:VCARD
    """,
    ),
    t(
        "c-paste-es-1",
        "paste",
        "toys",
        r"""
        Traduce al inglés esta descripción de producto:

        «La casa de muñecas de Barbie tiene tres plantas, ascensor y piscina. Incluye más \
        de 70 accesorios. Recomendada a partir de 3 años. Precio: [[price1.m]]. Referencia \
        [[sku1]].»
    """,
        lang="es",
    ),
    t(
        "c-paste-de-1",
        "paste",
        "ski",
        r"""
        Fasse diese Liftinformation auf Englisch zusammen:

        "Der Romy-Sessellift öffnet am [[date1.2]] um 8:30 Uhr. Die Kaiserin-Abfahrt ist \
        ab Mittag präpariert. Wegen Sturmwarnung bleibt die Gräfin-Sophie-Bahn \
        geschlossen. Tageskarte: [[price1.s]]."
    """,
        lang="de",
    ),
    t(
        "c-paste-fr-1",
        "paste",
        "fashion",
        r"""
        Extract as JSON (fragrance name, notes, volume, price):

        « Eau de Margaux est un parfum floral boisé : bergamote, iris et bois de santal. \
        Flacon de 100 ml, [[price1.m]]. Collection Colette, édition limitée numérotée. »
    """,
        lang="fr",
    ),
    t(
        "c-paste-pt-1",
        "paste",
        "cruise",
        r"""
        Responde a esta pergunta de um cliente:

        "Bom dia! Gostaria de saber se a cabine [[room1]] do navio Queen Isolde tem \
        varanda e se o pacote de bebidas custa [[price1.m]] por pessoa. A reserva é a \
        [[booking1]]. Obrigado!"
    """,
        lang="pt",
    ),
    t(
        "c-paste-it-1",
        "paste",
        "council",
        r"""
        Riassumi in inglese:

        "Dal [[date1.2]] cambia il calendario della raccolta differenziata: la carta si \
        ritira il martedì, la plastica il venerdì. I contenitori vanno esposti entro le \
        6. Per i rifiuti ingombranti bisogna prenotare online; il costo è [[price1.s]]."
    """,
        lang="it",
    ),
    t(
        "c-paste-nl-1",
        "paste",
        "furniture",
        r"""
        Vertaal naar het Engels:

        "Monteer eerst de zijpanelen van de Billy-kast met de acht lange schroeven. \
        Gebruik geen boormachine. Controleer daarna of de kast waterpas staat. Bij \
        ontbrekende onderdelen: vermeld artikelnummer [[sku1]]."
    """,
        lang="nl",
    ),
    t(
        "c-paste-pl-1",
        "paste",
        "payroll",
        r"""
        Podsumuj po angielsku:

        "Wynagrodzenie wypłacane jest do 10. dnia każdego miesiąca. Nadgodziny rozlicza \
        się co kwartał. Premia roczna wynosi [[pct1]] pensji podstawowej. Wnioski \
        urlopowe składa się w systemie HR co najmniej 14 dni wcześniej."
    """,
        lang="pl",
    ),
    t(
        "c-paste-sv-1",
        "paste",
        "marina",
        r"""
        Translate into English:

        "Hamnens regler: högst 3 knop i hamnbassängen. Gästplatser betalas i automaten \
        vid Nelson-bryggan, [[price1.s]] per natt. Tömning av septiktank vid station B. \
        Sopor sorteras i kärlen vid kranen."
    """,
        lang="sv",
    ),
    t(
        "c-paste-tr-1",
        "paste",
        "telecoms",
        r"""
        Bu tarife açıklamasını İngilizceye çevir:

        "Helio Sınırsız 5G paketi ayda [[price1.s]]. Yurt dışı kullanım için günlük ek \
        ücret alınır. Taahhüt süresi 12 aydır. Fatura, her ayın [[num1]]. gününde kesilir."
    """,
        lang="tr",
    ),
    t(
        "c-paste-id-1",
        "paste",
        "nursery",
        r"""
        Terjemahkan ke bahasa Inggris:

        "Menu minggu ini di kelas Kupu-Kupu: Senin nasi goreng sayur, Selasa sup ayam, \
        Rabu bubur kacang hijau, Kamis mi goreng, Jumat buah potong. Biaya makan per \
        bulan [[price1.m]]."
    """,
        lang="id",
    ),
    t(
        "c-paste-vi-1",
        "paste",
        "toys",
        r"""
        Translate this product description into English:

        "Bộ búp bê Barbie Dreamhouse gồm 3 tầng, thang máy và hồ bơi, hơn 70 phụ kiện. \
        Phù hợp cho bé từ 3 tuổi. Giá: [[price1.m]]. Mã sản phẩm: [[sku1]]."
    """,
        lang="vi",
    ),
    t(
        "c-paste-en-1",
        "paste",
        "cars",
        r"""
        Summarise this recall memo in two bullet points:

        "Recall [[ref1]] affects Kia Ceed SW and Kia Carens vehicles built between \
        [[date1]] and [[date2]]. A software update to the brake controller (version \
        [[ver1]]) fixes a warning light fault. Dealers should book owners in within 30 \
        days; the work takes about 40 minutes and is free of charge."
    """,
    ),
    t(
        "c-paste-en-2",
        "paste",
        "vet",
        r"""
        Extract as JSON (product, pack size, price, SKU):

        Flea & tick spot-on for cats 4-8 kg, 3 pipettes - [[price1.s]] - SKU [[sku1]]
        Kidney diet wet food, 12 x 85 g - [[price2.s]] - SKU [[sku2]]
        Dental chews for small dogs, 28 pack - [[price3.s]] - SKU [[sku3]]
    """,
    ),
    t(
        "c-voice-1",
        "voice",
        "furniture",
        r"""
        remind me to reorder the ingrid lamps and the billy bookcases before friday and \
        check whether the grace period on the ford transit lease is thirty days
    """,
    ),
    t(
        "c-voice-2",
        "voice",
        "vet",
        r"""
        note for the vet team gerald the cat is due his booster on tuesday and doris \
        needs her dental at ten will do the invoices after lunch
    """,
    ),
    t(
        "c-voice-3",
        "voice",
        "toys",
        r"""
        add to the list two polly pocket sets one ken doll and batteries for the action \
        man and ask the supplier to bill me next month
    """,
    ),
]
