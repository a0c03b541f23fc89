"""val30 templates with personal data: html, xml, code, log, git, diff, stacktrace, jira."""

from __future__ import annotations

from appliance.testing.pii_corpus.val30_gen import (
    AC,
    CC,
    IB,
    IP,
    SSN,
    E,
    L,
    N,
    P,
    Registry,
    t,
)

T = Registry()


@T("rental-html-confirm", "html")
def rental_html(g):
    a = g.p()
    return t(
        """
        <div class="confirm">
          <h2>Booking {ref} confirmed</h2>
          <p>Dear <strong>{name}</strong>, your {car} is reserved at our {city} branch.</p>
          <p>Card charged: <code>{cc}</code></p>
          <p>Questions? <a href="tel:{tel}">{phone}</a></p>
        </div>
        Convert to plain text for SMS.""",
        ref=g.d.booking(),
        name=N(a.full),
        car=g.pick(("Ford Focus", "Peugeot 208", "Toyota Yaris")),
        city=L(g.city()),
        cc=CC(g.cc()),
        tel=P(tel := g.ph(style="e164")),
        phone=P(tel),
    )


@T("karaoke-html-contact", "html")
def karaoke_html(g):
    a = g.p()
    return t(
        """
        <footer>
          <address>Neon Mic Karaoke, {addr}</address>
          <p>Private rooms: <a href="mailto:{mail}">{mail2}</a> &middot; {phone}</p>
          <p>Manager on duty: {name}</p>
        </footer>
        Is this footer accessible? Suggest fixes.""",
        addr=L(g.addr()),
        mail=E(m := "rooms@" + g.pick(("neonmic.co", "neon-mic.bar"))),
        mail2=E(m),
        phone=P(g.ph()),
        name=N(a.full),
    )


@T("library-html-exhibit", "html")
def library_html(g):
    a, b = g.p(), g.p()
    return t(
        """
        <section id="exhibition">
          <h3>Letters from the Harbour</h3>
          <p>Curated by {a}. Featuring the papers of {b}, donated by the family in {year}.</p>
          <p>Group visits: contact {c} on {phone}.</p>
        </section>""",
        a=N(a.full),
        b=N(b.full),
        year=str(g.n(1990, 2023)),
        c=N(g.p().full),
        phone=P(g.ph()),
    )


@T("dating-html-admin", "html")
def dating_html(g):
    a, b = g.p(), g.p()
    return t(
        """
        <tr class="flagged"><td>{a}</td><td>{ma}</td><td>{ip}</td><td>3 reports</td></tr>
        <tr><td>{b}</td><td>{mb}</td><td>{ip2}</td><td>1 report</td></tr>
        Why does the flagged class not apply to the second row?""",
        a=N(a.full),
        ma=E(g.em(a)),
        ip=IP(g.ip()),
        b=N(b.full),
        mb=E(g.em(b)),
        ip2=IP(g.ip4()),
    )


@T("airport-xml-pnr", "xml")
def airport_xml(g):
    a, b = g.p(), g.p()
    return t(
        """
        <PNR locator="{loc}">
          <Passenger seq="1"><Surname>{sa}</Surname><Given>{ga}</Given></Passenger>
          <Passenger seq="2"><Surname>{sb}</Surname><Given>{gb}</Given></Passenger>
          <Contact type="mobile">{phone}</Contact>
          <Segment flight="{flight}" aircraft="A321neo" tail="EI-LRA" />
        </PNR>""",
        loc=g.d.booking(),
        sa=N(a.family.upper() if a.family else a.given.upper()),
        ga=N(a.given) if a.family else "",
        sb=N(b.family.upper() if b.family else b.given.upper()),
        gb=N(b.given) if b.family else "",
        phone=P(g.ph()),
        flight=g.d.flight(),
    )


