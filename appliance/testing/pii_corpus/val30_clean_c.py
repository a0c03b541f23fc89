"""val30 clean templates (no personal data, many decoys): log, git, diff, stacktrace, slack,
jira, bibliography, ics, vcard, paste (in several languages) and voice."""

from __future__ import annotations

from appliance.testing.pii_corpus.val30_gen import Registry, low, t

T = Registry()


@T("c-build-log", "log")
def build_log(g):
    return t(
        """
        [{t1}] Step 4/9 : RUN pip install -r requirements.txt
        [{t2}] Successfully built {sha}
        [{t3}] Tagging registry.example/playout:{ver}
        [{t4}] ERROR: failed to push: unexpected status 413 (layer {size} MB)
        How do I shrink this image?""",
        t1=g.d.time(),
        t2=g.d.time(),
        sha=g.d.sha(12),
        t3=g.d.time(),
        ver=g.d.version(),
        t4=g.d.time(),
        size=str(g.n(300, 2400)),
    )


@T("c-courier-log-scans", "log")
def scan_log(g):
    out = []
    for event in ("ARRIVED_DEPOT", "SORTED", "LOADED_VAN", "OUT_FOR_DELIVERY"):
        out.append(
            f"{g.d.ts()} scanner=SC-{g.n(10, 99)} depot=D{g.n(1, 40):02d} "
            f"parcel={g.d.tracking()} event={event}"
        )
    return t("{lines}\nWhy did the last two scans happen in the wrong order?", lines="\n".join(out))


@T("c-stream-log-playback", "log")
def playback_log(g):
    out = []
    for _ in range(g.n(3, 5)):
        out.append(
            f'{g.d.ts()} track={g.d.code(10)} title="{g.pick(("Layla", "Jolene", "Gloria", "Angie"))}" '
            f"bitrate={g.pick((96, 160, 320))}k rebuffer_ms={g.n(0, 4000)}"
        )
    return t("{lines}", lines="\n".join(out))


@T("c-k8s-log-pods", "log")
def pods_log(g):
    return t(
        """
        locker-notifier-{a}   0/1   CrashLoopBackOff   {r}   {age}m
        {ts} panic: config key "sms.sender_id" missing (version {ver})
        {ts2} Back-off restarting failed container app in pod locker-notifier-{a}""",
        a=g.d.sha(5),
        r=str(g.n(3, 40)),
        age=str(g.n(5, 90)),
        ts=g.d.ts(),
        ver=g.d.version(),
        ts2=g.d.ts(),
    )


@T("c-git-oneline", "git")
def git_oneline(g):
    msgs = (
        "fix Kalman filter reset on eclipse exit",
        "bump numpy to 2.1",
        "add Galileo pass planner",
        "docs: explain Dijkstra weights",
        "ci: cache wheels",
    )
    lines = [f"{g.d.sha()} {m}" for m in g.sample(msgs, 4)]
    return t(
        "git log --oneline -4\n{lines}\nSquash these into one release note.", lines="\n".join(lines)
    )


@T("c-git-rebase", "git")
def git_rebase(g):
    return t(
        """
        pick {a} add Murph scaling options
        squash {b} fix typo in Cindy description
        pick {c} bump app to {ver}
        drop {d} WIP do not merge
        # Rebase {e}..{c} onto {e} (4 commands)
        What will this rebase produce?""",
        a=g.d.sha(),
        b=g.d.sha(),
        c=g.d.sha(),
        d=g.d.sha(),
        e=g.d.sha(),
        ver=g.d.version(),
    )


@T("c-git-status", "git")
def git_status(g):
    return t(
        """
        On branch release/{ver}
        Your branch is ahead of 'origin/release/{ver}' by {n} commits.
        Changes not staged for commit:
                modified:   scheduler/galileo_passes.py
                modified:   tests/test_kalman.py
        Untracked files:
                notes/anomaly-AR-{ar}.md""",
        ver=g.d.version(),
        n=str(g.n(1, 9)),
        ar=str(g.n(100, 999)),
    )


@T("c-diff-version", "diff")
def diff_version(g):
    return t(
        """
        --- a/pyproject.toml
        +++ b/pyproject.toml
        @@ -3 +3 @@
        -version = "{v1}"
        +version = "{v2}"
        Is this a breaking change under semver?""",
        v1=g.d.version(),
        v2=g.d.version(),
    )


