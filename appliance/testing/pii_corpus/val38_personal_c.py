"""val38 personal templates, part C: agricultural co-ops, aviation maintenance, e-discovery
and law firms, pet insurance claims, polling stations and election offices."""

from __future__ import annotations

from appliance.testing.pii_corpus.val38_gen import T

PERSONAL_C = [
    T(
        "agri-email-1",
        "email",
        """Hi <<p1.f>>,

The co-op has your Granny Smith and Braeburn quota for next season: 14 tonnes. Seed potatoes (Maris Piper and King Edward) will be delivered to <<addr1>> in week 9.

Payment for last season goes to account number <<acct1>> on Friday. Call <<p2>> on <<phone1>> if anything looks wrong.

Vale Agri Co-op""",
    ),
    T(
        "agri-csv-1",
        "csv",
        """animal_id,name,breed,owner,owner_phone
UK-302114,Duchess,Hereford,<<p1>>,<<phone1>>
UK-302199,Big Tom,Texel ram,<<p2>>,<<phone2>>
UK-302250,Bella,Jersey,<<p3>>,<<phone3>>
UK-302311,Shadowfax,Shire stallion,<<p1>>,<<phone1>>""",
    ),
    T(
        "agri-chat-1",
        "chat",
        """our ram "Sir Reginald" won best Texel at the county show 🎉 write a short thank-you for the newsletter to the judges <<p1>> and <<p2.i>>, and to <<p3.f>> who trailered him from <<city1>>. Reginald is the ram, not a person, don't thank him lol""",
    ),
    T(
        "agri-minutes-1",
        "minutes",
        """Co-op board minutes
Chair: <<p1>>  Secretary: <<p2>>
Present: <<p3.f>>, <<p4.f>>, <<p5>>
1. Apple prices: Granny Smith down 6%, Pink Lady steady.
2. <<p5.l>> proposed a shared cold store near <<city1>>.
3. Stallion "King Arthur" to stand at stud again (fee unchanged).
4. Members' bank changes to be sent to <<remail1:treasurer>>.""",
    ),
    T(
        "agri-paste-sv-1",
        "paste",
        """Sammanfatta på engelska:

"Hej! Jag heter <<p1>> och driver en gård utanför <<city1>>. Vår tjur Kalle har fått utmärkelse. Ring mig på <<phone1:SE>> om ni vill köpa kalvar. Betala gärna till <<iban1:SE>>." """,
    ),
    T(
        "agri-voice-1",
        "voice",
        """text <<p1.lcf>> that the maris piper seed arrived and the king edward is late then remind <<p2.lc>> the vet is coming for daisy the cow at two""",
    ),
    T(
        "aviation-log-1",
        "log",
        """2025-01-08 06:40 MX-LOG tail=EI-FNH fleetname="Saint Patrick" task=A-check signed="<<p1.i>>" lic=EASA-<<num1>>
2025-01-08 07:12 MX-LOG tail=EI-FNH task=tyre-change signed="<<p2.i>>"
2025-01-08 07:55 ACCESS user=<<p2.lf>> terminal=<<ip1>> result=OK
2025-01-08 08:03 MX-LOG tail=PH-BXA fleetname="Sir Frank Whittle" deferred=MEL-21-3 signed="<<p3.i>>\"""",
    ),
    T(
        "aviation-email-1",
        "email",
        """Subject: AOG – <<flight1>> aircraft "Amelia Earhart" at <<city1>>

<<p1.f>>,

The aircraft named Amelia Earhart (reg N812XA) is AOG with a hydraulic leak. Engineers on site: <<p2>> and <<p3>>. Please call <<p2.f>> on <<phone1>> for the part number; stores contact is <<p4.work>>.

<<p5>>
Maintenance Control""",
    ),
    T(
        "aviation-ticket-1",
        "ticket",
        """Ticket <<order1>> – Tool calibration overdue
Raised by: <<p1>>
Assigned: <<p2>>
Torque wrench TW-<<num1>> overdue since <<date1>>. Used on the aircraft "Roald Amundsen" during the C-check. Please quarantine. Hangar 3 phone: <<phone1>>.""",
    ),
    T(
        "aviation-xml-1",
        "xml",
        """<workorder id="WO-<<num1>>">
  <aircraft reg="G-EZTB" name="Spirit of Brooklands"/>
  <technician certified="true"><<p1>></technician>
  <inspector><<p2.lf>></inspector>
  <contact><<phone1>></contact>
  <station><<city1>></station>
</workorder>""",
    ),
    T(
        "aviation-diff-1",
        "diff",
        """--- a/config/oncall.yaml
+++ b/config/oncall.yaml
@@ -3,6 +3,6 @@ hangar: H3
 engines:
-  primary: <<p1>>
-  phone: "<<phone1>>"
+  primary: <<p2>>
+  phone: "<<phone2>>"
 avionics:
   primary: <<p3>>""",
    ),
    T(
        "law-email-1",
        "email",
        """Privileged & Confidential

<<p1.f>>,

Re: Holloway Logistics – production set 3

The custodians are <<p2>>, <<p3>> and <<p4.i>>. Please run the search terms ("Donoghue v Stevenson", "duty of care", "snail") across their mailboxes and exclude anything to or from <<p5.work>>.

The client's SSN for the employment records request is <<ssn1>>.

<<p6>>
Brightlaw LLP""",
    ),
    T(
        "law-chat-1",
        "chat",
        """summarise the reasoning in Roe v. Wade and Planned Parenthood v. Casey in 5 bullets for a client memo. the client is <<p1>>, the partner reviewing is <<p2.i>>. don't mention the client by name in the bullets""",
    ),
    T(
        "law-json-1",
        "json",
        """{
  "matter": "M-<<num1>>",
  "custodians": [
    {"name": "<<p1>>", "email": "<<p1.work>>", "ssn": "<<ssn1>>"},
    {"name": "<<p2>>", "email": "<<p2.work>>", "ssn": "<<ssn2>>"}
  ],
  "cited": ["Donoghue v Stevenson [1932] AC 562", "Miranda v. Arizona, 384 U.S. 436"],
  "hold_issued": "<<date1>>"
}""",
    ),
    T(
        "law-letter-1",
        "letter",
        """<<addr1>>

Dear <<p1.lf>>,

LITIGATION HOLD NOTICE

You are a custodian in the Meridian Freight matter. Please preserve all documents, texts and e-mails (including <<p1.email>>) relating to shipments through <<city1>>.

Questions to <<p3>> on <<phone1>>.

Yours faithfully,
<<p4>>""",
    ),
    T(
        "law-csv-1",
        "csv",
        """custodian,ssn,dob,employer,phone
<<p1.lf>>,<<ssn1>>,1978-11-02,Meridian Freight,<<phone1:US>>
<<p2.lf>>,<<ssn2>>,1985-04-19,Meridian Freight,<<phone2:US>>
<<p3.lf>>,<<ssn3>>,1969-09-30,Holloway Logistics,<<phone3:US>>""",
    ),
    T(
        "law-transcript-1",
        "transcript",
        """DEPOSITION EXCERPT
Q. (Ms. <<p1.l>>) Please state your full name for the record.
A. <<p2>>.
Q. And your current address?
A. <<addr1>>.
Q. Have you read Miranda v. Arizona?
A. No, I haven't.
Q. Did you speak to <<p3>> about the shipment?
A. Only once, by phone.
MR. <<p4.uc>>: Objection, form.""",
    ),
    T(
        "pet-email-1",
        "email",
        """Claim <<ref1>> – "Biscuit" (Labrador, 6y)

Hello,

I'm claiming for Biscuit's cruciate ligament surgery at the clinic of Dr <<p1.l>> in <<city1>>. The invoice (<<inv1>>) is attached.

Please pay the claim to IBAN <<iban1>>, account holder <<p2>>.

Phone: <<phone1>>
Policyholder: <<p2>>""",
    ),
    T(
        "pet-form-1",
        "form",
        """PET CLAIM FORM
Policyholder: <<p1.ucf>>
Address: <<addr1>>
Phone: <<phone1>>
Pet name: Captain Fluffington (cat, British shorthair)
Vet: <<p2>>
Amount claimed: <<price1>>
Bank: sort code 40-11-62, account no. <<acct1:uk>>""",
    ),
    T(
        "pet-chat-1",
        "chat",
        """my dog is called Winston Churchill (we call him Winnie) and the insurer rejected the claim because they thought I typed a person's name lol. can you draft an appeal? policyholder is me, <<p1>>, claim <<ref1>>. vet was <<p2.i>>""",
    ),
    T(
        "pet-sms-1",
        "sms",
        """PawSure: Hi <<p1.f>>, we received the claim for Mr Whiskers. Our assessor <<p2.f>> may call you from <<phone1>>. Ref <<ref1>>.""",
    ),
    T(
        "pet-paste-nl-1",
        "paste",
        """Vertaal naar het Engels:

"Beste <<p1.f>>, uw claim voor de behandeling van Pluis is goedgekeurd. Het bedrag wordt overgemaakt naar <<iban1:NL>>. Met vriendelijke groet, <<p2>>" """,
    ),
    T(
        "poll-email-1",
        "email",
        """Subject: Polling station staff – <<date1>>

Dear <<p1.f>>,

You are Presiding Officer at the station in <<addr1>>. Your poll clerks are <<p2>> and <<p3>>. The ballot box seals and tendered ballot papers will be delivered by <<p4>>.

If anything goes wrong on the day, call the elections office on <<phone1>>.

<<p5>>
Electoral Services""",
    ),
    T(
        "poll-tsv-1",
        "tsv",
        """station\tpresiding_officer\tphone\tclerk
<<city1>> Community Hall\t<<p1>>\t<<phone1>>\t<<p2>>
St Columba's Church Hall\t<<p3>>\t<<phone2>>\t<<p4>>
Ward 7 Leisure Centre\t<<p5>>\t<<phone3>>\t<<p6.f>>""",
    ),
    T(
        "poll-notes-1",
        "notes",
        """Count night notes
- Verification started 22:15, <<p1>> supervising table 4
- Recount requested by agent <<p2>> for the <<region1>> ward
- Candidate <<p3>> arrived 01:10 with agent <<p4.i>>
- Press queries to <<remail1:press>>""",
    ),
    T(
        "poll-form-1",
        "form",
        """APPLICATION FOR A POSTAL VOTE
Surname: <<p1.uc>>
First names: <<p1.f>>
Address: <<addr1>>
Email: <<p1.email>>
Phone: <<phone1>>
Reason: away at university
Signature: <<p1>>""",
    ),
    T(
        "poll-yaml-1",
        "yaml",
        """ward: riverside-east
presiding_officer:
  name: <<p1>>
  phone: "<<phone1>>"
clerks:
  - <<p2>>
  - <<p3>>
ballot_boxes: [BB-1142, BB-1143]
key_holder: <<p4.lf>>""",
    ),
    T(
        "pet-stack-1",
        "stacktrace",
        """java.lang.IllegalStateException: Claim <<ref1>> already paid to <<iban1>>
    at insure.claims.PayoutService.pay(PayoutService.java:141)
    at insure.claims.ClaimController.approve(ClaimController.java:88)
Caused by: DuplicatePayeeException: payee "<<p1>>" <<<p1.email>>> matches policy P-<<num1>>""",
    ),
    T(
        "agri-html-1",
        "html",
        """<section id="stud">
<h2>Stallions at stud 2025</h2>
<ul>
<li>King Arthur (Shire, 17.2hh) – owner <<p1>></li>
<li>Lord Byron (Clydesdale) – owner <<p2>></li>
</ul>
<p>Enquiries: <<p3>>, <<phone1>>, <<addr1>></p>
</section>""",
    ),
    T(
        "law-bib-1",
        "bibliography",
        """References
<<p1.bib>> (2020) 'Discovery costs after the reforms', Civil Justice Quarterly, 39(3), pp. 301–322.
<<p2.bib>> and <<p3.bib>> (2017) Privilege in e-discovery. 2nd edn. Sweet & Maxwell.
Donoghue v Stevenson [1932] AC 562 (HL).
Roe v. Wade, 410 U.S. 113 (1973).""",
    ),
    T(
        "aviation-slack-1",
        "slack",
        """[06:02] <<p1>>: morning – "Roald Amundsen" still on jacks, waiting for the actuator
[06:04] <<p2>>: stores says it's on <<flight1>>, lands 09:40
[06:05] <<p1>>: @<<handle1>> please reassign the borescope to <<p3.f>>
[06:09] <<p3>>: 👍 will do it after the brief""",
    ),
    T(
        "poll-voice-1",
        "voice",
        """note for the count the recount request came from <<p1.lc>> at ten past one ask <<p2.lcf>> to bring the sealed boxes from <<city1.lc>>""",
    ),
    T(
        "law-toolcall-1",
        "toolcall",
        """{"name": "redact_documents", "arguments": {"matter": "M-<<num1>>", "terms": ["<<p1>>", "<<p1.l>>", "<<ssn1>>", "<<p1.email>>"], "exclude_case_names": ["Donoghue v Stevenson", "Roe v. Wade"]}}""",
    ),
    T(
        "agri-letter-1",
        "letter",
        """Dear <<p1.f>>,

Thank you for your interest in joining the cooperative. To complete your membership we need your bank details for payments. You gave us checking account <<acct1:us>> (routing on file); please confirm.

Your first delivery of Granny Smith seedlings will be sent to <<addr1>>.

Regards,
<<p2>>, Membership Officer""",
    ),
]