@T("claims-xml-us", "xml")
def claims_xml(g):
    a = g.p()
    return t(
        """
        <ClaimNotification>
          <Insured><Name>{name}</Name><TaxId>{ssn}</TaxId></Insured>
          <LossLocation>{addr}</LossLocation>
          <Payee account="{acct}" type="checking"/>
        </ClaimNotification>
        Map this to our JSON schema.""",
        name=N(a.full),
        ssn=SSN(g.ssn()),
        addr=L(
            g.pick(
                (
                    "77 Sandusky St, Pittsburgh, PA 15212",
                    "2217 Alder Creek Rd, Boise, ID 83702",
                    "455 Portage Ave, Winnipeg, MB R3B 2E9",
                )
            )
        ),
        acct=AC(g.acct()),
    )


@T("label-xml-sepa", "xml")
def sepa_xml(g):
    a, b = g.p(), g.p()
    return t(
        """
        <CdtTrfTxInf>
          <Amt><InstdAmt Ccy="EUR">{amt}</InstdAmt></Amt>
          <Cdtr><Nm>{a}</Nm></Cdtr>
          <CdtrAcct><Id><IBAN>{ia}</IBAN></Id></CdtrAcct>
          <RmtInf><Ustrd>Royalties Q{q} - {song} remix</Ustrd></RmtInf>
        </CdtTrfTxInf>
        <CdtTrfTxInf>
          <Cdtr><Nm>{b}</Nm></Cdtr>
          <CdtrAcct><Id><IBAN>{ib}</IBAN></Id></CdtrAcct>
        </CdtTrfTxInf>
        The bank rejected the second transaction. What's missing?""",
        amt=f"{g.n(50, 5000)}.{g.n(10, 99)}",
        a=N(a.full),
        ia=IB(g.iban(spaced=False)),
        q=str(g.n(1, 4)),
        song=g.pick(("Layla", "Jolene", "Gloria")),
        b=N(b.full),
        ib=IB(g.iban(spaced=False)),
    )


@T("label-xml-ddex", "xml")
def ddex_xml(g):
    a, b = g.p(), g.p()
    return t(
        """
        <SoundRecording>
          <ReferenceTitle><TitleText>{song}</TitleText></ReferenceTitle>
          <DisplayArtistName>{a}</DisplayArtistName>
          <ResourceContributor><PartyName>{b}</PartyName><Role>Producer</Role></ResourceContributor>
          <TerritoryCode>Worldwide</TerritoryCode>
        </SoundRecording>
        Why would a DSP reject this delivery?""",
        song=g.pick(("Roxanne", "Hey Jude", "Layla", "Jolene (Live)")),
        a=N(a.full),
        b=N(b.full),
    )


@T("cowork-code-fixture", "code")
def cowork_code(g):
    a, b = g.p(), g.p()
    return t(
        """
        # tests/fixtures.py
        MEMBERS = [
            {"name": "{a}", "email": "{ma}", "room": "Turing"},
            {"name": "{b}", "email": "{mb}", "room": "Lovelace"},
        ]
        # TODO: ask {c} whether real member data is ok here

        Rewrite these fixtures with fake data.""",
        a=N(a.full),
        ma=E(g.em(a)),
        b=N(b.full),
        mb=E(g.em(b)),
        c=N(g.p().first),
    )


@T("rental-code-sql", "code")
def rental_sql(g):
    a, b = g.p(), g.p()
    return t(
        """
        INSERT INTO drivers (full_name, phone, licence_country, email) VALUES
          ('{a}', '{pa}', '{ca}', '{ma}'),
          ('{b}', '{pb}', '{cb}', NULL);
        -- why does the second row violate chk_contact?""",
        a=N(a.full.replace("'", "''")),
        pa=P(g.ph()),
        ca=L(g.country()),
        ma=E(g.em(a)),
        b=N(b.full.replace("'", "''")),
        pb=P(g.ph()),
        cb=L(g.country()),
    )