@T("c-diff-timeout", "diff")
def diff_timeout(g):
    return t(
        """
        @@ config/locker.yaml @@
         sms:
        -  timeout_s: {a}
        +  timeout_s: {b}
        -  retries: 2
        +  retries: {r}
           sender_id: SWIFTDROP""",
        a=str(g.n(5, 15)),
        b=str(g.n(16, 60)),
        r=str(g.n(3, 6)),
    )


@T("c-diff-css", "diff")
def diff_css(g):
    return t(
        """
        -.btn-primary { background: {h1}; }
        +.btn-primary { background: {h2}; border-radius: {r}px; }
        Does the new colour pass WCAG AA on white?""",
        h1=g.d.hexc(),
        h2=g.d.hexc(),
        r=str(g.n(2, 12)),
    )


@T("c-stack-python-keyerror", "stacktrace")
def stack_keyerror(g):
    return t(
        """
        Traceback (most recent call last):
          File "playlist.py", line {l1}, in build
            tempo = TRACKS[title]["bpm"]
        KeyError: 'Billie Jean'
        The catalogue has "Billie Jean (Single Version)". How do I match fuzzily?""",
        l1=str(g.n(20, 300)),
    )


@T("c-stack-java-npe", "stacktrace")
def stack_npe(g):
    return t(
        """
        java.lang.NullPointerException: Cannot invoke "Room.getCapacity()" because "room" is null
            at com.harbourline.booking.Availability.check(Availability.java:{l})
            at com.harbourline.booking.BookingService.book(BookingService.java:{l2})
        Happens only for the Hopper room after the {ver} deploy.""",
        l=str(g.n(20, 300)),
        l2=str(g.n(20, 300)),
        ver=g.d.version(),
    )


@T("c-stack-js-promise", "stacktrace")
def stack_promise(g):
    return t(
        """
        UnhandledPromiseRejection: Error: 429 Too Many Requests (retry-after: {s})
            at fetchLeaderboard (leaderboard.js:{l}:11)
            at async refresh (overlay.js:88:5)
        Our overlay polls every {ms} ms during finals. What's a sane backoff?""",
        s=str(g.n(1, 60)),
        l=str(g.n(10, 200)),
        ms=str(g.pick((250, 500, 1000))),
    )


@T("c-slack-release", "slack")
def slack_release(g):
    return t(
        """
        #release  {date}
        @build-bot  {t1}  build {sha} passed (312 tests)
        @deploy-bot  {t2}  {ver} rolled out to 10% canary
        @oncall-sre  {t3}  error rate {pct}% on canary, holding
        @deploy-bot  {t4}  rollback to {ver2} complete""",
        date=g.d.date(),
        t1=g.d.time(),
        sha=g.d.sha(),
        t2=g.d.time(),
        ver=g.d.version(),
        t3=g.d.time(),
        pct=f"{g.n(1, 9)}.{g.n(0, 9)}",
        t4=g.d.time(),
        ver2=g.d.version(),
    )


@T("c-slack-gym", "slack")
def slack_gym(g):
    return t(
        """
        #coaches
        [{t1}] @frontdesk: {n} bookings for Saturday Murph, rower 4 is broken
        [{t2}] @coach-am: will do the warm-up, can someone print the Fran scaling sheet?
        [{t3}] @frontdesk: printed, also 2 new kettlebells (SKU {sku}) arrived""",
        t1=g.d.time(),
        n=str(g.n(12, 40)),
        t2=g.d.time(),
        t3=g.d.time(),
        sku=g.d.sku(),
    )


@T("c-slack-radio", "slack")
def slack_radio(g):
    return t(
        """
        #playout
        @playout-bot {t1}: silence detected 4 s on stream B ({kbps} kbps)
        @studio2 {t2}: that was the fade on "Valerie", ignore
        @playout-bot {t3}: stream B healthy, buffer {ms} ms""",
        t1=g.d.time(),
        kbps=str(g.pick((128, 192, 320))),
        t2=g.d.time(),
        t3=g.d.time(),
        ms=str(g.n(200, 3000)),
    )


