"""val32 personal templates, part D: research grants and conferences, cryptocurrency
exchanges, developer material (code, logs, git, diffs, stack traces), and pasted text in
other languages."""

from __future__ import annotations

from appliance.testing.pii_corpus.val32_gen import t

TEMPLATES = [
    t(
        "grant-email-1",
        "email",
        "research",
        r"""
        Subject: Award letter - [[grant1]]

        Dear Professor [[p1.last]],

        I am pleased to confirm that your proposal "Meltwater and soil microbes above the \
        tree line" has been funded for 36 months. Your co-investigator, Dr [[p2]] \
        ([[city1]]), will be named on the award.

        Please ask your finance office to confirm the bank details for the first \
        instalment. The account we have on file, [[iban1]], was closed last year.

        [[p3]]
        Programme Manager
    """,
    ),
    t(
        "conf-form-1",
        "form",
        "research",
        r"""
        REGISTRATION - 14th Symposium on Computational Topology
        Name on badge: [[p1]]
        Institution city: [[city1]]
        Email: [[p1.email]]
        Mobile (for on-site changes): [[phone1]]
        Conference dinner in the Abel Hall: yes (vegetarian)
        Accompanying person: [[p2]]
        Payment: [[card1]]  exp 11/26  CVC ***
        Fee: [[price1.m]]
    """,
    ),
    t(
        "conf-csv-1",
        "csv",
        "research",
        r"""
        session,speaker,city,email,title
        Plenary,[[p1]],[[city1]],[[p1.email]],"Dijkstra's algorithm on dynamic graphs"
        Parallel A,[[p2]],[[city2]],[[p2.email]],"Kalman filters for glacier flow"
        Parallel B,"[[p3.lf]]",[[city3]],[[p3.email]],"Gaussian processes in soil science"
    """,
    ),
    t(
        "research-bibliography-1",
        "bibliography",
        "research",
        r"""
        [[p1.bib]], [[p2.bib]], & [[p3.bib]] ([[year1]]). Fungal networks under \
        permafrost thaw. Soil Biology and Biochemistry, 168, 108642. \
        https://doi.org/[[doi1]]

        [[p4.bib]] ([[year2]]). The Kalman filter in hydrology: a review. Water \
        Resources Research, 57(4), e2020WR028.

        [[p5.bib]], & [[p1.bib]] ([[year3]]). Parkinson's disease and rural pesticide \
        exposure: a cohort study. The Lancet Neurology, 20(9), 712-722.
    """,
    ),
    t(
        "conf-minutes-1",
        "minutes",
        "research",
        r"""
        Prize committee - minutes, [[date1]]
        Present: [[p1]] (chair), [[p2]], [[p3]], [[p4.init]]
        1. The committee agreed to put [[p5]] forward for the Fields Medal lecture series \
        and [[p6]] for the Turing Award shortlist.
        2. The Nobel lecture room (Bohr auditorium) is booked for [[date2]].
        3. [[p2.first]] to contact the nominees; [[p3.first]] to draft the press release.
        4. AOB: [[p1.first]] reminded everyone that the Kavli reception needs numbers by \
        [[date3]].
    """,
    ),
    t(
        "research-git-1",
        "git",
        "research",
        r"""
        commit [[hash1.long]]
        Author: [[p1]] <[[p1.email@glaciolab.org]]>
        Date:   [[date1.git]] +0200

            Fix unit conversion in meltwater flux (m3/s vs l/s)

            Reported-by: [[p2]] <[[p2.email]]>
            Signed-off-by: [[p1]] <[[p1.email@glaciolab.org]]>

        commit [[hash2.long]]
        Merge: [[hash3.short]] [[hash4.short]]
        Author: [[p3]] <[[p3.email@glaciolab.org]]>
        Date:   [[date2.git]] +0200

            Merge branch 'kalman-smoother'
    """,
    ),
    t(
        "research-yaml-1",
        "yaml",
        "research",
        r"""
        cff-version: 1.2.0
        title: "glacier-soil: tools for meltwater microbiology"
        version: [[ver1]]
        doi: [[doi1]]
        authors:
          - family-names: "[[p1.last]]"
            given-names: "[[p1.first]]"
            affiliation: "Polar Institute, [[city1]]"
          - family-names: "[[p2.last]]"
            given-names: "[[p2.first]]"
            email: [[p2.email]]
    """,
    ),
    t(
        "conf-toolcall-1",
        "toolcall",
        "research",
        r"""
        {"tool": "generate_visa_invitation", "input": {"participant": "[[p1]]", \
        "citizenship": "[[country1]]", "home_address": "[[addr1]]", \
        "conference": "Fields Medal Symposium", "dates": "[[date1]] to [[date2]]", \
        "signatory": "[[p2]]"}}
    """,
    ),
    t(
        "research-diff-1",
        "diff",
        "research",
        r"""
        diff --git a/AUTHORS.md b/AUTHORS.md
        index [[hash1.short]]..[[hash2.short]] 100644
        --- a/AUTHORS.md
        +++ b/AUTHORS.md
        @@ -3,4 +3,6 @@
         - [[p1]] (maintainer)
         - [[p2]]
        -- [[p3]] <[[p3.email]]>
        +- [[p3]] <[[p3.email@glaciolab.org]]>
        +- [[p4]] <[[p4.email]]> - Kalman smoother
        +- [[p5]]
    """,
    ),
    t(
        "crypto-ticket-1",
        "ticket",
        "crypto",
        r"""
        KYC review [[ticket1]] - withdrawal on hold
        Customer: [[p1]] (uid [[build1]])
        Residence: [[addr1/US]]
        SSN on file: [[ssn1]]
        Request: sell 2.4 ETH, send [[price1.l]] to checking account [[acct1.us]]
        Logins in the last 24h: [[ip1]], [[ip2]]
        Reviewer [[p2.first]]: [[ip2]] is a VPN exit node; asked the customer for a \
        liveness check before release.
    """,
    ),
    t(
        "crypto-log-1",
        "log",
        "crypto",
        r"""
        {"ts":"[[date1.1]]T08:01:22Z","event":"login","user":"[[p1.email]]","ip":"[[ip1]]","mfa":"totp","ok":true}
        {"ts":"[[date1.1]]T08:02:10Z","event":"withdraw_request","user":"[[p1.email]]","asset":"DOGE","amount":"[[amount1]]","ip":"[[ip1]]"}
        {"ts":"[[date1.1]]T08:05:47Z","event":"login","user":"[[p2.email]]","ip":"[[ip2.v6]]","mfa":"sms","ok":false}
        {"ts":"[[date1.1]]T08:05:49Z","event":"lockout","user":"[[p2.email]]","ip":"[[ip2.v6]]"}
    """,
    ),
    t(
        "crypto-chat-1",
        "chat",
        "crypto",
        r"""
        I'm new to this. I bought 5,000 Dogecoin on Satoshi Exchange with my Visa \
        [[card1.visa]] and now they want to verify me. They asked for my full name \
        ([[p1]]), home address ([[addr1]]) and a phone number ([[phone1]]). Is this normal \
        or a scam? And what exactly is a "satoshi"?
    """,
    ),
    t(
        "crypto-email-1",
        "email",
        "crypto",
        r"""
        Subject: New sign-in to your Hodlwise account

        Hi [[p1.first]],

        We noticed a sign-in from a device we don't recognise:
          Location (approx.): [[city1]], [[city1.country]]
          IP address: [[ip1]]
          Time: [[date1]] [[time1]] UTC

        If this was you, there is nothing to do. If not, freeze your account at once from \
        the app and change your password.

        Hodlwise Security
    """,
    ),
    t(
        "crypto-json-1",
        "json",
        "crypto",
        r"""
        POST /v2/kyc/individuals
        {
          "first_name": "[[p1.first]]",
          "last_name": "[[p1.last]]",
          "ssn": "[[ssn1]]",
          "address": {"line1": "[[addr1/US.street]]", "city": "[[addr1.city]]",
                      "country": "[[addr1.country]]"},
          "phone": "[[phone1/US]]",
          "email": "[[p1.email]]",
          "source_ip": "[[ip1]]"
        }
    """,
    ),
    t(
        "crypto-jira-1",
        "jira",
        "crypto",
        r"""
        SEC-[[build1]] Possible account takeover
        Reporter: [[p1]]   Watchers: [[p2]], [[p3]]
        Customer [[p4]] ([[p4.email]]) reports a withdrawal of 1,200 DOGE they did not \
        make. Session came from [[ip1]] ([[country1]]); customer is normally on [[ip2]].
        Comment ([[p2]]): wallet frozen, card [[card1]] blocked with the issuer.
    """,
    ),
    t(
        "crypto-slack-1",
        "slack",
        "crypto",
        r"""
        {"ts": "1718023412.000200", "user": "U02HX", "user_name": "[[p1]]", \
        "text": "who's on call for withdrawals? [[p2]] is stuck at the SMS step"}
        {"ts": "1718023470.000300", "user": "U07QP", "user_name": "[[p3]]", \
        "text": "me. @[[p1.handle]] what's their number? I'll send a manual code"}
        {"ts": "1718023501.000400", "user": "U02HX", "user_name": "[[p1]]", \
        "text": "[[phone1]]"}
    """,
    ),
    t(
        "code-python-1",
        "code",
        "dev",
        r"""
        # fixtures for the refund tests. TODO([[p1.first]]): swap for synthetic data!
        CUSTOMERS = [
            {"name": "[[p2]]", "email": "[[p2.email]]", "card": "[[card1]]"},
            {"name": "[[p3]]", "email": "[[p3.email]]", "iban": "[[iban1]]"},
        ]


        def test_refund_goes_to_original_card(client):
            resp = client.post("/refunds", json={"order": "[[order1]]", "customer": 0})
            assert resp.json()["destination"] == CUSTOMERS[0]["card"]
    """,
    ),
    t(
        "code-js-1",
        "code",
        "dev",
        r"""
        // booking widget for the Hemingway Suite - owner: [[p1]] ([[p1.email@casalumen.pt]])
        export const config = {
          adminPhone: "[[phone1]]",
          fallbackContact: "[[role1.web@casalumen.pt]]",
          allowedIps: ["[[ip1]]", "[[ip2]]"],
          theme: { accent: "[[hex1]]" },
        };
    """,
    ),
    t(
        "code-go-1",
        "code",
        "dev",
        r"""
        func TestInvoiceHeader(t *testing.T) {
            c := Customer{Name: "[[p1]]", Email: "[[p1.email]]", Phone: "[[phone1]]"}
            got := InvoiceHeader(c)
            want := "Invoice for [[p1]]"
            if got != want {
                t.Fatalf("got %q, want %q", got, want)
            }
        }
    """,
    ),
    t(
        "code-sql-1",
        "code",
        "dev",
        r"""
        -- restore two guests deleted by mistake on [[date1.1]] ([[ticket1]], approved by [[p1]])
        INSERT INTO guests (full_name, email, phone, home_city) VALUES
          ('[[p2]]', '[[p2.email]]', '[[phone1]]', '[[city1]]'),
          ('[[p3]]', '[[p3.email]]', '[[phone2]]', '[[city2]]');
    """,
    ),
    t(
        "log-nginx-1",
        "log",
        "dev",
        r"""
        [[ip1]] - - [[[date1.1]] 10:22:31 +0000] "GET /account?email=[[p1.email]] HTTP/1.1" 200 5123
        [[ip2]] - - [[[date1.1]] 10:22:35 +0000] "POST /api/login HTTP/1.1" 401 87
        [[ip3.v6]] - - [[[date1.1]] 10:22:40 +0000] "GET /healthz HTTP/2.0" 200 2
    """,
    ),
    t(
        "stacktrace-js-1",
        "stacktrace",
        "dev",
        r"""
        Error: Payment declined for [[p1]] <[[p1.email]]>
            at chargeCard (/app/src/payments/charge.js:48:11)
            at async processOrder (/app/src/orders/process.js:112:5)
            at async /app/src/routes/checkout.js:37:9 {
          code: 'CARD_DECLINED',
          card: '[[card1]]',
          clientIp: '[[ip1]]'
        }
    """,
    ),
    t(
        "paste-es-1",
        "paste",
        "hotel",
        r"""
        Resume este correo en tres frases para el equipo de recepción:

        "Buenas tardes. Me llamo [[p1]] y tengo una reserva en la suite Hemingway del \
        [[date1.2]] al [[date2.2]]. Viajo con [[p2]], que usa silla de ruedas, así que \
        necesitamos una habitación adaptada y una cama supletoria. Llegamos en el vuelo \
        [[flight1]] sobre las [[time1]]. Si hay algún problema, pueden llamarme al \
        [[phone1/ES]] o escribir a [[p1.email]]. Muchas gracias."
    """,
        lang="es",
    ),
    t(
        "paste-de-1",
        "paste",
        "ski",
        r"""
        Übersetze bitte ins Englische:

        Hallo [[p1.first]],
        vielen Dank für deine Anfrage zur Hüttenwoche. Wir haben für euch das Lager im \
        Obergeschoss reserviert, vom [[date1.2]] bis zum [[date2.2]]. [[p2]] aus unserem \
        Team holt euch am Parkplatz mit dem Schneemobil ab (Handy: [[phone1/AT]]). Die \
        Anzahlung überweist ihr bitte auf [[iban1/AT]].
        Herzliche Grüße von der Hütte
        [[p3]]
    """,
        lang="de",
    ),
    t(
        "paste-fr-1",
        "paste",
        "vet",
        r"""
        Extract as JSON (owner, pet, requested date, phone):

        « Bonjour, je suis [[p1]] et j'ai un chat de 4 ans, Caramel. Je voudrais déplacer \
        son rendez-vous de vaccination au [[date1.2]] si possible. [[p2.first]] pourra \
        l'amener à la clinique. Vous pouvez me joindre au [[phone1/FR]]. Merci ! »
    """,
        lang="fr",
    ),
    t(
        "paste-pt-1",
        "paste",
        "cruise",
        r"""
        Responde a este cliente em português, de forma simpática:

        "Olá! Sou [[p1]] e fiz a reserva [[booking1]] para o cruzeiro de [[date1.2]]. A \
        cabine é a [[room1]], no deck Camões. Queria saber se posso levar [[p2]] em vez \
        de [[p3.first]], que já não pode ir. O meu telemóvel é [[phone1/PT]]. Obrigado!"
    """,
        lang="pt",
    ),
    t(
        "paste-it-1",
        "paste",
        "council",
        r"""
        Riassumi in inglese questa segnalazione arrivata al comune:

        "Buongiorno, sono [[p1]] e abito in [[addr1/IT]]. Da tre settimane il cassonetto \
        della carta davanti al civico non viene svuotato e ci sono sacchi ovunque. Ho già \
        chiamato il numero verde due volte. Può richiamarmi qualcuno dell'ufficio \
        ambiente al [[phone1/IT]]? Ne ho parlato anche con [[p2]], che conosce la \
        situazione. Grazie."
    """,
        lang="it",
    ),
    t(
        "paste-nl-1",
        "paste",
        "furniture",
        r"""
        Schrijf een kort antwoord namens de klantenservice:

        "Hallo, mijn naam is [[p1]]. Op [[date1.2]] zou mijn Billy-kast bezorgd worden op \
        [[addr1/NL]], maar er is niemand gekomen. Ik heb de hele dag thuis gewacht en mijn \
        buren, [[p2]], hebben ook niemand gezien. Bel me alsjeblieft op [[phone1/NL]]. \
        Ordernummer [[order1]]."
    """,
        lang="nl",
    ),
    t(
        "paste-pl-1",
        "paste",
        "payroll",
        r"""
        Podsumuj po angielsku:

        "Dzień dobry, piszę w sprawie wypłaty za marzec. Nazywam się [[p1]], numer \
        pracownika P-[[build1]]. Wynagrodzenie nie wpłynęło na moje konto [[iban1/PL]]. \
        Kierownik zespołu, [[p2]], potwierdził listę płac. Proszę o kontakt pod numerem \
        [[phone1/PL]]."
    """,
        lang="pl",
    ),
    t(
        "paste-sv-1",
        "paste",
        "marina",
        r"""
        Translate into English:

        "Hej! Jag heter [[p1]] och har båtplats C-[[num1]] i hamnen sedan [[year1]]. Min \
        båt, Sjöstjärnan, behöver en större plats nästa säsong. Min granne [[p2]] har \
        lovat att hjälpa till med flytten. Ring mig på [[phone1/SE]] eller mejla \
        [[p1.email]]."
    """,
        lang="sv",
    ),
    t(
        "paste-tr-1",
        "paste",
        "telecoms",
        r"""
        Aşağıdaki mesajdan müşteri adını, telefonu ve IP adresini JSON olarak çıkar:

        "Merhaba, ben [[p1]]. İnternetim iki gündür çalışmıyor. Modemin arayüzünde WAN \
        adresi [[ip1]] görünüyor ama sayfalar açılmıyor. Teknisyen [[p2]] dün geleceğini \
        söyledi ama gelmedi. Numaram [[phone1/TR]]."
    """,
        lang="tr",
    ),
    t(
        "paste-id-1",
        "paste",
        "nursery",
        r"""
        Balas pesan ini dengan sopan:

        "Selamat siang, saya [[p1]], orang tua dari [[p2.first]] di kelas Kupu-Kupu. \
        Mulai minggu depan anak saya akan dijemput oleh neneknya, [[p3]]. Nomor HP \
        beliau [[phone1/ID]]. Mohon dicatat ya. Terima kasih."
    """,
        lang="id",
    ),
    t(
        "paste-vi-1",
        "paste",
        "toys",
        r"""
        Summarise this customer message in English:

        "Chào shop, em là [[p1/vietnamese]]. Em đặt bộ búp bê Barbie, mã đơn [[order1]], \
        giao tới [[addr1/VN]]. Hôm qua shipper gọi cho em nhưng em bận. Nhờ shop gọi lại \
        số [[phone1/VN]] hoặc gọi cho người nhà em là [[p2/vietnamese]]. Cảm ơn shop!"
    """,
        lang="vi",
    ),
    t(
        "paste-en-1",
        "paste",
        "research",
        r"""
        Summarise this thread and list the action items with owners:

        From: [[p1]]
        Sent: [[date1]]
        To: [[p2]]; [[p3]]
        Subject: RE: Fields Medal lecture logistics

        [[p2.first]] - the lecture hall is booked, but the Kavli room is double-booked for \
        the reception. Can you ask facilities? [[p3.first]], please send the speaker's \
        travel details to [[role1.events@topology-symposium.org]].

        > From: [[p2]]
        > The speaker lands on [[flight1]] at [[time1]]; [[p4]] will meet them. Mobile \
        [[phone1]].
    """,
    ),
    t(
        "research-voice-1",
        "voice",
        "research",
        r"""
        note to self ask [[p1]] whether the Nobel lecture slides are final and send the \
        hotel booking for [[p2]] to the assistant of [[p3.first]] the number is [[phone1]]
    """,
    ),
    t(
        "crypto-voice-1",
        "voice",
        "crypto",
        r"""
        hi i need to report a problem my name is [[p1]] someone logged into my Hodlwise \
        account from [[city1]] and tried to withdraw my Dogecoin please call me on \
        [[phone1]]
    """,
    ),
    t(
        "crypto-sms-1",
        "sms",
        "crypto",
        r"""
        Hodlwise: [[p1.first]], your withdrawal of [[price1.l]] to account [[acct1]] is \
        being processed. Not you? Call [[phone1]] now.
    """,
    ),
    t(
        "conf-ics-1",
        "ics",
        "research",
        r"""
        BEGIN:VCALENDAR
        BEGIN:VEVENT
        SUMMARY:Turing Award panel - speaker prep
        DTSTART:20250612T120000Z
        ORGANIZER;CN="[[p1.lf]]":mailto:[[p1.email]]
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN=[[p2]]:mailto:[[p2.email]]
        ATTENDEE;ROLE=OPT-PARTICIPANT;CN=[[p3]]:mailto:[[p3.email]]
        DESCRIPTION:Dial-in for [[p3.first]]: [[phone1]]
        END:VEVENT
        END:VCALENDAR
    """,
    ),
    t(
        "grant-vcard-1",
        "vcard",
        "research",
        r"""
        BEGIN:VCARD
        VERSION:3.0
        N:[[p1.last]];[[p1.first]];;Prof.;
        FN:Prof. [[p1]]
        ORG:Polar Institute
        EMAIL:[[p1.email@polarinst.org]]
        TEL;TYPE=cell:[[phone1]]
        ADR;TYPE=work:;;[[addr1.street]];[[addr1.city]];;[[addr1.postcode]];[[addr1.country]]
        END:VCARD
    """,
    ),
    t(
        "crypto-markdown-1",
        "markdown_table",
        "crypto",
        r"""
        Withdrawals flagged for manual review

        | Customer | Asset | Amount | Destination | Login IP |
        |---|---|---|---|---|
        | [[p1]] | DOGE | 12,000 | [[iban1]] | [[ip1]] |
        | [[p2]] | BTC | 0.31 | [[iban2]] | [[ip2]] |
        | [[p3]] | EUR | [[price1.l]] | [[iban3]] | [[ip3.v6]] |
    """,
    ),
    t(
        "payroll-html-1",
        "html",
        "payroll",
        r"""
        <div class="payslip-header">
          <p><b>Employee:</b> [[p1]] &middot; <b>SSN:</b> [[ssn1]]</p>
          <p><b>Deposited to:</b> checking account [[acct1.us]]</p>
          <p><b>Home address:</b> [[addr1/US]]</p>
        </div>
        <footer>Questions? <a href="mailto:[[role1.payroll@brightwaterhosp.com]]">Payroll</a>
        </footer>
    """,
    ),
]