@T("soc-code-js", "code")
def soc_js(g):
    a = g.p()
    return t(
        """
        // config/allowlist.js - owner: {a} ({ma})
        module.exports = {
          adminIps: ['{ip1}', '{ip2}'],
          pagerPhone: '{phone}',
          blockFamilies: ['Emotet', 'Qakbot', 'AgentTesla'],
        };
        Convert this to TypeScript with a type.""",
        a=N(a.full),
        ma=E(g.em(a)),
        ip1=IP(g.ip4()),
        ip2=IP(g.ip()),
        phone=P(g.ph()),
    )


@T("space-code-go", "code")
def space_go(g):
    a, b = g.p(), g.p()
    return t(
        """
        var operators = []Operator{
            {Name: "{a}", Station: "{ca}", Phone: "{pa}"},
            {Name: "{b}", Station: "{cb}", Phone: "{pb}"},
        }
        // Galileo and Hubble passes are scheduled by the planner, not here.
        Why does go vet complain about this composite literal?""",
        a=N(a.full),
        ca=L(g.city()),
        pa=P(g.ph()),
        b=N(b.full),
        cb=L(g.city()),
        pb=P(g.ph()),
    )


@T("trial-code-python", "code")
def trial_py(g):
    a = g.p()
    return t(
        """
        def notify_site(site_id):
            # escalation goes to Dr {a} until the CRA is back
            send_email("{ma}", subject="EMBER query " + site_id)
            send_sms("{phone}", "New query on your site")

        Refactor to read the contact from config.""",
        a=N(a.last),
        ma=E(g.em(a)),
        phone=P(g.ph()),
    )


@T("gym-code-sql-select", "code")
def gym_sql(g):
    a = g.p()
    return t(
        """
        SELECT m.id, m.name, c.card_number
        FROM members m JOIN cards c ON c.member_id = m.id
        WHERE m.email = '{ma}' OR c.card_number = '{cc}';
        -- returns 2 rows for {name}, expected 1""",
        ma=E(g.em(a)),
        cc=CC(g.cc(sep="")),
        name=N(a.full),
    )


@T("locker-code-test", "code")
def locker_test(g):
    a = g.p()
    return t(
        """
        test('sends pickup code', async () => {
          const res = await notify({ recipient: '{name}', phone: '{phone}', locker: 'PL-{n}' });
          expect(res.to).toBe('{phone2}');
        });
        This fails with "invalid E.164". Why?""",
        name=N(a.full),
        phone=P(ph := g.ph(style=g.pick(("national", "compact")))),
        n=str(g.n(100, 999)),
        phone2=P(ph),
    )


@T("auth-log-login", "log")
def auth_log(g):
    a, b = g.p(), g.p()
    return t(
        """
        {ts1} INFO  auth: login ok user={ma} ip={ip1} ua="Mozilla/5.0"
        {ts2} WARN  auth: 5 failed logins user={mb} ip={ip2}
        {ts3} INFO  auth: password reset sent to {mb2}
        Is this credential stuffing?""",
        ts1=g.d.ts(),
        ma=E(g.em(a)),
        ip1=IP(g.ip()),
        ts2=g.d.ts(),
        mb=E(mb := g.em(b)),
        ip2=IP(g.ip4()),
        ts3=g.d.ts(),
        mb2=E(mb),
    )


@T("locker-log-sms", "log")
def locker_log(g):
    out = []
    for _ in range(g.n(3, 4)):
        out += t(
            "{ts} locker={l} door={d} event=deposited notify_sms={phone} status=sent\n",
            ts=g.d.ts(),
            l=f"PL-{g.n(100, 999)}",
            d=str(g.n(1, 48)),
            phone=P(g.ph(style="e164")),
        )
    out.append("Which lockers are filling up fastest?")
    return out


@T("radio-log-playout", "log")
def radio_log(g):
    a, b = g.p(), g.p()
    return t(
        """
        {t1} PLAYOUT start show="Vinyl Hour" presenter="{a}"
        {t2} PLAYOUT track="{s1}" artist="{art}"
        {t3} PLAYOUT track="{s2}" artist="Neon Harbour"
        {t4} MIC open presenter="{a2}" guest="{b}"
        Make a PRS-style return from this.""",
        t1=g.d.ts(),
        a=N(a.full),
        t2=g.d.ts(),
        s1=g.pick(("Jolene", "Layla", "Valerie")),
        art=N(g.p().full),
        t3=g.d.ts(),
        s2=g.pick(("Roxanne", "Gloria", "Angie")),
        t4=g.d.ts(),
        a2=N(a.full),
        b=N(b.full),
    )