@T("c-jira-lyrics", "jira")
def jira_lyrics(g):
    return t(
        """
        KAR-{n}: Lyrics out of sync on "Roxanne" (app {ver})
        Steps: start song in room mode, skip to chorus, lyrics lag ~{ms} ms
        Expected: <100 ms. Reproduced on tablets T{t1} and T{t2}.
        Priority: Major  Fix version: {ver2}""",
        n=str(g.n(100, 999)),
        ver=g.d.version(),
        ms=str(g.n(300, 2000)),
        t1=str(g.n(1, 20)),
        t2=str(g.n(21, 40)),
        ver2=g.d.version(),
    )


@T("c-jira-story", "jira")
def jira_story(g):
    return t(
        """
        HL-{n} Story: book the Curie room from the kiosk
        As a member I want to book a room at the kiosk so that I don't need my phone.
        Acceptance: shows free slots for today; max {h} h; confirmation code on screen.
        Story points: {sp}. Sprint {sprint}.""",
        n=str(g.n(100, 999)),
        h=str(g.n(1, 4)),
        sp=str(g.pick((2, 3, 5, 8))),
        sprint=str(g.n(10, 60)),
    )


@T("c-jira-firmware", "jira")
def jira_firmware(g):
    return t(
        """
        OPS-{n} Task: roll out locker firmware {ver}
        Scope: PL-{a} to PL-{b} ({c} lockers), night window {t1}-{t2}
        Checklist: backup config, flash, verify door sensors, close ticket.""",
        n=str(g.n(1000, 9999)),
        ver=g.d.version(),
        a=str(g.n(100, 300)),
        b=str(g.n(301, 600)),
        c=str(g.n(20, 200)),
        t1=g.d.time(),
        t2=g.d.time(),
    )


@T("c-bib-orgs", "bibliography")
def bib_orgs(g):
    return t(
        """
        World Health Organization. ({y1}). Guidelines on hand hygiene in health care. WHO Press.
        European Space Agency. ({y2}). Sentinel-{n} user handbook (Issue {i}). ESA.
        International Organization for Standardization. (2020). ISO 13616-1: Financial services -
          International bank account number (IBAN). ISO.
        Format these in APA style.""",
        y1=str(g.n(2009, 2024)),
        y2=str(g.n(2010, 2024)),
        n=str(g.n(1, 6)),
        i=str(g.n(1, 4)),
    )


@T("c-bib-standards", "bibliography")
def bib_standards(g):
    return t(
        """
        [1] RFC 5545, Internet Calendaring and Scheduling Core Object Specification, 2009.
        [2] RFC 6350, vCard Format Specification, 2011.
        [3] ICAO Doc 9303, Machine Readable Travel Documents, 8th ed., 2021.
        [4] ISBN {isbn}. doi:{doi}
        Which of these would a style guide treat as grey literature?""",
        isbn=g.d.isbn(),
        doi=g.d.doi(),
    )


@T("c-bib-software", "bibliography")
def bib_software(g):
    return t(
        """
        The pandas development team. ({y}). pandas-dev/pandas: Pandas (v{ver}). Zenodo.
          https://doi.org/{doi}
        Astropy Collaboration. ({y2}). The Astropy Project: v{ver2}. Zenodo.
        How should I cite these in a Methods section?""",
        y=str(g.n(2020, 2025)),
        ver=g.d.version(),
        doi=g.d.doi(),
        y2=str(g.n(2018, 2025)),
        ver2=g.d.version(),
    )


@T("c-ics-release-train", "ics")
def ics_release(g):
    return t(
        """
        BEGIN:VEVENT
        UID:{uuid}
        SUMMARY:Release train {ver} - go/no-go
        DTSTART:2025{m}{d}T140000Z
        DURATION:PT30M
        LOCATION:Turing room / video bridge
        RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT={c}
        END:VEVENT
        Why doesn't this recur on Thursdays in my calendar?""",
        uuid=g.d.uuid(),
        ver=g.d.version(),
        m=f"{g.n(1, 12):02d}",
        d=f"{g.n(1, 28):02d}",
        c=str(g.n(4, 12)),
    )


