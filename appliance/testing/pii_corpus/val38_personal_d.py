"""val38 personal templates, part D: mathematics tutoring, dance schools, hotels with suites
named after people, lighthouse and heritage trusts, and payment-heavy admin across the
part's domains."""

from __future__ import annotations

from appliance.testing.pii_corpus.val38_gen import T

PERSONAL_D = [
    T(
        "maths-chat-1",
        "chat",
        """my student <<p1.f>> keeps confusing Euler's number with the Euler–Mascheroni constant. can you give me 3 short exercises that separate them? she's year 12 and we meet on thursdays. her mum <<p2>> asked for a progress note too""",
    ),
    T(
        "maths-email-1",
        "email",
        """Hi <<p1.f>>,

Great session today – <<p2.f>> finally got the proof that √2 is irrational and we started on Fermat's Last Theorem (just the history, don't worry!).

Invoice <<inv1>> is attached. You can pay by card on the portal or transfer to account number <<acct1>>, sort code 09-01-28.

Best,
<<p3>>
Prime Tutors""",
    ),
    T(
        "maths-form-1",
        "form",
        """TUTOR APPLICATION
Full name: <<p1>>
Address: <<addr1>>
Phone: <<phone1>>
Email: <<p1.email>>
SSN (for US payroll): <<ssn1>>
Subjects: calculus, Bayes' theorem, Pythagoras for KS3
Referee: <<p2>>, <<p2.work>>""",
    ),
    T(
        "maths-notes-1",
        "notes",
        """Tutoring notes – <<p1>>
- Covered Pascal's triangle and the binomial theorem
- Struggled with Riemann sums; revisit
- Dad (<<p2.f>>) asked to move to Wednesdays, call <<phone1>>
- Next: the Monty Hall problem""",
    ),
    T(
        "maths-code-1",
        "code",
        """// tutoring-portal/src/seed.js
// seed data – remove real people before committing!
const students = [
  { name: "<<p1>>", email: "<<p1.email>>", topic: "Dijkstra's algorithm" },
  { name: "<<p2>>", email: "<<p2.email>>", topic: "Euler's identity" },
];
const tutor = { name: "<<p3>>", phone: "<<phone1>>" };""",
    ),
    T(
        "maths-bib-1",
        "bibliography",
        """Tidy this reading list into Harvard style:

<<p1.bib>> (2016) Teaching the Pythagorean theorem with paper folding. Mathematics Teaching, 252, 14–19.
<<p2.bib>> (2022) Why Euler's number appears in compound interest. The Mathematical Gazette, 106(565), 1–9.
<<p3.lf>>. (2019) Fermat's Last Theorem for sixth-formers. Tidewater Academic Press. ISBN <<isbn1>>""",
    ),
    T(
        "dance-email-1",
        "email",
        """Subject: Lindy Hop beginners – term 2

Hi <<p1.f>>,

You're booked on the Lindy Hop beginners course with <<p2>>; the Charleston taster is on week 4. Please pay the balance by card at reception or via IBAN <<iban1>>.

Partner swap list: you're with <<p3.f>> for weeks 1–3.

Step By Step Dance""",
    ),
    T(
        "dance-sms-1",
        "sms",
        """Reminder: tango tonight 8pm, teacher <<p1.f>> is off sick so <<p2.f>> covers. Questions? <<phone1>>""",
    ),
    T(
        "dance-csv-1",
        "csv",
        """student,class,phone,paid,card_last_used
<<p1>>,Charleston,<<phone1>>,yes,<<card1>>
<<p2>>,Lindy Hop,<<phone2>>,no,
<<p3>>,Salsa On2,<<phone3>>,yes,<<card2>>""",
    ),
    T(
        "dance-paste-tr-1",
        "paste",
        """Bunu İngilizceye çevir:

"Merhaba, ben <<p1>>. Kızım <<p2.f>> için Charleston dersine kayıt yaptırmak istiyorum. Telefonum <<phone1:TR>>. Adresimiz <<addr1>>. Teşekkürler." """,
    ),
    T(
        "dance-minutes-1",
        "minutes",
        """Dance school staff meeting
Present: <<p1>>, <<p2>>, <<p3.f>>
- Showcase at <<city1>> theatre confirmed; costumes from <<p4>>
- The Charleston and Lindy Hop medleys need a second run-through
- <<p2.f>> to chase unpaid fees (12 students)
- Payroll: <<p3.f>>'s new account number is <<acct1>>""",
    ),
    T(
        "hotel-email-1",
        "email",
        """Dear <<p1.lf>>,

Thank you for booking the Churchill Suite for 3 nights. Your confirmation number is <<ref1>>.

We hold your card <<card1>> as a guarantee. Your guests <<p2>> and <<p3>> will have the adjoining Nightingale Room.

Please let us know your arrival time. For transfers from <<city1>> airport, call our concierge <<p4.f>> on <<phone1>>.

Harbourview Hotel""",
    ),
    T(
        "hotel-chat-1",
        "chat",
        """A guest, <<p1>>, complained that the Mandela Suite's minibar charge was wrong. Their card on file ends in 0082 and they're leaving for <<city1>> tomorrow. Draft a polite apology and offer a refund of the minibar charge.""",
    ),
    T(
        "hotel-json-1",
        "json",
        """{"reservation": "<<ref1>>",
 "guest": {"name": "<<p1>>", "phone": "<<phone1>>", "email": "<<p1.email>>",
           "address": "<<addr1>>"},
 "room": "Einstein Suite",
 "payment": {"card": "<<card1>>", "holder": "<<p1.ucf>>"},
 "notes": "late checkout approved by <<p2.f>>"}""",
    ),
    T(
        "hotel-transcript-1",
        "transcript",
        """Call recording – front desk
AGENT: Harbourview Hotel, <<p1.f>> speaking.
CALLER: Hi, this is <<p2>>, I'm in the Churchill Suite. Can I add my colleague <<p3>> to the booking?
AGENT: Of course. Could you confirm the card on file?
CALLER: It's <<card1>>.
AGENT: Thank you, Ms <<p2.l>>. Done.""",
    ),
    T(
        "lighthouse-email-1",
        "email",
        """Dear Friends of the Lighthouse,

Our volunteer weekend at the Grace Darling Museum and the keeper's cottage is confirmed. Leads: <<p1>> (tours), <<p2>> (shop) and <<p3>> (lamp room).

Donations by bank transfer: <<iban1>>. Gift aid forms to <<remail1:donate>>.

Trust office: <<addr1>>, <<phone1>>.""",
    ),
    T(
        "lighthouse-letter-1",
        "letter",
        """<<addr1>>

Dear <<p1>>,

Thank you for your generous legacy pledge to the Lighthouse Heritage Trust in memory of your father, <<p2>>, who was a relief keeper in <<region1>> for thirty years.

Our archivist, <<p3>>, would love to record your memories. You can reach her on <<phone1>>.

Yours sincerely,
<<p4>>, Chair of Trustees""",
    ),
    T(
        "heritage-jira-1",
        "jira",
        """HER-<<num1>> Volunteer database import failing
Comment by <<p1>>:
Row 211 fails: name "<<p2.lf>>", phone "<<phone1>>", email "<<p2.email>>". The importer chokes on the comma.
Comment by <<p3.f>>:
Also row 340, "<<p4.ucf>>" – all-caps surname. Fixed both in <<sha1>>.""",
    ),
    T(
        "heritage-diff-1",
        "diff",
        """diff --git a/volunteers.csv b/volunteers.csv
@@ -12,3 +12,4 @@ name,role,phone
 <<p1>>,guide,<<phone1>>
 <<p2>>,shop,<<phone2>>
-<<p3>>,lamp room,<<phone3>>
+<<p3>>,lamp room,<<phone4>>
+<<p4>>,archivist,<<phone5>>""",
    ),
    T(
        "pay-toolcall-1",
        "toolcall",
        """tool_call: refund_payment
arguments:
  customer_name: "<<p1>>"
  card_number: "<<card1>>"
  amount: 149.00
  reason: "Peach Melba masterclass cancelled"
  notify_email: "<<p1.email>>\"""",
    ),
    T(
        "pay-chat-1",
        "chat",
        """can you check if this IBAN looks right before I pay the venue? <<iban1>> – account holder <<p1>>. the planner <<p2.f>> sent it by text from <<phone1>>""",
    ),
    T(
        "pay-email-1",
        "email",
        """Hi <<p1.f>>,

For the trading card tournament prize money, please send your bank details. So far I have:

Name: <<p1>>
IBAN: <<iban1>>
Phone: <<phone1>>

If you'd rather receive it by card refund, the card ending 3321 works too.

<<p2>>
DeckVault""",
    ),
    T(
        "pay-log-1",
        "log",
        """2025-02-28 14:02:11 payments INFO  charge ok card=<<card1>> customer="<<p1>>" ip=<<ip1>>
2025-02-28 14:02:58 payments WARN  avs_mismatch card=<<card2>> customer="<<p2>>" ip=<<ip2>>
2025-02-28 14:03:40 payments INFO  payout iban=<<iban1>> payee="<<p3>>\"""",
    ),
    T(
        "pay-stack-1",
        "stacktrace",
        """Error: SEPA payout rejected for <<iban1>>
    at payout (/app/src/payouts.ts:88:13)
    at async handler (/app/src/routes/claims.ts:41:5)
  payee: '<<p1>>'
  contact: '<<p1.email>>'
  origin: <<ip1>>""",
    ),
    T(
        "ssn-form-1",
        "form",
        """W-9 REQUEST – CONTRACT TUTOR
Name: <<p1>>
Business name: (none)
Address: <<addr1>>
SSN: <<ssn1>>
Phone: <<phone1:US>>
Signed: <<p1.i>>""",
    ),
    T(
        "ssn-chat-1",
        "chat",
        """I'm the treasurer of a US dance club. our instructor <<p1>> gave me her SSN <<ssn1>> for the 1099. is it ok to email it to our accountant <<p2>> at <<p2.work>> or should I use something else?""",
    ),
    T(
        "ssn-email-1",
        "email",
        """Subject: Background check – poll worker

Hello <<p1.f>>,

We need to complete the background check before you can serve at the polling place. Please confirm the details below:

Name: <<p1>>
SSN: <<ssn1>>
Address: <<addr1>>

Thank you,
<<p2>>, County Elections Office""",
    ),
    T(
        "acct-chat-1",
        "chat",
        """the co-op pays my wife and me separately. can you write a short message asking them to send both payments to our joint checking account <<acct1:us>> instead? names: <<p1>> and <<p2>>""",
    ),
    T(
        "acct-sms-1",
        "sms",
        """Hi <<p1.f>>, pls pay the hall hire to a/c <<acct1:uk>> sort code 30-96-26, ref DANCE. Thx <<p2.f>>""",
    ),
    T(
        "acct-email-1",
        "email",
        """Dear <<p1>>,

Your payout for the stamp auction (lots 44–47) has been sent to your account number <<acct1>>. Please allow 3 working days. If the account holder name is not <<p1.uc>>, contact <<p2>> on <<phone1>>.

Numismatic Auctions Ltd""",
    ),
    T(
        "ip-chat-1",
        "chat",
        """our observatory's remote dome controller keeps getting brute-forced from <<ip1>> and <<ip2>>. the admin <<p1.f>> wants a fail2ban jail. can you write one? also block <<ip3>>""",
    ),
    T(
        "ip-yaml-1",
        "yaml",
        """allowlist:
  - ip: <<ip1>>
    owner: <<p1>>
  - ip: <<ip2>>
    owner: <<p2>>
  - ip: <<ip3>>
    owner: planetarium-kiosk""",
    ),
    T(
        "ip-go-1",
        "code",
        """// internal/charger/config.go
package charger

// Contact for the depot charger network: <<p1>> (<<phone1>>)
var depotHosts = map[string]string{
	"west":  "<<ip1>>",
	"north": "<<ip2>>",
}
""",
    ),
    T(
        "card-chat-1",
        "chat",
        """A customer paid for the Caesar salad class twice. Card: <<card1>>. Name: <<p1>>. Can you write the refund note and tell me how to do a partial refund in Stripe?""",
    ),
    T(
        "card-sms-1",
        "sms",
        """<<p1.f>> pls book the Churchill Suite for the <<p2.l>> party, use my card <<card1>> exp 09/27. thx""",
    ),
    T(
        "iban-paste-id-1",
        "paste",
        """Terjemahkan ke bahasa Inggris dan balas dengan sopan:

"Halo, saya <<p1>> dari <<city1>>. Saya ingin membayar kursus memasak untuk anak saya <<p2.f>>. Mohon kirim tagihan ke <<p1.email>>. Terima kasih." """,
    ),
    T(
        "hotel-paste-vi-1",
        "paste",
        """Dịch sang tiếng Anh giúp tôi:

"Chào anh <<p1.f>>, tôi là <<p2>>. Tôi muốn đặt phòng Churchill Suite cho hai đêm. Số điện thoại của tôi là <<phone1:VN>>. Cảm ơn!" """,
    ),
    T(
        "heritage-voice-1",
        "voice",
        """message for the trust office <<p1.lcf>> can you call <<p2.lc>> back about the grace darling exhibit loan her number is <<phone1.bare>> thanks""",
    ),
    T(
        "dance-slack-1",
        "slack",
        """2025-03-10 19:45 <<p1>>: who's teaching the Lindy Hop drop-in?
2025-03-10 19:46 <<p2>>: me + <<p3.f>>
2025-03-10 19:47 @<<handle1>>: room B booked until 22:00
2025-03-10 19:50 <<p1>>: can someone text <<p4.f>>? <<phone1>>""",
    ),
    T(
        "word-chat-1",
        "chat",
        """I run a climbing gym. Two of our setters are literally called <<w1>> and <<w2>> and people keep thinking the rota is a joke. Write a friendly intro post about <<w1.f>> and <<w2.f>> for our newsletter, they set the new Messner route together.""",
    ),
    T(
        "word-email-1",
        "email",
        """Hi team,

Please welcome <<w1>>, who joins the cookery school as pastry lead. <<w1.f>> trained in <<city1>> and will teach the Peach Melba and Crêpes Suzette classes.

You can reach <<w1.f>> on <<phone1>>.

<<p1>>""",
    ),
    T(
        "word-minutes-1",
        "minutes",
        """Wedding planning call
Attendees: <<w1>> (bride), <<w2>> (groom), <<p1>> (planner)
- <<w1.f>> wants the Charleston for the first dance
- <<w2.f>> to send the guest list by <<date1>>
- Deposit paid by card <<card1>>""",
    ),
    T(
        "word-slack-1",
        "slack",
        """[14:02] <<p1>>: has anyone seen <<w1.f>>? the Lutz clinic starts in 5
[14:03] <<w2>>: <<w1.f>> is parking, be there in a sec
[14:03] <<p1>>: ok, <<w2.f>> can you warm up the group?""",
    ),
    T(
        "nick-chat-1",
        "chat",
        """hey, can u help me word a birthday message for <<nick1>>? we've been in the same book club for 5 yrs, she always picks russian novels (Anna Karenina twice!!). it's from me and <<p1.f>>, and <<nick1>> loves a pun""",
    ),
    T(
        "multi-ticket-1",
        "ticket",
        """Support ticket <<order1>>
From: <<p1>> <<<p1.email>>>
Phone: <<phone1>> / <<phone2>>
Address: <<addr1>>

My son <<p2.f>> was charged twice for the Saturday cricket camp. First charge on card <<card1>>, second on <<card2>>. Please refund one. Coach <<p3.l>> said to contact you.""",
    ),
    T(
        "multi-vcard-1",
        "vcard",
        """BEGIN:VCARD
VERSION:3.0
FN:<<p1>>
TEL;TYPE=HOME:<<phone1>>
TEL;TYPE=CELL:<<phone2>>
EMAIL:<<p1.email>>
ADR;TYPE=HOME:;;<<addr1>>;;;;
NOTE:Trustee, Lighthouse Heritage Trust. Spouse: <<p2.f>>
END:VCARD""",
    ),
    T(
        "iban-email-2",
        "email",
        """Subject: Hall hire refund

Dear <<p1.f>>,

The heritage trust will refund the deposit for the lighthouse open day. Please confirm the IBAN we should use – we have <<iban1>> in the name of <<p1>>, and a second one, <<iban2>>, from last year's booking.

<<p2>>
Finance Volunteer""",
    ),
    T(
        "iban-csv-2",
        "csv",
        """payee,iban,amount,reference
<<p1>>,<<iban1>>,120.00,judging fee
<<p2>>,<<iban2>>,85.50,mileage
<<p3>>,<<iban3>>,60.00,volunteer expenses""",
    ),
    T(
        "iban-sms-2",
        "sms",
        """Hi <<p1.f>>, for the club tour deposit pay <<iban1.cp>> (acct holder <<p2>>). Ref TOUR25. Cheers""",
    ),
    T(
        "iban-json-2",
        "json",
        """{"payout_batch": "<<uuid1>>",
 "items": [
  {"payee": "<<p1>>", "iban": "<<iban1>>", "amount": 310.0},
  {"payee": "<<p2.lf>>", "iban": "<<iban2>>", "amount": 95.0}
 ]}""",
    ),
    T(
        "ssn-csv-2",
        "csv",
        """poll_worker,ssn,precinct,phone
<<p1.lf>>,<<ssn1>>,14B,<<phone1:US>>
<<p2.lf>>,<<ssn2>>,14C,<<phone2:US>>""",
    ),
    T(
        "ssn-transcript-2",
        "transcript",
        """HR CALL
HR: Thanks for joining. Can you confirm your name?
<<p1.uc>>: <<p1>>.
HR: And the last four of your SSN? Actually, for the tax form I need the full number.
<<p1.uc>>: It's <<ssn1>>.
HR: Thank you. I'll pass it to <<p2>> in payroll.""",
    ),
    T(
        "acct-form-2",
        "form",
        """DIRECT DEPOSIT AUTHORIZATION
Employee: <<p1>>
Bank: First Prairie Credit Union
Routing number: 091000019
Checking account number: <<acct1:us>>
Signature: <<p1.i>>   Date: <<date1>>""",
    ),
    T(
        "acct-minutes-2",
        "minutes",
        """Treasurer's report
- Hall hire paid from the club account (acct no. <<acct1>>)
- <<p1>> reimbursed for the trophy engraving
- <<p2.f>> asked that her expenses go to a/c <<acct2:uk>> instead
- Audit by <<p3>> next month""",
    ),
    T(
        "acct-chat-2",
        "chat",
        """rewrite this so it sounds less rude: "<<p1.f>>, you STILL haven't paid the kit money. account number is <<acct1>>, sort code 60-83-71. pay by friday or no tour." sign it from me, <<p2.f>>""",
    ),
]
