"""val32 personal templates, part B: video game studios, comic and manga publishers,
veterinary clinics and pet insurance, nurseries and care homes, perfume and fashion houses,
subtitling studios."""

from __future__ import annotations

from appliance.testing.pii_corpus.val32_gen import t

TEMPLATES = [
    t(
        "game-ticket-1",
        "ticket",
        "games",
        r"""
        Ban appeal [[ticket1]]
        Account: DuskRider_[[num1]] (registered to [[p1]], [[p1.email]])
        Server: Ingeborg-EU3
        Reason for ban: "chat abuse during the Lady Morwenna raid"
        Player's statement: my little brother [[p2.first]] used my PC that night, I wasn't \
        home. The logins that evening came from [[ip1]], not my usual [[ip2]].
        Agent note: both addresses geolocate to [[city1]]; escalating to [[p3]].
    """,
    ),
    t(
        "game-log-1",
        "log",
        "games",
        r"""
        [[date1.1]]T21:14:03Z INFO  auth     login ok user=[[p1.email]] ip=[[ip1]] shard=Bertha-NA
        [[date1.1]]T21:14:09Z INFO  matchmk  queued party=4 boss="Old Jebediah" tier=mythic
        [[date1.1]]T21:20:41Z WARN  auth     failed login user=[[p2.email]] ip=[[ip2]] attempts=3
        [[date1.1]]T21:20:44Z WARN  auth     failed login user=[[p2.email]] ip=[[ip2.v6]] attempts=4
        [[date1.1]]T21:21:02Z INFO  billing  chargeback opened order=[[order1]] amount=[[price1.s]]
    """,
    ),
    t(
        "game-slack-1",
        "slack",
        "games",
        r"""
        #boss-balancing  [[date1]]
        [[p1]]  [[time1]]
        The Lady Morwenna fight is still too hard on normal. Playtesters hit the enrage \
        timer in 9 of 12 runs.
        [[p2]]  [[time1]]
        agreed. @[[p3.handle]] can you drop her phase-2 damage by 15%?
        [[p3]]  [[time2]]
        on it. also [[p4.nick]] from QA says Sir Aldric's shield bug is back in [[ver1]]
        buildbot  [[time2]]
        build [[build1]] passed (commit [[hash1]])
    """,
    ),
    t(
        "game-jira-1",
        "jira",
        "games",
        r"""
        SUP-[[build1]]: Refund request escalated by player support
        Priority: Major   Component: Store
        Description:
        Player [[p1]] ([[p1.email]]) bought the Captain Orla skin pack twice. Both \
        charges appear on card [[card1]] on [[date1]]. Login IP at purchase: [[ip1]].
        Comment ([[p2]]): refund one of the two charges, the duplicate comes from the \
        store retry bug fixed in [[ver1]].
        Comment ([[p3]]): done, player notified.
    """,
    ),
    t(
        "game-json-1",
        "json",
        "games",
        r"""
        {
          "ticket": "[[ticket1]]",
          "player": {
            "display_name": "NightOwl[[num1]]",
            "real_name": "[[p1]]",
            "email": "[[p1.email]]",
            "country": "[[country1]]",
            "profile": "https://forum.emberforge.games/u/[[p1.slug]]",
            "last_ip": "[[ip1]]"
          },
          "character": {"name": "Sir Aldric", "class": "paladin", "server": "Rupertsberg"},
          "assigned_to": "[[p2]]"
        }
    """,
    ),
    t(
        "game-git-1",
        "git",
        "games",
        r"""
        commit [[hash1.long]]
        Author: [[p1]] <[[p1.email@emberforge.games]]>
        Date:   [[date1.git]] +0100

            Rebalance Old Jebediah phase 3 and fix Sir Aldric shield clipping

            Co-authored-by: [[p2]] <[[p2.email@emberforge.games]]>

        commit [[hash2.long]]
        Author: [[p3]] <[[p3.email@emberforge.games]]>
        Date:   [[date2.git]] +0100

            Add Ingeborg-EU3 shard to the region list
    """,
    ),
    t(
        "game-stacktrace-1",
        "stacktrace",
        "games",
        r"""
        Traceback (most recent call last):
          File "/srv/store/refunds.py", line 212, in issue_refund
            gateway.refund(order_id, amount, card=card_number)
          File "/srv/store/gateway.py", line 88, in refund
            raise GatewayError(f"declined for {holder} ({card})")
        store.gateway.GatewayError: declined for [[p1]] ([[card1]])
        order_id=[[order1]] amount=[[price1.m]] requested_by=[[p2.email]] from [[ip1]]
    """,
    ),
    t(
        "game-diff-1",
        "diff",
        "games",
        r"""
        --- a/config/moderators.yaml
        +++ b/config/moderators.yaml
        @@ -4,7 +4,8 @@ shards:
           Ingeborg-EU3:
        -    - name: "[[p1]]"
        -      contact: "[[p1.email]]"
        +    - name: "[[p2]]"
        +      contact: "[[p2.email]]"
        +      phone: "[[phone1]]"
           Bertha-NA:
             - name: "[[p3]]"
    """,
    ),
    t(
        "comics-email-1",
        "email",
        "comics",
        r"""
        Dear [[p1.first]],

        Attached is the royalty statement for the second half of the year: 14,220 copies \
        of "The Lighthouse Cats" sold across all editions, with the Tintin-style box set \
        doing especially well. Since you publish as [[p2]], the statement uses that name, \
        but payment goes to your own account as before: [[iban1]].

        Our new rights manager, [[p3]], will call you on [[phone1]] about the Japanese \
        licence.

        Best,
        [[p4]], Editorial Director
    """,
    ),
    t(
        "comics-bibliography-1",
        "bibliography",
        "comics",
        r"""
        References

        [[p1.bib]] ([[year1]]). Reading the panel: gutter, rhythm and time in Franco-Belgian \
        comics. Journal of Graphic Narrative, 11(2), 45-71. https://doi.org/[[doi1]]
        [[p2.bib]], & [[p3.bib]] ([[year2]]). Asterix abroad: humour and translation. \
        Comics Studies Quarterly, 4(1), 3-29.
        [[p4.bib]] ([[year3]]). Manga, magazines and the weekly deadline. Seika \
        University Press. ISBN [[isbn1]].
    """,
    ),
    t(
        "comics-chat-1",
        "chat",
        "comics",
        r"""
        translate these manga credits into English and keep the order: \
        原作: [[p1/japanese]] / 作画: [[p2/japanese]] / 編集: [[p3.last]]. Also the \
        character list - Kaguya, Tetsuo, Captain Harlock - should stay in romaji.
    """,
    ),
    t(
        "comics-letter-1",
        "letter",
        "comics",
        r"""
        [[p1]]
        [[addr1.lines]]

        Re: Contract for the graphic novel "Salt and Iron"

        Dear [[p1.first]],

        We are pleased to offer you an advance of [[price1.l]] for the script, payable in \
        three parts. The artist will be [[p2]], whose pen name [[p3]] will appear on the \
        cover. Please return the signed contract by [[date1]].

        With warm regards,
        [[p4]]
        Publisher, Inkwell Editions
    """,
    ),
    t(
        "vet-form-1",
        "form",
        "vet",
        r"""
        PET INSURANCE CLAIM FORM                         Policy: [[policy1]]
        Policyholder: [[p1.LASTfirst]]
        Address: [[addr1]]
        Phone: [[phone1]]           Email: [[p1.email]]
        Pet's name: Gerald          Species: cat (British Shorthair)
        Condition: urinary blockage, admitted [[date1]]
        Treating vet: [[p2.init]], MRCVS
        Amount claimed: [[price1.l]]
        Pay claim to: account holder [[p1]], IBAN [[iban1]]
    """,
    ),
    t(
        "vet-sms-1",
        "sms",
        "vet",
        r"""
        Hi [[p1.first]], Doris is awake after her dental and doing well. She can go home \
        from 4pm. Please bring her carrier. Any questions call the clinic on [[phone1]]. \
        - [[p2.first]], Willowbank Vets
    """,
    ),
    t(
        "vet-email-1",
        "email",
        "vet",
        r"""
        Subject: Referral - "Kevin", 6 y/o Labrador, suspected cruciate rupture

        Dear [[p1.title]] [[p1.last]],

        I'd be grateful if you could see Kevin for a TPLO assessment. The owners are \
        [[p2]] and [[p3]], [[addr1]], [[phone1]]. Radiographs from [[date1]] are on the \
        shared drive. Insurer: Pawsure, policy [[policy1]].

        Many thanks,
        [[p4]] BVSc
    """,
    ),
    t(
        "vet-transcript-1",
        "transcript",
        "vet",
        r"""
        Receptionist: Harbourside Vets, [[p1.first]] speaking.
        Caller: Hi, it's [[p2]], I'm calling about Brenda, our tortoise.
        Receptionist: Hello! What's happened with Brenda?
        Caller: She hasn't eaten since Tuesday. Could Dr [[p3.last]] see her today?
        Receptionist: There's a slot at [[time1]]. Is [[phone1]] still the best number?
        Caller: Yes, or my partner [[p4.first]] on [[phone2]].
    """,
    ),
    t(
        "petins-toolcall-1",
        "toolcall",
        "vet",
        r"""
        submit_claim({
          "policy_number": "[[policy1]]",
          "holder": {"name": "[[p1]]", "email": "[[p1.email]]", "phone": "[[phone1]]"},
          "pet": {"name": "Nigel", "species": "rabbit", "breed": "Mini Lop"},
          "invoice": {"id": "[[invoice1]]", "total": "[[price1.m]]", "vet": "Fernhill Vets"},
          "payout": {"iban": "[[iban1]]", "account_name": "[[p1]]"}
        })
    """,
    ),
    t(
        "vet-notes-1",
        "notes",
        "vet",
        r"""
        Consult [[date1]] [[time1]] - [[p1.init]]
        Patient: "Percy" (ferret, 3 y)   Owner: [[p2]] ([[phone1]])
        Hx: lethargy 3 days, owner's child [[p3.first]] noticed hair loss on tail
        Ex: T 39.1, mild alopecia tail base, palpable left adrenal?
        Plan: bloods + US, recheck [[date2]]; estimate given [[price1.m]]
    """,
    ),
    t(
        "nursery-email-1",
        "email",
        "nursery",
        r"""
        Subject: Peter Rabbit room - new key person from Monday

        Dear parents,

        From Monday [[p1]] will be key person for the Peter Rabbit room, taking over from \
        [[p2.first]], who moves to the Gruffalo room. [[p1.first]] has been with us for \
        six years and many of you will know [[p1.first]] from forest school.

        Children in [[p1.first]]'s group: [[p3.first]], [[p4.first]], [[p5.first]] and \
        [[p6.first]].

        If you have questions, call the office on [[phone1]].
        [[p7]], Nursery Manager
    """,
    ),
    t(
        "nursery-csv-1",
        "csv",
        "nursery",
        r"""
        child,room,authorised_collector,relationship,phone,password_word
        [[p1]],Paddington,[[p2]],mother,[[phone1]],lighthouse
        [[p3]],Paddington,[[p4]],grandfather,[[phone2]],marmalade
        [[p5]],Gruffalo,[[p6]],childminder,[[phone3]],tortoise
    """,
    ),
    t(
        "carehome-minutes-1",
        "minutes",
        "carehome",
        r"""
        Family review meeting - Nightingale wing, [[date1]]
        Resident: [[p1]] (room [[room1]])
        Present: [[p2]] (daughter), [[p3]] (deputy manager), [[p4.init]] (GP)
        1. [[p1.first]] has settled well; enjoys the Thursday music group in the Cavell lounge.
        2. Falls: none since the sensor mat was added.
        3. [[p2.first]] asked that any change in medication is phoned through on \
        [[phone1]].
        4. Fees: new direct debit from account number [[acct1]] starts [[date2]].
    """,
    ),
    t(
        "carehome-letter-1",
        "letter",
        "carehome",
        r"""
        [[date1]]

        Dear [[p1]],

        Thank you for choosing Rowan House for [[p2]]. The room in the \
        Edith Cavell wing will be ready on [[date2]].

        Weekly fees of [[price1.l]] are collected by direct debit. We have set this up from \
        the account you gave us (sort code 30-96-26, account [[acct1.uk]]).

        Our admissions lead, [[p3]], will call you on [[phone1]] before the move.

        Yours sincerely,
        [[p4]]
    """,
    ),
    t(
        "nursery-sms-1",
        "sms",
        "nursery",
        r"""
        Little Acorns: [[p1.nick]] has a temperature of 38.4 and needs collecting. We \
        couldn't reach [[p2.first]] on [[phone1]] - please call us back asap.
    """,
    ),
    t(
        "fashion-chat-1",
        "chat",
        "fashion",
        r"""
        Brief for the Colette collection launch: we want two creators to wear the Anouk \
        dress and the Ottoline bag at the [[city1]] event on [[date1]]. Shortlist: [[p1]] \
        and [[p2]]. Their agent is [[p3]] ([[p3.email]], [[phone1]]). Write a polite \
        outreach email offering [[price1.l]] per post plus the Eau de Margaux gift set.
    """,
    ),
    t(
        "fashion-markdown-1",
        "markdown_table",
        "fashion",
        r"""
        ## Sample tracker - Autumn capsule

        | Look | Piece | Model | Agency contact | Returned |
        |---|---|---|---|---|
        | 03 | Mathilde coat, camel | [[p1]] | [[phone1]] | yes |
        | 07 | Anouk slip dress | [[p2]] | [[phone2]] | no |
        | 11 | Ottoline bag, oxblood | [[p3]] | [[p3.email]] | no |

        Chase the two open samples with [[p4.first]] before [[date1]].
    """,
    ),
    t(
        "perfume-email-1",
        "email",
        "fashion",
        r"""
        Bonjour [[p1.first]],

        Thank you for your order [[order1]]: one Eau de Margaux 100 ml and the Colette \
        discovery set. Payment of [[price1.m]] was taken from the card ending in the digits \
        you gave on the phone; for our records, the full card was [[card1]] - please \
        check your statement.

        Your parcel goes to [[addr1]].

        Maison Ysaline
    """,
    ),
    t(
        "fashion-json-2",
        "json",
        "fashion",
        r"""
        {"order": "[[order1]]", "boutique": "Maison Ysaline",
         "items": [{"name": "Mathilde coat", "size": "38"}, {"name": "Eau de Margaux", "ml": 50}],
         "client": {"name": "[[p1]]", "phone": "[[phone1]]", "ship_to": "[[addr1]]"},
         "payment": {"card": "[[card1.amex]]", "holder": "[[p1.caps]]"},
         "stylist": "[[p2]]"}
    """,
    ),
    t(
        "fashion-xml-1",
        "xml",
        "fashion",
        r"""
        <product sku="[[sku1]]">
          <name>Anouk wrap dress</name>
          <collection>Colette</collection>
          <designer>[[p1]]</designer>
          <stylist>[[p2]]</stylist>
          <press contact="[[p3]]" email="[[p3.email@maisonysaline.fr]]" phone="[[phone1]]"/>
          <price currency="EUR">[[price1.m]]</price>
        </product>
    """,
    ),
    t(
        "subs-email-1",
        "email",
        "subtitling",
        r"""
        Hi [[p1.first]],

        Please find my invoice [[invoice1]] for the subtitles of "The Harbour at Night" \
        (episodes 4-6, 138 minutes, Spanish into English).

        Amount: [[price1.l]]
        Account holder: [[p2]]
        IBAN: [[iban1]]

        QC notes for [[p3.first]] are in the shared folder.
        Thanks,
        [[p2.nick]]
    """,
    ),
    t(
        "subs-paste-1",
        "paste",
        "subtitling",
        r"""
        Fix the timing overlaps in this SRT and keep the text as is:

        12
        [[tc1]] --> [[tc2]]
        - Inspector Garnet, you're late.
        - The ferry was late, Miss Pemble.

        13
        [[tc3]] --> [[tc4]]
        Translated by [[p1]]
        Subtitle QC: [[p2]]
    """,
    ),
    t(
        "subs-yaml-1",
        "yaml",
        "subtitling",
        r"""
        project: harbour-at-night-s02
        client: Northlight Pictures
        languages: [es, de, pt-BR]
        team:
          - role: translator_es
            name: [[p1]]
            email: [[p1.email]]
          - role: translator_de
            name: [[p2]]
            email: [[p2.email]]
          - role: qc
            name: [[p3]]
            phone: "[[phone1]]"
        deadline: [[date1.1]]
    """,
    ),
    t(
        "subs-slack-1",
        "slack",
        "subtitling",
        r"""
        [[p1]] [[time1]]
        @channel episode 5 of "The Harbour at Night" is back from [[p2]] - the German file \
        has 14 lines over 42 characters
        [[p3]] [[time2]]
        I'll fix those. Also Inspector Garnet's name is spelled two ways, which is right?
        [[p1]] [[time2]]
        Garnet with one t. [[p2.first]] is reachable on [[phone1]] if needed
    """,
    ),
    t(
        "game-voice-1",
        "voice",
        "games",
        r"""
        remind me to email [[p1]] about the Lady Morwenna voice lines and ask [[p2.first]] \
        if the studio in [[city1]] is free on thursday
    """,
    ),
    t(
        "vet-csv-1",
        "csv",
        "vet",
        r"""
        appointment,pet,species,owner,phone,vet
        [[date1.1]] [[time1]],Gerald,cat,[[p1]],[[phone1]],Dr [[p2.last]]
        [[date1.1]] [[time2]],Hector,dog,[[p3]],[[phone2]],Dr [[p2.last]]
        [[date2.1]] [[time1]],Mabel,guinea pig,"[[p4.lf]]",[[phone3]],Dr [[p5.last]]
    """,
    ),
    t(
        "nursery-html-1",
        "html",
        "nursery",
        r"""
        <h2>Emergency contacts - [[p1]]</h2>
        <ul>
          <li><strong>[[p2]]</strong> (parent) - <a href="tel:[[phone1]]">[[phone1]]</a></li>
          <li><strong>[[p3]]</strong> (grandparent) - [[phone2]]</li>
        </ul>
        <p>Allergies: none known. Room: Gruffalo. GP: Dr [[p4.last]].</p>
    """,
    ),
    t(
        "fashion-ics-1",
        "ics",
        "fashion",
        r"""
        BEGIN:VEVENT
        SUMMARY:Fitting - Mathilde coat (look 03)
        DTSTART:20250303T100000
        ORGANIZER;CN=[[p1]]:mailto:[[p1.email@maisonysaline.fr]]
        ATTENDEE;CN=[[p2]]:mailto:[[p2.email]]
        LOCATION:[[addr1/FR]]
        END:VEVENT
    """,
    ),
]