@T("payments-log-leak", "log")
def payments_log(g):
    a = g.p()
    return t(
        """
        [{ts}] ERROR charge_failed customer="{name}" card={cc} reason=do_not_honor
        [{ts2}] DEBUG retry payload={"pan":"{cc2}","zip":"{zip}"}
        Our PCI auditor found these lines. How do we scrub historical logs?""",
        ts=g.d.ts(),
        name=N(a.full),
        cc=CC(c := g.cc(sep="")),
        ts2=g.d.ts(),
        cc2=CC(c),
        zip=str(g.n(10000, 99999)),
    )


@T("station-log-telemetry", "log")
def station_log(g):
    a = g.p()
    return t(
        """
        {ts} gs-{c} antenna=A2 AOS sat=JUNO-RELAY
        {ts2} gs-{c} link up peer={ip}
        {ts3} gs-{c} operator override by {a} (console {ip2})
        {ts4} gs-{c} LOS""",
        ts=g.d.ts(),
        c=g.d.code(3).lower(),
        ts2=g.d.ts(),
        ip=IP(g.ip()),
        ts3=g.d.ts(),
        a=N(a.full),
        ip2=IP(g.ip4()),
        ts4=g.d.ts(),
    )


@T("ssh-log-auth", "log")
def ssh_log(g):
    return t(
        """
        {m} {d} 03:12:44 bastion sshd[2211]: Failed password for invalid user admin from {ip1} port 51234 ssh2
        {m} {d} 03:12:47 bastion sshd[2211]: Failed password for invalid user oracle from {ip1} port 51240 ssh2
        {m} {d} 03:13:02 bastion sshd[2230]: Accepted publickey for deploy from {ip2} port 60022 ssh2
        Summarise and suggest fail2ban settings.""",
        m=g.pick(("Jan", "Feb", "Oct", "Nov")),
        d=str(g.n(1, 28)),
        ip1=IP(g.ip4()),
        ip2=IP(g.ip()),
    )


@T("lab-git-log", "git")
def lab_git(g):
    a, b, c = g.ps(3)
    return t(
        """
        commit {sha}
        Author: {a} <{ma}>
        Date:   {date}

            Fix HeLa growth-curve fit when passage > 30

            Co-authored-by: {b} <{mb}>
            Signed-off-by: {c} <{mc}>

        Write a changelog line for this.""",
        sha=g.d.sha(40),
        a=N(a.full),
        ma=E(g.em(a, "genelab.example.edu")),
        date=g.d.date(),
        b=N(b.full),
        mb=E(g.em(b)),
        c=N(c.full),
        mc=E(g.em(c)),
    )


@T("esports-git-oneline", "git")
def esports_git(g):
    out = ["git log --format='%h %an <%ae> %s' -4\n"]
    for msg in (
        "bump overlay to {v}",
        "add {tag} to roster json",
        "fix bracket seeding",
        "revert score ticker",
    ):
        a = g.p()
        out += t(
            "{sha} {name} <{mail}> {msg}\n",
            sha=g.d.sha(),
            name=N(a.full),
            mail=E(g.em(a)),
            msg=msg.replace("{v}", g.d.version()).replace("{tag}", g.pick(("Vexa", "kairos"))),
        )
    return out


@T("film-git-review", "git")
def film_git(g):
    a, b = g.p(), g.p()
    return t(
        """
        Merge pull request #{pr} from {h}/callsheet-pdf

        Render call sheets with actor pickup times

        Reviewed-by: {a} <{ma}>
        Tested-by: {b}""",
        pr=str(g.n(100, 999)),
        h=g.pick(("vfx-tools", "prodbot", "cs-gen")),
        a=N(a.full),
        ma=E(g.em(a)),
        b=N(b.full),
    )


