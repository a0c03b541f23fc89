"""val38 personal templates, part A: figure skating and gymnastics, cricket and rugby,
climbing gyms and mountaineering, libraries and book clubs, coin and stamp collectors."""

from __future__ import annotations

from appliance.testing.pii_corpus.val38_gen import T

PERSONAL_A = [
    T(
        "skate-chat-1",
        "chat",
        """hi, can you help me write a short note to parents? <<p1.f>> landed her first clean double Salchow today and <<p2.f>> finally got the Lutz edge right. Coach <<p3.l>> wants both moved to the Tuesday 6am ice slot. keep it upbeat, 3 sentences max""",
    ),
    T(
        "skate-email-1",
        "email",
        """From: <<p1>> <<<p1.email>>>
To: <<remail1:testsessions>>
Subject: Test day entry – Axel and Level 4 free skate

Hello,

I'd like to enter my daughter, <<p2.f>> (DOB 14/03/2013) for the free skate test on the next test day. She has been consistently landing the single Axel and the double toe loop–double toe loop combination.

Her coach, Ms <<p3.l>>, can confirm. Please call me on <<phone1>> if the entry fee needs to be paid by card over the phone.

Thanks,
<<p1.f>>""",
    ),
    T(
        "skate-form-1",
        "form",
        """CLUB MEMBERSHIP RENEWAL – ICE SEASON
Surname: <<p1.uc>>
Given names: <<p1.f>>
Home address: <<addr1>>
Mobile: <<phone1>>
Emergency contact: <<p2>> (<<phone2>>)
Discipline: [x] Singles  [ ] Pairs  [ ] Synchro
Highest jump: double Lutz
Payment: card ending 4471 already on file""",
    ),
    T(
        "gym-minutes-1",
        "minutes",
        """Gymnastics committee – minutes

Present: <<p1>> (chair), <<p2>>, <<p3.i>>, <<p4.f>> (junior rep)
Apologies: <<p5>>

1. Vault: <<p2.f>> reported that two seniors are now training the Yurchenko half-on. Spotting belts to be replaced before the regional qualifier.
2. Floor: the Biles II is NOT in the club syllabus; <<p3.l>> asked that nobody attempt it without a pit.
3. Fundraising: <<p4.f>> to contact the sponsor in <<city1>>.
Next meeting: <<date1>>.""",
    ),
    T(
        "gym-sms-1",
        "sms",
        """<<nick1>> here, running 10 min late for beam, pls tell coach <<p2.f>>. my mum's number if u need her is <<phone1>>""",
    ),
    T(
        "gym-json-1",
        "json",
        """{
  "athlete": {"name": "<<p1>>", "club": "Meridian Gymnastics", "dob": "2011-06-02"},
  "routine": ["Tsukahara", "Yurchenko layout", "round-off"],
  "judge_panel": ["<<p2>>", "<<p3>>"],
  "contact": {"email": "<<p1.email>>", "phone": "<<phone1>>"},
  "venue": "<<city1>>, <<city1.country>>"
}""",
    ),
    T(
        "skate-voice-1",
        "voice",
        """remind me to ring <<p1.lcf>> about the synchro costumes and tell <<p2.lc>> the toe loop clinic moved to thursday her number is <<phone1.bare>>""",
    ),
    T(
        "cricket-email-1",
        "email",
        """Hi <<p1.f>>,

Thanks for captaining the seconds on Saturday. Rain stopped play in the 32nd over and the umpires went to Duckworth-Lewis, so we lost by 11 runs on DLS – not your fault!

Could you forward the scorebook photos to <<p2>> (<<p2.email>>)? She's doing the league return.

Also, <<p3>> has offered to drive the kit van to <<city1>> for the away fixture.

Cheers,
<<p4.f>>
Fixtures secretary""",
    ),
    T(
        "cricket-csv-1",
        "csv",
        """player,role,phone,email,availability
<<p1>>,opening bat,<<phone1>>,<<p1.email>>,Sat only
<<p2>>,wicketkeeper,<<phone2>>,<<p2.email>>,both days
<<p3>>,off spin,<<phone3>>,,Sun only
<<p4>>,seam,<<phone4>>,<<p4.email>>,unavailable (Ashes trip)""",
    ),
    T(
        "rugby-ticket-1",
        "ticket",
        """Ticket #<<order1>> – Kit order not delivered
Reporter: <<p1>> (<<p1.work>>)
Club: Harlequin Vale RFC

Our order of 30 replica shirts for the Webb Ellis Cup watch party never arrived. Delivery was meant to go to <<addr1>>. Tracking <<track1>> shows "address not found".

Please refund to the card used: <<card1>>.
Contact on match days: <<phone1>>.""",
    ),
    T(
        "rugby-transcript-1",
        "transcript",
        """[Physio call, recorded with consent]
PHYSIO: Morning, is that <<p1.f>>?
<<p1.uc>>: Yes, <<p1>>, tighthead for the under-21s.
PHYSIO: Right. I've got your notes from Dr <<p2.l>> – hamstring, grade one?
<<p1.uc>>: That's it. I'm back home in <<city1>> this week.
PHYSIO: Fine, I'll send the exercises to <<p1.email>>. Any other number I can reach you on?
<<p1.uc>>: My partner, <<nick1>>, <<phone1>>.""",
    ),
    T(
        "cricket-slack-1",
        "slack",
        """[09:14] <<p1>>: @channel nets moved to the indoor school tonight
[09:16] <<p2.f>>: who's bringing the bowling machine?
[09:17] <<p1>>: @<<handle1>> booked it, key is with <<p3.f>>
[09:20] <<p3>>: yep, and <<p4.f>>'s dad can give lifts from <<city1>>
[09:21] <<p2.f>>: legend""",
    ),
    T(
        "rugby-yaml-1",
        "yaml",
        """squad: development-xv
coach:
  name: <<p1>>
  mobile: "<<phone1>>"
assistant:
  name: <<p2.lf>>
  email: <<p2.email>>
tour:
  destination: <<city1>>, <<city1.country>>
  trophy: Webb Ellis Cup replica (mascot: Rucky the Ram)
medical_officer: Dr <<p3.l>>""",
    ),
    T(
        "climb-chat-1",
        "chat",
        """I'm putting together a safety briefing for our climbing gym's Everest-themed night. We'll have a mock "Hillary Step" on the bouldering wall and a "Messner route" traverse with no top-rope. The route setters are <<p1>> and <<p2>>; first aid is <<p3.f>>. Can you draft a 10-point checklist and mention them by name?""",
    ),
    T(
        "climb-form-1",
        "form",
        """WAIVER AND INDUCTION RECORD
Name: <<p1>>
Date of birth: 22/08/1994
Address: <<addr1>>
Phone: <<phone1>>
Email: <<p1.email>>
Inducted by: <<p2.i>>
Belay check passed: YES (figure-eight, ATC)
Signature: ______  Parent/guardian (if under 18): <<p3>>""",
    ),
    T(
        "climb-log-1",
        "log",
        """2025-03-02T18:11:04Z INFO  checkin member_id=88213 name="<<p1>>" wall=lead
2025-03-02T18:11:09Z WARN  belay_cert_expired member_id=88213 expired=2024-12-31
2025-03-02T18:12:44Z INFO  checkin member_id=90417 name="<<p2>>" wall=boulder src_ip=<<ip1>>
2025-03-02T18:13:02Z INFO  kiosk_login staff="<<p3.f>>" ip=<<ip2>>""",
    ),
    T(
        "mountain-letter-1",
        "letter",
        """<<addr1>>

Dear <<p1.f>>,

Thank you for leading the expedition briefing. Before we fly to <<city1>>, could you confirm the permit names? They must match passports exactly: <<p2.ucf>>, <<p3.ucf>> and myself.

On the first evening we'll go through the Hillary Step section of the route plan together.

With thanks,
<<p4>>""",
    ),
    T(
        "library-chat-1",
        "chat",
        """our book club just finished Anna Karenina and next month is Emma, then Oliver Twist. can you write an invite to the group? the host is <<p1.f>> (her flat, <<addr1>>) and <<p2.f>> is bringing snacks. rsvp to <<p1.f>> on <<phone1>>""",
    ),
    T(
        "library-email-1",
        "email",
        """Subject: Overdue: Jane Eyre, Matilda (2 items)

Dear <<p1>>,

Our records show two items overdue on your card: "Jane Eyre" and "Matilda". Please return them to the branch or renew online. If you have already returned them, reply to this message or speak to <<p2.f>> at the desk.

Library card holder: <<p1.lf>>
Phone on file: <<phone1>>

<<remail1:circulation>>""",
    ),
    T(
        "library-csv-1",
        "csv",
        """card_no,borrower,email,title,due
LB20931,<<p1>>,<<p1.email>>,Anna Karenina,<<date1>>
LB20932,<<p2>>,<<p2.email>>,The Adventures of Tom Sawyer,<<date2>>
LB20977,<<p3>>,,Matilda,<<date1>>
LB21004,<<p4>>,<<p4.email>>,Emma,<<date3>>""",
    ),
    T(
        "bookclub-notes-1",
        "notes",
        """Book club – notes
- <<p1.f>> loved the ending of Oliver Twist, <<p2.f>> did not
- Next pick: Don Quixote (vote 5–2)
- <<p3>> moving to <<city1>> in May; farewell dinner?
- Need new host: <<p4.f>> offered, address: <<addr1>>""",
    ),
    T(
        "library-bib-1",
        "bibliography",
        """Please reformat these references in APA 7 and check the DOIs:

<<p1.bib>> (2019). Reading circles in rural libraries. Journal of Librarianship, 51(2), 211–230. https://doi.org/<<doi1>>
<<p2.bib>>, & <<p3.bib>> (2021). Children's borrowing after lockdown. Library Review, 70(4), 88–104.
<<p4.bib>> (2018). From Matilda to Emma: eponymous titles in loan data. Public Library Quarterly, 37, 12–29.""",
    ),
    T(
        "coin-chat-1",
        "chat",
        """i inherited my grandad's coins. there's a Victoria penny (1861, bun head), three Lincoln cents, and a Maria Theresa thaler. the dealer <<p1>> in <<city1>> offered 240 for the lot. is that fair? grandad was <<p2>>, if the provenance letter matters""",
    ),
    T(
        "coin-email-1",
        "email",
        """Dear <<p1.f>>,

Your winning bid on Lot 214 (George III cartwheel twopence, 1797) is confirmed. Please pay by bank transfer to IBAN <<iban1:GB>> within 7 days, quoting <<ref1>>.

If you prefer, we can take a card payment by phone on <<phone1:GB>>.

Kind regards,
<<p2>>
Numismatic Auctions Ltd""",
    ),
    T(
        "stamp-html-1",
        "html",
        """<div class="lot">
  <h3>Penny Black, plate 1a, four margins</h3>
  <p>Consigned by <b><<p1>></b>, collection formed in <<city1>>.</p>
  <p>Questions: <a href="mailto:<<p2.email>>"><<p2>></a> or call <<phone1>>.</p>
  <p class="small">Penny Black design, 1840. Estimate <<price1>>.</p>
</div>""",
    ),
    T(
        "stamp-tsv-1",
        "tsv",
        """member\tphone\tcountry_interest\tjoined
<<p1>>\t<<phone1>>\t<<country1>>\t2019
<<p2>>\t<<phone2>>\t<<country2>>\t2021
<<p3>>\t<<phone3>>\tMachins & Wildings\t2016""",
    ),
    T(
        "coin-toolcall-1",
        "toolcall",
        """{"tool": "create_invoice", "arguments": {"customer": "<<p1>>", "email": "<<p1.email>>", "items": [{"desc": "1909-S VDB Lincoln cent, VF", "price": 980.0}, {"desc": "Victoria young head sovereign", "price": 410.0}], "card": "<<card1:amex>>", "billing_address": "<<addr1>>"}}""",
    ),
    T(
        "skate-ics-1",
        "ics",
        """BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:Choreo session – Lutz/Axel combos
DTSTART:20250412T070000Z
LOCATION:<<addr1>>
ORGANIZER;CN=<<p1>>:mailto:<<p1.email>>
ATTENDEE;CN=<<p2>>:mailto:<<p2.email>>
DESCRIPTION:Bring soakers. Parent contact: <<phone1>>
END:VEVENT
END:VCALENDAR""",
    ),
    T(
        "cricket-paste-es-1",
        "paste",
        """Translate into English for our club newsletter:

"El domingo, <<p1>> consiguió cinco wickets contra el equipo de <<city1>>. Su entrenador, <<p2>>, dijo que nunca había visto un spell igual desde las Ashes de 2005. Para inscribirse en la academia, escriban a <<p2.email>>." """,
    ),
    T(
        "rugby-paste-fr-1",
        "paste",
        """Résume ce message en deux phrases, en anglais :

Bonjour à tous, c'est <<p1.f>>. Le déplacement à <<city1>> est confirmé. <<p2>> s'occupe du bus, et <<p3>> garde les maillots. En cas de problème, appelez-moi au <<phone1:FR>>. Allez les bleus !""",
    ),
    T(
        "library-jira-1",
        "jira",
        """LIB-<<num1>>: Patron merge needed
Comment by <<p1>>:
Two accounts exist for the same borrower – "<<p2.lf>>" and "<<p2.ucf>>". Both list <<phone1>>. Please merge into the older record and keep the email <<p2.email>>.
Comment by <<p3.f>>:
Done. Holds for "Emma" and "Jane Eyre" moved across.""",
    ),
    T(
        "gym-git-1",
        "git",
        """commit <<sha1>>
Author: <<p1>> <<<p1.work>>>
Date:   Tue Mar 4 19:02:11 2025 +0000

    Add Yurchenko and Biles II skill codes to scoring tables

    Difficulty values from the current code of points.

    Co-authored-by: <<p2>> <<<p2.email>>>
    Signed-off-by: <<p1>> <<<p1.work>>>""",
    ),
    T(
        "skate-vcard-1",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:<<p1>>
N:<<p1.l>>;<<p1.f>>;;;
TITLE:Head coach
ORG:Frostline Skating Club
TEL;TYPE=CELL:<<phone1>>
EMAIL:<<p1.work>>
ADR;TYPE=WORK:;;<<addr1>>;;;;
END:VCARD""",
    ),
    T(
        "cricket-mdtable-1",
        "markdown_table",
        """Fill in the missing totals in this table:

| Player | Matches | Runs | Contact |
|---|---|---|---|
| <<p1>> | 12 | 433 | <<phone1>> |
| <<p2.i>> | 9 | 211 | <<p2.email>> |
| <<p3>> | 14 | ? | <<phone2>> |""",
    ),
    T(
        "climb-xml-1",
        "xml",
        """<booking id="<<ref1>>">
  <climber>
    <name><<p1>></name>
    <phone><<phone1>></phone>
  </climber>
  <guide><<p2.i>></guide>
  <route>Messner route (grade 6a)</route>
  <meet>Car park, <<city1>></meet>
</booking>""",
    ),
    T(
        "gym-stack-1",
        "stacktrace",
        """Traceback (most recent call last):
  File "/srv/gymreg/app/entries.py", line 212, in submit_entry
    validate_member(member)
  File "/srv/gymreg/app/validate.py", line 48, in validate_member
    raise ValueError(f"duplicate member: {member.name} <{member.email}>")
ValueError: duplicate member: <<p1>> <<<p1.email>>>""",
    ),
    T(
        "library-voice-1",
        "voice",
        """note for the library rota saturday is <<p1.lc>> and <<p2.lcf>> sunday is me and <<p3.lcf>> remind <<p1.lcf>> that the matilda reading starts at ten""",
    ),
    T(
        "coin-sql-1",
        "code",
        """-- fix the duplicated collector record
UPDATE collectors
SET display_name = '<<p1>>', phone = '<<phone1>>'
WHERE email = '<<p1.email>>';
-- keep the old 'Lincoln cent' want-list rows for <<p2>>""",
    ),
    T(
        "stamp-letter-1",
        "letter",
        """Dear <<p1.lf>>,

I enclose my application for membership of the Philatelic Society. I collect Commonwealth issues, especially the Victoria keyplates, and postal history of <<country1>>.

My address is <<addr1>> and my telephone is <<phone1>>. Membership fees may be taken from my account: sort code 20-44-91, account number <<acct1:uk>>.

Yours sincerely,

<<p2>>""",
    ),
]