@T("c-ics-bins", "ics")
def ics_bins(g):
    return t(
        """
        BEGIN:VEVENT
        SUMMARY:Garden waste collection (brown bin)
        DTSTART;VALUE=DATE:2025{m}{d}
        RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=2025{m2}28
        DESCRIPTION:Bins out by 07:00. Route {route}. No collection on bank holidays.
        END:VEVENT""",
        m=f"{g.n(3, 5):02d}",
        d=f"{g.n(1, 28):02d}",
        m2=f"{g.n(9, 11):02d}",
        route=f"R{g.n(1, 40)}",
    )


@T("c-vcard-kiosk", "vcard")
def vcard_kiosk(g):
    return t(
        """
        BEGIN:VCARD
        VERSION:4.0
        KIND:org
        FN:Harbourline Cowork - Front Desk Kiosk
        ORG:Harbourline Cowork
        URL:https://harbourline.example/kiosk
        NOTE:Room booking kiosk {n}, firmware {ver}
        END:VCARD
        Is KIND:org allowed without a TEL or EMAIL?""",
        n=str(g.n(1, 9)),
        ver=g.d.version(),
    )


@T("c-paste-es-recycling", "paste")
def paste_es(g):
    return t(
        """
        Traduce al inglés:

        Punto limpio: horario de {t1} a {t2}. Se admiten muebles, electrodomésticos, aceite
        usado y pilas. Máximo {kg} kg por visita. Para residuos de obra, pida cita previa con la
        referencia de su factura {inv}.""",
        t1=g.d.time(),
        t2=g.d.time(),
        kg=str(g.n(50, 300)),
        inv=g.d.invoice(),
    )


@T("c-paste-de-rental", "paste")
def paste_de(g):
    return t(
        """
        Fasse die Mietbedingungen kurz zusammen:

        Die Selbstbeteiligung beträgt {price}. Das Fahrzeug ist vollgetankt zurückzugeben,
        sonst berechnen wir {fuel} pro Liter zuzüglich Servicegebühr. Auslandsfahrten sind nur
        nach vorheriger Genehmigung erlaubt. Kilometerpaket: {km} km inklusive.""",
        price=g.d.price(),
        fuel=g.pick(("2,49 €", "2,89 €")),
        km=str(g.pick((1000, 1500, 3000))),
    )


@T("c-paste-fr-karaoke", "paste")
def paste_fr(g):
    return t(
        """
        Réponds en français à cette question de client, en t'appuyant sur le règlement :

        « Les salons privés sont disponibles de {t1} à {t2}. Réservation minimum : 2 heures.
        Acompte de {price} non remboursable moins de 48 h avant. Nourriture extérieure
        interdite. » - Peut-on venir à 14 personnes dans le salon n° {n} ?""",
        t1=g.d.time(),
        t2=g.d.time(),
        price=g.d.price(),
        n=str(g.n(1, 9)),
    )


@T("c-paste-pt-gym", "paste")
def paste_pt(g):
    return t(
        """
        Resuma este aviso da academia:

        A partir de {date}, as aulas de Murph e Cindy passam para as {time}. O vestiário
        feminino estará em obras por {d} dias. Planos anuais têm {pct}% de desconto até o fim
        do mês.""",
        date=g.d.dmy("/"),
        time=g.d.time(),
        d=str(g.n(3, 20)),
        pct=str(g.n(5, 30)),
    )


@T("c-paste-it-library", "paste")
def paste_it(g):
    return t(
        """
        Traduci in inglese questo avviso della biblioteca:

        Dal {date} la sala di consultazione sarà aperta dalle {t1} alle {t2}. I documenti
        d'archivio vanno richiesti entro le ore 12 del giorno precedente. È vietato l'uso di
        penne; sono ammesse solo matite.""",
        date=g.d.dmy("/"),
        t1=g.d.time(),
        t2=g.d.time(),
    )


@T("c-paste-pl-locker", "paste")
def paste_pl(g):
    return t(
        """
        Przetłumacz na angielski instrukcję:

        Aby odebrać paczkę, zeskanuj kod QR na ekranie paczkomatu lub wpisz 6-cyfrowy kod
        odbioru. Skrytka otworzy się automatycznie. Paczka czeka {h} godzin. Numer przesyłki:
        {track}.""",
        h=str(g.pick((48, 72))),
        track=g.d.tracking(),
    )