@T("label-git-mailmap", "git")
def label_mailmap(g):
    a, b = g.word(), g.p()
    return t(
        """
        # .mailmap
        {a} <{ma}> <{ma_old}>
        {b} <{mb}> {b_old} <{mb_old}>
        Explain what each line does.""",
        a=N(a.full),
        ma=E(g.em(a, "larkspur-records.com")),
        ma_old=E(g.em(a)),
        b=N(b.full),
        mb=E(g.em(b, "larkspur-records.com")),
        b_old=N(b.first),
        mb_old=E(g.em(b)),
    )


@T("locker-git-author", "git")
def locker_git(g):
    a = g.p()
    return t(
        """
        Author: {a} <{ma}>
        Date:   {date}

            locker-fw: retry SMS when the modem drops (PL-{n})

            The modem at {ip} was rebooting every 40 min.""",
        a=N(a.full),
        ma=E(g.em(a)),
        date=g.d.date(),
        n=str(g.n(100, 999)),
        ip=IP(g.ip4()),
    )


@T("oncall-diff-phone", "diff")
def oncall_diff(g):
    a, b = g.p(), g.p()
    return t(
        """
        --- a/oncall.yaml
        +++ b/oncall.yaml
        @@ -3,4 +3,4 @@
         primary:
        -  name: {a}
        -  phone: "{pa}"
        +  name: {b}
        +  phone: "{pb}"
        Review this change.""",
        a=N(a.full),
        pa=P(g.ph()),
        b=N(b.full),
        pb=P(g.ph()),
    )


@T("codeowners-diff", "diff")
def codeowners_diff(g):
    a, b = g.p(), g.p()
    return t(
        """
        diff --git a/MAINTAINERS b/MAINTAINERS
        @@ -12,3 +12,4 @@ Ground segment
         M: {a} <{ma}>
        +M: {b} <{mb}>
         S: Maintained
         F: gs/scheduler/""",
        a=N(a.full),
        ma=E(g.em(a)),
        b=N(b.full),
        mb=E(g.em(b)),
    )


@T("fixture-diff-address", "diff")
def fixture_diff(g):
    a = g.p()
    return t(
        """
        -    "customer": {"name": "{a}", "address": "{old}"},
        +    "customer": {"name": "{a2}", "address": "{new}"},
        Does this diff leak real customer data into the repo?""",
        a=N(a.full),
        old=L(g.addr()),
        a2=N(a.full),
        new=L(g.addr()),
    )


@T("payee-diff-iban", "diff")
def payee_diff(g):
    a = g.p()
    return t(
        """
        @@ payees.csv @@
        -{a},{old},monthly
        +{a2},{new},monthly
        Someone changed this payee's IBAN last night. Is it a typical BEC pattern?""",
        a=N(a.full),
        old=IB(g.iban(spaced=False)),
        a2=N(a.full),
        new=IB(g.iban(spaced=False)),
    )


@T("courier-stack-python", "stacktrace")
def courier_stack(g):
    a = g.p()
    return t(
        """
        Traceback (most recent call last):
          File "/srv/dispatch/notify.py", line 88, in send
            to = normalise(recipient.phone)
          File "/srv/dispatch/phones.py", line 21, in normalise
            raise ValueError(f"bad number {value!r}")
        ValueError: bad number '{phone}' for recipient {name}""",
        phone=P(g.ph(style=g.pick(("national", "dots", "00")))),
        name=N(a.full),
    )


@T("cowork-stack-java", "stacktrace")
def cowork_stack(g):
    a = g.p(gender="f")
    return t(
        """
        org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique
        constraint "members_email_key"
          Detail: Key (email)=({mail}) already exists.
            at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)
            at com.harbourline.members.MemberRepo.insert(MemberRepo.java:57)
        The member {name} says she never signed up before.""",
        mail=E(g.em(a)),
        name=N(a.full),
    )


