"""Templates with personal data for val15 (the fifteenth blind part of the labelled PII
corpus), first half: conversational and document shapes (chat, email, sms, whatsapp,
letter, form, review, notes, transcript, ticket, voice, ocr, srt). Written by hand by an
author who read only the package's `__init__.py` and `validity.py`; the slot syntax is
described in `val15_gen`.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val15_gen import Template, templates

RAW: list[tuple[str, str]] = [
    # ---- chat: people typing to an assistant
    (
        "chat",
        """«p1.first» here. A buyer called «p2» says the «model» I sold him arrived with a cracked screen (order «order»). He wants a full refund to his card «card1». Can you draft a polite reply that offers a partial refund of «price» instead?""",
    ),
    (
        "chat",
        """rewrite this so it sounds less angry: "hi «p1.first.lower», your courier dropped my «dish» on the doorstep at «l1.addr» and rang nobody. call me back on «phone1» or i'm disputing the charge" """,
    ),
    (
        "chat",
        """I host two flats in «l1.city» and my co-host «p1» keeps double-booking them. Guest «p2.lf» (arriving «date») paid already. Write a message to «p1.first» explaining how to block dates in the calendar.""",
    ),
    (
        "chat",
        """My driver tonight was «p1.first» («model», plate hidden) and he left my «thing» tote in the back. His number from the app was «phone1». What's the best way to ask for it back without sounding accusatory?""",
    ),
    (
        "chat",
        """Summarise this bug bounty report in three bullets for the triage channel: researcher «p1» («p1.email») found an SSRF on the image proxy that reached «ip1» and «ipsix1». CVSS «cvss». They ask to be credited as «p1.first» «p1.last.upper».""",
    ),
    (
        "chat",
        """Hi! I'm «w1.first», I run the hall committee. New resident «p1» moves into «room» on «date»; her emergency contact is «p2» at «phone1». Can you write a warm welcome note that mentions the «brand» vending machine on floor 2?""",
    ),
    (
        "chat",
        """translate into spanish please: Dear «p1», thanks for backing the «codename» campaign at the «price» tier. We will ship to «l1.addr» once the «model» batch clears customs. Questions? Call «phone1».""",
    ),
    (
        "chat",
        """Can you check my maths? I invoiced «p1» for 14 hours at «price»/h, plus «price» expenses. Payment went to IBAN «iban1», but the remittance says «p2» paid it. Who do I chase, «p1.first» or «p2.first»?""",
    ),
    (
        "chat",
        """our vet «p1.init» referred «thing» (yes, the cat is named after a perfume, ask my daughter «p2.first») to the specialist clinic in «l1.city». what questions should i ask at the consultation?""",
    ),
    (
        "chat",
        """Write a short thank-you toast for «p1.first»'s retirement from the orchestra: 31 years as second violin, started under conductor «p2», famous for her «dish» at every tour dinner.""",
    ),
    (
        "chat",
        """I'm «p1» and I need to change the payout account for my delivery shifts. Old acct «acct1», new IBAN «iban1». The support bot «bot» keeps looping. What do I write to a human?""",
    ),
    # ---- email
    (
        "email",
        """Subject: Import licence for shipment «container»

Dear «p1.last»,

The broker («p2», «p2.email») has filed the entry under HS «hs». Customs at «l1.city» are asking for the consignee's tax ID and a phone contact; please send both to me or ring «phone1» before «time».

Kind regards,
«p3»
Meridian Customs, desk 4""",
    ),
    (
        "email",
        """From: «p1.email»
To: «email1»
Subject: Loan agreement «acc»

Hello «p2.first»,

Our director «p1» has signed the loan agreement for the two «year» watercolours. The courier («p3», mobile «phone1») will collect from «l1.addr» on «date». Insurance value «price».

Best,
«p1.first»""",
    ),
    (
        "email",
        """Hi «p1.first»,

Thanks for the backing! Your reward («model» + sticker pack) ships from «l1.country» next week. We charged the card ending in the last four of «card1» only once, despite the double e-mail.

If anything looks wrong, reply here or WhatsApp «phone1».

- «p2» for the «codename» team""",
    ),
    (
        "email",
        """Subject: RE: casting for the spring production

«p1.first», «p2.first» -

Callbacks for the lead are «p3» and «p4.lf». «p3.first» sang the «dish» aria (don't ask) and was excellent. Please confirm studio time by «date»; my cell is «phone1».

«p5.init»""",
    ),
    (
        "email",
        """Dear Letters Editor,

I write regarding your piece on the harbour expansion («date»). As a resident of «l1.city» for forty years I feel ... [continues]

«p1»
«l1.addr»
«phone1»

(Please do not print my address or number.)""",
    ),
    (
        "email",
        """Subject: Ethics amendment «protocol» - participant withdrawal

Dear Dr «p1.last»,

Participant «p2» (DOB withheld, SSN «ssn1» on the consent form by mistake) has asked to withdraw. Please redact the SSN from the scanned form and confirm to «p3.email».

Regards,
«p3»
Research Ethics Board""",
    ),
    (
        "email",
        """Hey «p1.first.lower»,

quick one - can you send the invoice for the «thing» logo work to my accountant «p2» («p2.email»)? Bank details for the payment: «iban1». Thanks!!

«p3.first»""",
    ),
    (
        "email",
        """To: «p1.email», «p2.email»
Subject: Shuttle pickup «flight»

«p1.first» and «p2.first», your driver «p3.first» will wait at arrivals with a «brand» sign. If the flight is late call «phone1». Drop-off: «l1.addr».
""",
    ),
    # ---- sms
    (
        "sms",
        """Hi it's «p1.first» from «room» - the washing machine is flooding again. «p2.first» says call the warden on «phone1»?""",
    ),
    (
        "sms",
        """Your «brand» order «order» is with courier «p1.first». Track: «track». Questions: «phone1». Reply STOP to opt out.""",
    ),
    (
        "sms",
        """«p1.first» I'm outside «l1.addr», blue «model». Call «phone1» if you can't see me""",
    ),
    (
        "sms",
        """Reminder: «p1» - «w1.first» is picking up the dog's meds at 5. Her vet «p2.init» says no «dish» treats!! «phone1»""",
    ),
    ("sms", """New number! Save it: «phone1» - «p1.first» (old one «phone2» is dead)"""),
    (
        "sms",
        """URGENT «p1.upper»: ur card «card1» was used at «brand» «l1.city» for «price». Not u? call «phone1»""",
    ),
    # ---- whatsapp
    (
        "whatsapp",
        """[«date1», «time»] «p1.first»: is anyone driving to «l1.city» for the choir thing?
[«date1», «time»] «p2.first»: me! 3 seats
[«date1», «time»] «p1.first»: can u take «w1.first» too, she's at «l2.addr»
[«date1», «time»] «p2.first»: sure, send her my number «phone1»""",
    ),
    (
        "whatsapp",
        """«p1.first» 🙂: landlord finally replied
«p1.first» 🙂: he wants rent to IBAN «iban1» from now on, reference «room»
«p2.first»: is that legit?? last time «p3» (the agent) said «iban2»
«p1.first» 🙂: idk, calling him «phone1»""",
    ),
    (
        "whatsapp",
        """Grandma says thank you for the «variety» apples!! she wants «p1.first»'s address to send a card - «p1.first» can u send it here?
«p1.first»: «l1.addr» 😘
«p2.first»: and mine is still the old one in «l2.city»""",
    ),
    (
        "whatsapp",
        """- «p1.first.lower»: bro did you pay the «dish» place
- «p2.first.lower»: yeah on my card «card1» lol
- «p1.first.lower»: ok i owe u «price», sending to «acct1»? that's your account number right
- «p2.first.lower»: yep""",
    ),
    (
        "whatsapp",
        """Hiking club 🥾
«p1» added «p2»
«p2.first»: hi all! I'm new, found you through «p3.first»
«p3.first»: welcome! Saturday we meet at «l1.addr» at «time». my number if you get lost: «phone1»""",
    ),
    # ---- letter
    (
        "letter",
        """«l1.addr»
«date»

Dear «p1»,

On behalf of the board of trustees I thank you for your generous gift towards the conservation of the «ship» model. Your donation («price») will be acknowledged in the annual report as "«p1.init»" unless you tell us otherwise at «p2.email» or «phone1».

Yours sincerely,
«p2»
Head of Development""",
    ),
    (
        "letter",
        """To whom it may concern,

I confirm that «p1.lf» has rented the room at «l1.addr» from «date» to «date» and paid rent punctually into my account number «acct1».

Signed, «p2»
«phone1»""",
    ),
    (
        "letter",
        """REFERRAL LETTER

Patient: «thing» (canine, 7 y)  Owner: «p1»
Referring vet: «p2.init», «l1.city»
Dear colleague, please see this dog for suspected «disease». The owner can be reached on «phone1». Thank you.
«p2.last»""",
    ),
    (
        "letter",
        """«p1»
«l1.addr»

«date»

Dear «p2.last»,

Please accept this letter as formal notice that I am ending my membership of the «award»-winning choir. I leave with fond memories and thank «p3.first» for years of patient rehearsals.

«p1.first»""",
    ),
    (
        "letter",
        """Dear Mr «p1.last» and Ms «p2.last»,

Your application for the ground-floor studio in «l1.city» has been accepted. Please transfer the deposit to IBAN «iban1» (account holder «p3») within seven days.

Kind regards, «p3.first»""",
    ),
    # ---- form
    (
        "form",
        """RENTAL APPLICATION
Full name: «p1.upper»
Current address: «l1.addr»
Phone: «phone1»
E-mail: «p1.email»
SSN: «ssn1»
Employer reference: «p2» («phone2»)
Pets: one cat ("«character»")""",
    ),
    (
        "form",
        """Courier onboarding - page 2
Name (as on licence): «p1.lf»
Vehicle: «model»
Payout account number: «acct1»
Emergency contact: «p2.first» - «phone1»
Home city: «l1.city»""",
    ),
    (
        "form",
        """SAMPLE INTAKE
Sample ID: «sample»     Protocol: «protocol»
Collected by: «p1.init»   Verified by: «p2.init»
Participant contact (if re-consent needed): «phone1»
Site: «l1.city», «l1.country»
Comments: stored at -80 in freezer «codename»""",
    ),
    (
        "form",
        """Backer survey
1. Name for the credits wall: «p1»
2. Shipping address: «l2.addr»
3. Phone (for the courier): «phone1»
4. T-shirt size: M
5. Anything else? my partner «p2.first» also backed under «p2.email»""",
    ),
    (
        "form",
        """SURNAME / Nom: «p1.last.upper»
GIVEN NAMES / Prénoms: «p1.first.upper»
DATE OF ARRIVAL: «date»
ADDRESS IN COUNTRY: «l1.addr»
CONTACT: «phone1»
GOODS TO DECLARE: «qty» × «model»""",
    ),
    (
        "form",
        """W-9 style request (contractor)
Legal name: «p1»
Business name: «p1.last» Studio
TIN / SSN: «ssn1»
Address: «l1.addr»
Contact e-mail: «p1.email»""",
    ),
    # ---- review
    (
        "review",
        """★★★★★ «p1.first» was the best host we've had in «l1.city». Spotless flat, «brand» coffee machine, and she even texted tips from «phone1» when our «flight» was late. - «p2.finit»""",
    ),
    (
        "review",
        """2/5. The «dish» was cold and the rider («p1.first») couldn't find «l1.addr» even though I wrote it twice. Restaurant manager «p2» never called back.""",
    ),
    (
        "review",
        """Bought a used «model» from seller «p1.mention». Item as described, but he gave my number («phone1») to some other buyer «p2.first» who kept calling. 3 stars.""",
    ),
    (
        "review",
        """Lovely evening at the theatre - «p1» as the lead was astonishing and «p2.first» «p2.last» in the «character» role stole the second act. Booked through the «codename» app for «price».""",
    ),
    (
        "review",
        """Our driver «p1.first» turned a rainy «l1.city» airport run into a tour. 10/10 would ride again. If anyone needs a private transfer he gave us «phone1».""",
    ),
    # ---- notes
    (
        "notes",
        """Standup notes «date»
- «p1.first»: QA pass on «build», 3 crashes on the «model» devkit
- «p2.first»: repro of «ticket» needs save from «p3.first»
- @«p4.mention» out until Thursday
- blockers: none""",
    ),
    (
        "notes",
        """call w/ «p1» re: loan of the «year» tapestry
- insurer wants courier names: «p2», «p3»
- wall-to-wall value «price»
- their registrar: «p1.email», «phone1»
- ship via «l1.city» not «l2.city»""",
    ),
    (
        "notes",
        """meal plan for visiting «p1.first» & «p2.first» (vegan!!)
mon - «dish» (no cheese), tue - takeaway from that place on «l1.addr»
buy: «variety» apples, oat milk""",
    ),
    (
        "notes",
        """Minutes - allotment society AGM
Present: «p1», «p2.init», «w1», «p3.first» «p3.last»
Apologies: «p4»
Treasurer («p2.last») reported «price» in the account number «acct1».
AOB: «w1.first» to order new «brand» tools.""",
    ),
    (
        "notes",
        """ToDo
[ ] ring «p1.first» about the sofa («phone1»)
[ ] send «p2.first» the «isbn» book
[x] pay «p3.first» back («price»)
[ ] renew «model» insurance""",
    ),
    # ---- transcript
    (
        "transcript",
        """AGENT: Thanks for calling FleetCab support, you're speaking with «p1.first».
CALLER: Hi, yes, my name is «p2», my driver took a detour through «l1.city».
AGENT: Sorry about that. Can I confirm the number on the account?
CALLER: «phone1».
AGENT: Thank you «p2.first». I've refunded «price» to the card ending «card1».""",
    ),
    (
        "transcript",
        """[00:00:03] «p1.upper»: So the sample log shows «sample» thawed twice.
[00:00:09] «p2.upper»: That was the freezer alarm in the «codename» room.
[00:00:15] «p1.upper»: Can you email the PI, «p3», at «p3.email»?
[00:00:21] «p2.upper»: Will do.""",
    ),
    (
        "transcript",
        """Interviewer: Please state your name for the record.
«p1.first»: «p1», I'm the stage manager.
Interviewer: And who called the cue early?
«p1.first»: «p2.first». «p2» - she was covering for «p3.first».""",
    ),
    (
        "transcript",
        """dispatcher: unit 12 pickup for «p1.first» at «l1.addr»
driver «p2.first.lower»: copy, eta 6
dispatcher: customer callback «phone1»
driver «p2.first.lower»: 10-4""",
    ),
    (
        "transcript",
        """Q: What's your full name and where do you live?
A: «p1», I live in «l1.city», «l1.region».
Q: And your social?
A: «ssn1».
Q: Thanks. The card for the deposit?
A: «card1».""",
    ),
    # ---- ticket
    (
        "ticket",
        """Ticket «ticket» | Priority: P2
Reporter: «p1» <«p1.email»>
Summary: SSO login fails for workspace "«codename»" since «ver»
Details: User «p2.first» gets a redirect loop from IP «ip1». Admin «p3» already cleared cookies.
Assignee: «p4.first»""",
    ),
    (
        "ticket",
        """BUG BOUNTY SUBMISSION «ticket»
Researcher: «p1.mention» («p1»)
Asset: api.supportly.dev
Finding: IDOR on /v2/users lets any user read another's phone, e.g. «phone1» (test account of «p2»)
Payout to: IBAN «iban1»""",
    ),
    (
        "ticket",
        """Issue: Customer can't update billing
Customer: «p1.lf», acct «acct1»
Steps: Settings > Billing > «brand» card «card1» rejected
Notes from «p2.first»: escalated to payments, cc @«p3.mention»""",
    ),
    (
        "ticket",
        """QA-«qty»: Crash when naming your character "«p1.first»" with an accent
Found by: «p2» (QA, «l1.city» studio)
Build: «build»  Platform: «model»
Repro: enter name, press «character»'s portrait, game hangs.""",
    ),
    (
        "ticket",
        """Complaint «ticket»
Guest: «p1» (booking «order»)
Host: «p2.first»
Issue: host entered the flat at «l1.addr» without notice. Guest requests refund to «card1».
Agent «p3.first»: called guest on «phone1», no answer.""",
    ),
    # ---- voice (voice-to-text, no capitals or punctuation)
    (
        "voice",
        """hey siri text «p1.first.lower» that im running late and ask «p2.first.lower» to save me a seat at the «dish» place""",
    ),
    (
        "voice",
        """note to self call «p1.lower» about the «model» listing her number is «phone1.bare» and ask if «p2.first.lower» still wants the lamp""",
    ),
    (
        "voice",
        """ok so the guests name is «p1.lower» checking in at «time» the lockbox is at «l1.addr.lower» and the host «p2.first.lower» is on «phone1»""",
    ),
    (
        "voice",
        """remind me to email «p1.email» and tell «p1.first.lower» the «award» dinner moved to «date»""",
    ),
    (
        "voice",
        """dictation for the vet referral patient owner «p1.lower» lives in «l1.city.lower» dog is a seven year old lab with suspected «disease» referring vet «p2.last.lower»""",
    ),
    # ---- ocr (scanned paper)
    (
        "ocr",
        """CUSTOMS DECLARATION  CN23
Sender:  «p1.upper»
         «l1.addr.upper»
Addressee: «p2.upper»   Tel: «phone1»
Contents: 2x «model»  |  Value «price»
Signature: «p1.init»""",
    ),
    (
        "ocr",
        """--- page 1 ---
TENANCY AGREEMENT
between «p1» (Landlord)  and  «p2» (Tenant)
Prop erty: «l1.addr»
Rent paid to acct no. «acct1»  sort code withheld
--- page 2 ---
Witness: «p3.init»   Date: «date»""",
    ),
    (
        "ocr",
        """RECEIPT № «order»
Recd from «p1.upper» the sum of «price»
for: framing, «year» print "«character»"
Card: «card1»
Thank you - «p2.first.upper»""",
    ),
    (
        "ocr",
        """PAYMENT SLIP
Beneficiary: «p1.upper»
IBAN: «iban1»
Ref: «inv»
Payer: «p2.lf»
«l1.city.upper», «date»""",
    ),
    # ---- srt (subtitles of recorded calls, talks)
    (
        "srt",
        """12
00:01:14,200 --> 00:01:17,900
«p1.upper»: Thanks, «p2.first». Over to you.

13
00:01:18,100 --> 00:01:22,600
«p2.upper»: Right, so our courier partner in «l1.city» lost six parcels.""",
    ),
    (
        "srt",
        """1
00:00:00,500 --> 00:00:03,000
Hi, I'm «p1», curator of the «year» collection.

2
00:00:03,200 --> 00:00:07,400
This piece came to us from the estate of «p2».""",
    ),
    (
        "srt",
        """44
00:12:01,000 --> 00:12:04,500
- Is that «w1.first»?
- Yes, «w1.first» «w1.last», from the «l1.city» office.

45
00:12:04,700 --> 00:12:06,900
Call her on «phone1».""",
    ),
    (
        "srt",
        """88
00:31:10,000 --> 00:31:13,400
«p1.upper»: My social is «ssn1», and the refund goes to the «brand» card.

89
00:31:13,600 --> 00:31:16,000
AGENT: Thank you, «p1.first». One moment.""",
    ),
    (
        "srt",
        """5
00:00:20,000 --> 00:00:24,000
[«p1.first»] Welcome to our stream! Shout-out to «p2.mention» for the raid.

6
00:00:24,200 --> 00:00:27,900
[«p1.first»] Today we finish «character»'s campaign with «w1.first».""",
    ),
    (
        "ocr",
        """EMPLOYMENT ELIGIBILITY - SECTION 1
Last Name  «p1.last.upper»     First Name  «p1.first.upper»
Address   «l1.addr»
U.S. Social Security Number   «ssn1»
Employee's E-mail  «p1.email»   Tel  «phone1»""",
    ),
    (
        "chat",
        """Help me word a chargeback request. I paid «p1» (a freelance translator) «price» with my card «card1» on «date», and the work never came. Her e-mail «p1.email» bounces now.""",
    ),
    (
        "chat",
        """Grace period question: my tenant «w1» says she paid on the 3rd but my bank shows nothing on account number «acct1». Is a 5-day grace period normal in «l1.country»?""",
    ),
    (
        "email",
        """Subject: Security report - exposed admin panel

Hi security team,

I'm «p1», an independent researcher. Your staging admin at «ip1» (also reachable on «ipsix1») accepts the default password. I did not access customer records beyond the first page, which showed «p2» and «p3».

Please credit «p1.first» «p1.last» in your hall of fame.
«p1.email»""",
    ),
    (
        "ticket",
        """Incident «ticket»: suspicious logins
User: «p1.email» («p1»)
Source IPs: «ip1», «ip2», «ip3»
Action: forced reset, notified «p2.first» from trust & safety""",
    ),
    (
        "form",
        """CREDIT CARD AUTHORIZATION
Cardholder: «p1.upper»
Card number: «card1»
Billing address: «l1.addr»
Phone: «phone1»
Signature: «p1.init»""",
    ),
    (
        "notes",
        """stand-up «date»: «w1.first» is off sick, «p1.first» covering the «codename» rota. «p2.first» asks who owns the box at «ip1» - nobody knows.""",
    ),
]

PERSONAL_A: list[Template] = templates("pa", RAW, personal=True)