@T("c-paste-multi-dating", "paste")
def paste_multi(g):
    lang, text = g.pick(
        (
            (
                "Turkish",
                "Fotoğraf doğrulaması {h} saat içinde tamamlanır. Biyografide telefon "
                "numarası paylaşmak yasaktır.",
            ),
            (
                "Indonesian",
                "Verifikasi foto selesai dalam {h} jam. Dilarang membagikan nomor telepon di bio.",
            ),
            (
                "Vietnamese",
                "Việc kiểm tra ảnh sẽ xong trong vòng {h} giờ. Không được đăng số "
                "điện thoại trong phần giới thiệu.",
            ),
            (
                "Swedish",
                "Fotoverifieringen tar upp till {h} timmar. Det är inte tillåtet att "
                "dela telefonnummer i profiltexten.",
            ),
            (
                "Dutch",
                "Fotoverificatie duurt maximaal {h} uur. Telefoonnummers delen in je bio "
                "is niet toegestaan.",
            ),
        )
    )
    return t(
        "Check that this {lang} help-centre text says the same as our English policy:\n\n" + text,
        lang=lang,
        h=str(g.pick((24, 48))),
    )


@T("c-paste-en-summarise", "paste")
def paste_en(g):
    return t(
        """
        Summarise for the board in three bullets:

        "Auction results {month}: {n} lots offered, {s} sold ({pct}%). Total hammer {price}.
        The highest price was lot {lot}, a former chapel with planning consent. Two lots were
        withdrawn before the sale. Online bidding accounted for {on}% of registrations."
        """,
        month=g.pick(("March", "June", "October")),
        n=str(g.n(40, 90)),
        s=str(g.n(20, 39)),
        pct=str(g.n(50, 90)),
        price=g.d.price(),
        lot=str(g.n(1, 90)),
        on=str(g.n(30, 80)),
    )


@T("c-voice-lease", "voice")
def voice_lease(g):
    return low(
        t(
            "remind me to renew the van lease before the end of {month} and check the mileage "
            "is under {km} thousand",
            month=g.pick(("march", "june", "september")),
            km=g.pick(("thirty", "forty five", "sixty")),
        )
    )


@T("c-voice-workout", "voice")
def voice_workout(g):
    return low(
        t(
            "add murph to saturday with a {w} pound vest and cindy on {day} i hope the shoulder "
            "holds up",
            w=g.pick(("fourteen", "twenty")),
            day=g.pick(("tuesday", "wednesday")),
        )
    )


@T("c-voice-lab", "voice")
def voice_lab(g):
    return low(
        t(
            "note the lab needs more hela media and the sonic hedgehog antibody order number "
            "{n} will do for now",
            n=" ".join(str(g.n(0, 9)) for _ in range(6)),
        )
    )


@T("c-racing-notes-radio", "notes")
def racing_notes(g):
    return t(
        """
        Sports desk notes - {day}
        - {time} race: favourite is {horse} at {odds}; trainer's yard confirmed it runs
        - {horse2} scratched (lame)
        - read the Red Rum anniversary piece after the {time2} bulletin
        - no betting odds on air before 6am (policy v{ver})""",
        day=g.pick(("Saturday", "Wednesday")),
        time=g.d.time(),
        horse=g.pick(("Frankel's Echo", "Desert Orchid II", "Sea The Moon", "Kauto Star")),
        odds=g.pick(("5/2", "7/4", "11/8", "evens")),
        horse2=g.pick(("Galopin Des Champs", "Constitution Hill", "Tiger Roll")),
        time2=g.d.time(),
        ver=g.d.version(),
    )


@T("c-auction-minutes-rates", "minutes")
def auction_rates(g):
    return t(
        """
        Pricing committee - {date}
        1. Base rate assumption {r}% (pulled from the Bloomberg terminal at 09:00).
        2. Reserve prices for lots {a}-{b} to be cut by {cut}% if unsold twice.
        3. The Carnegie Hall-style charity gala idea was parked.
        Next review: {date2}.""",
        date=g.d.date(),
        r=f"{g.n(3, 6)}.{g.n(0, 99):02d}",
        a=str(g.n(1, 30)),
        b=str(g.n(31, 80)),
        cut=str(g.n(5, 15)),
        date2=g.d.date(),
    )