@T("dating-stack-js", "stacktrace")
def dating_stack(g):
    a = g.p()
    return t(
        """
        TypeError: Cannot read properties of undefined (reading 'city')
            at renderProfile (profile.js:41:22)
            at Array.map (<anonymous>)
        profile = {"id": {id}, "name": "{name}", "location": null, "last_ip": "{ip}"}""",
        id=str(g.n(100000, 999999)),
        name=N(a.first),
        ip=IP(g.ip()),
    )


@T("station-stack-go", "stacktrace")
def station_stack(g):
    a = g.p()
    return t(
        """
        panic: dial tcp {ip}:{port}: connect: connection refused

        goroutine 14 [running]:
        main.(*Uplink).connect(0xc000182000)
                /src/uplink/uplink.go:77 +0x1b4
        Operator on shift: {a}, {phone}""",
        ip=IP(g.ip4()),
        port=g.d.port(),
        a=N(a.full),
        phone=P(g.ph()),
    )


@T("mro-jira-comment", "jira")
def mro_jira(g):
    a, b = g.p(), g.p()
    return t(
        """
        MRO-{n}: Lav smoke detector fault, A330 tail 9H-{reg}
        Assignee: {a}   Reporter: {b}
        ---
        {b} added a comment - {date}
        Replaced detector P/N {part}. [~{h}] please sign the CRS. Crew contact: {phone}.""",
        n=str(g.n(1000, 9999)),
        reg=g.d.code(3),
        a=N(a.full),
        b=N(b.full),
        date=g.d.date(),
        part=g.d.part(),
        h=g.pick(("mro.lead", "crs-signer", "b1.nights")),
        phone=P(g.ph()),
    )


@T("gdpr-jira-erasure", "jira")
def gdpr_jira(g):
    a = g.p()
    return t(
        """
        PRIV-{n} Erasure request
        Requester: {name}
        Identifiers: {mail}, {phone}, account number {acct}
        Received via: web form, {date}
        Comment: verify identity before deleting from the CRM and the data warehouse.""",
        n=str(g.n(100, 999)),
        name=N(a.full),
        mail=E(g.em(a)),
        phone=P(g.ph()),
        acct=AC(g.acct()),
        date=g.d.date(),
    )


@T("payments-jira-bug", "jira")
def payments_jira(g):
    a, b = g.p(), g.p()
    return t(
        """
        PAY-{n}: Amex cards rejected at checkout
        Steps: 1. log in as {a} 2. pay with {cc} 3. see "card invalid"
        {b} commented: please don't paste real cards in tickets, use the sandbox ones!""",
        n=str(g.n(1000, 9999)),
        a=N(a.full),
        cc=CC(g.cc("amex")),
        b=N(b.first),
    )


@T("soc-jira-postmortem", "jira")
def soc_jira(g):
    a, b = g.p(), g.p()
    return t(
        """
        SEC-{n} Postmortem: Emotet via invoice macro
        Timeline: {t1} user {a} opened attachment; {t2} beacon to {ip}; {t3} isolated by {b}.
        Root cause: macro policy not applied to the {city} office OU.""",
        n=str(g.n(100, 999)),
        t1=g.d.time(),
        a=N(a.full),
        t2=g.d.time(),
        ip=IP(g.ip4()),
        t3=g.d.time(),
        b=N(b.full),
        city=L(g.city()),
    )


@T("auction-jira-kyc", "jira")
def auction_jira(g):
    a = g.p()
    return t(
        """
        KYC-{n}: Bidder failed ID check
        Bidder: {lf}, registered from {ip}
        Address given: {addr}
        [~{h}] the utility bill shows a different address, can you call them on {phone}?""",
        n=str(g.n(100, 999)),
        lf=N(a.lf),
        ip=IP(g.ip4()),
        addr=L(g.addr()),
        h=g.pick(("kyc.team", "compliance2")),
        phone=P(g.ph()),
    )
