"""Templates with personal data for val22 (second half), written by hand by its author without
reading any other part of the corpus: car rental, ride-hailing and food-delivery support,
second-hand marketplaces, dating-app moderation, game and esports support, tutors and music
teachers, translation agencies, pharmacies and opticians, personal use, and instructions that
wrap pasted text (summarise, translate, extract, fix, reply), the pasted text often in Spanish,
German, French, Portuguese, Italian, Dutch, Polish or Turkish.
"""

from __future__ import annotations

from appliance.testing.pii_corpus.val22_gen import Template, templates

_ROWS: list[tuple[str, str]] = [
    # ---- car rental ------------------------------------------------------------------------
    (
        "chat",
        """
Booking §$order§: I'm picking up a Tesla Model Y at §c1§ airport on §$date§. Can my partner §p1.full§ be added as second driver? Main driver is me, §p2.full§, licence issued in §n1§. Card for the deposit: §cc1§.""",
    ),
    (
        "email",
        """
Dear §p1.lastcapsfirst§,

Damage report for rental agreement §$order§: scratch on the rear bumper noted at return in §c1§ by agent §p2.first§. The excess of §$price§ will be charged to card §cc1.space§ unless you dispute it within 14 days at §em1§.

FastLane Rentals""",
    ),
    (
        "json",
        """
{"rental_id": "§$order§", "vehicle": "Ford Transit Custom", "driver": {"name": "§p1.full§", "dob": "1984-03-12", "phone": "§ph1§", "email": "§p1.email§"}, "additional_driver": "§p2.full§", "pickup": "§c1§", "dropoff": "§c2§"}""",
    ),
    # ---- ride-hailing ----------------------------------------------------------------------
    (
        "ticket",
        """
Rider complaint §$ticket§
Rider: §p1.full§ (§ph1.intl§)
Driver: §p2.full§, car: Toyota Prius
Pickup: §a1§
Summary: driver asked rider to pay cash; rider's card §cc1.plain§ was also charged. Refund §$price§.
Agent: §p3.init§""",
    ),
    (
        "chat",
        """
my driver §p1.lowerfirst§ left with my bag in the boot!! trip was from §c1.lower§ station to §a1§ around §$time§. pls call me §ph1.nat§""",
    ),
    (
        "log",
        """
§$date§T22:41:07Z trip=§$hash§ rider_name="§p1.full§" rider_phone=§ph1.e164§ pickup="§a1§"
§$date§T22:41:09Z match driver="§p2.full§" eta=4m
§$date§T22:58:30Z sos_button rider=§p1.first§ client_ip=§ip1§""",
    ),
    # ---- food delivery ---------------------------------------------------------------
    (
        "whatsapp",
        """
Courier §p1.first§: hi, I'm outside §a1§ with your Wendy's order, gate code isn't working
Customer: sorry! ring §p2.first§ in flat 6 to be let in. or call me §ph1§
Courier §p1.first§: ok 👍""",
    ),
    (
        "toolcall",
        """
{"function": "issue_refund", "parameters": {"order_id": "§$order§", "customer_name": "§p1.full§", "reason": "Margherita pizza arrived cold", "card_last_used": "§cc1.space§", "notify": "§p1.email§"}}""",
    ),
    (
        "review",
        """
1/5. Ordered Beef Wellington and a Caesar salad, got someone else's bag addressed to "§p1.full§, §a1§". Rider §p2.first§ was lovely but the restaurant ignored my calls. – §p3.nick§""",
    ),
    # ---- second-hand marketplaces -------------------------------------------------------
    (
        "chat",
        """
Hi, is the Kenwood Chef mixer still available? I can collect from §c1§ on Saturday. I'm §p1.first§ — my number is §ph1§ (WhatsApp is fine). If I can't make it §p2.first§ (my brother-in-law) will come.""",
    ),
    (
        "ticket",
        """
Marketplace dispute §$ticket§
Buyer: §p1.full§ <§p1.email§>
Seller: §p2.full§ <§p2.email§>
Item: "Dr. Martens boots, size 6" – §$price§
Buyer says boots were fake; seller sent tracking §$track§ to §a1§.
Buyer IP at purchase: §ip1§""",
    ),
    (
        "html",
        """
<li class="listing" data-id="§$order§">
  <span class="title">Vintage Sonic the Hedgehog cartridge</span>
  <span class="seller">Sold by §p1.full§ in §c1§</span>
  <span class="price">§$price§</span>
</li>""",
    ),
    # ---- dating-app moderation ------------------------------------------------------------
    (
        "notes",
        """
Moderation case §$ticket§
Reported profile: "§p1.first§, 29" (real name on ID: §p1.full§)
Reporter: §p2.full§
Issue: profile bio lists phone §ph1§ and asks users to move to another app
Also claims to work with "§p3.full§" – a user who was banned in March
Action: remove contact info, warn""",
    ),
    (
        "json",
        """
{"report_id": "§$ticket§", "reported_user": {"display_name": "§p1.nicklower§", "legal_name": "§p1.full§", "last_ip": "§ip1.v6§"}, "reporter": {"display_name": "§p2.first§"}, "messages": ["send me ur number", "its §ph1.plain§"]}""",
    ),
    # ---- games and esports support -----------------------------------------------------
    (
        "ticket",
        """
Account recovery §$ticket§
Gamertag: MasterChief_§$num§
Owner: §p1.full§ · §p1.email§
Last login IP: §ip1§ (§c1§)
Purchase history verified: Mario Kart DLC, Kratos skin bundle
Card on file ends 4471; customer gave full card §cc1§ in chat – redacted.""",
    ),
    (
        "chat",
        """
@§p1.first§ you're on the roster for the §c1§ qualifier with §p2.first§ and §p3.first§. Captain is §p4.full§; DM @§p4.first§ your Discord tag and phone (§ph1§ is the backup) before §$date§ please""",
    ),
    (
        "transcript",
        """
[00:00] §p1.caps§: ok mic check, can everyone hear me
[00:02] §p2.caps§: yep. is §p3.first§ joining?
[00:05] §p1.caps§: on the train from §c1§ apparently
[00:09] §p2.caps§: fine, I'll play Lara Croft then, lol
[00:15] §p3.caps§: back, sorry""",
    ),
    # ---- tutoring and music teachers ----------------------------------------------------
    (
        "email",
        """
Hi §p1.first§,

Just confirming §p2.first§'s piano lessons this term: Thursdays §$time§, §$price§ per lesson. The pieces this term are a Bach minuet and "Peppa Pig theme" for fun. Payment to my account: §ib1:GB§ (name: §p3.full§).

Thanks,
§p3.first§""",
    ),
    (
        "sms",
        """
Reminder: maths tutoring for §p1.first§ moved to Weds §$time§ at §a1§. Any issues call §p2.first§ on §ph1§""",
    ),
    (
        "csv",
        """
student,parent,parent_phone,instrument,grade
§p1.full§,§p2.full§,§ph1.nat§,violin,3
§p3.full§,§p4.full§,§ph2.nat§,cello,5
§w1.full§,§p5.full§,§ph3.nat§,piano,1""",
    ),
    (
        "latex",
        """
\\section*{Certificate of Achievement}
This certifies that \\textbf{§p1.full§} passed the Grade 5 theory exam with merit.
\\vspace{1em}
Examiner: §p2.init§ \\hfill Teacher: §p3.full§""",
    ),
    # ---- translation agencies --------------------------------------------------------------
    (
        "email",
        """
Subject: Certified translation – birth certificate (§n1§ → English)

Dear §p1.full§,

Your document for §p2.full§ (born in §c1§) is ready. The translator, §p3.full§, has signed it. Please pay §$price§ to IBAN §ib1§ and we will post it to §a1§.

Polyglot Translations""",
    ),
    (
        "paste",
        """
Translate to English, keep the names as they are:

"Sehr geehrte Frau §p1:de.last§, hiermit bestätigen wir den Termin am §$date§ um §$time§ Uhr in unserer Praxis in §c1:DE§. Ihr Kind §p2:de.first§ soll bitte die Versichertenkarte mitbringen. Rückfragen unter §ph1:DE.nat§. Mit freundlichen Grüßen, §p3:de.full§\"""",
    ),
    (
        "paste",
        """
translate this to english pls

Hola §p1:es.first§! Soy §p2:es.full§, la vecina del 3º. El fontanero, §p3:es.last§, viene mañana a las 10 a mirar la fuga. Si no estás, le dejo las llaves a §p4:es.first§. Mi móvil es §ph1:ES.nat§. Un abrazo""",
    ),
    (
        "paste",
        """
Summarise this email from our French supplier in two lines:

```
Bonjour §p1:fr.first§,
Suite à notre appel, je vous confirme la livraison des cartons le §$date§ à l'entrepôt de §c1:FR§. Mon collègue §p2:fr.full§ (§ph1:FR.nat§) sera sur place. Pour la facture, merci d'utiliser l'IBAN §ib1:FR§.
Cordialement,
§p3:fr.full§
```""",
    ),
    (
        "paste",
        """
Fix the grammar in this Portuguese message before I send it:

"Oi §p1:br.first§, o §p2:br.first§ disse que o aluguel do apartamento na §a1:BR§ vai aumentar. Liga pra ele no §ph1:BR.nat§ se tiver dúvidas. Beijos, §p3:br.first§\"""",
    ),
    (
        "paste",
        """
Reply politely in Italian to this customer:

Buongiorno, sono §p1:it.full§. Ho ordinato un paio di occhiali da vista presso il vostro negozio di §c1:IT§ ma la signora §p2:it.last§ mi ha detto che non sono ancora arrivati. Potete chiamarmi al §ph1:IT§? Grazie""",
    ),
    (
        "paste",
        """
Extract the names, phone numbers and dates as JSON:

Beste §p1:nl.first§,
Vrijdag §$date§ komt §p2:nl.full§ de verhuizing van §c1:NL§ naar §c2:NL§ regelen. Bel hem op §ph1:NL.intl§. De sleutel ligt bij buurvrouw §p3:nl.first§.
Groetjes, §p4:nl.first§""",
    ),
    (
        "paste",
        """
Przetłumacz na angielski / translate to English:

Dzień dobry, nazywam się §p1:pl.full§. Chciałabym zapisać córkę, §p2:pl.nick§, na zajęcia z gitary u pana §p3:pl.last§. Mieszkamy na §a1:PL§. Mój numer: §ph1:PL.nat§. Numer konta do wpłat: §ib1:PL§.""",
    ),
    (
        "paste",
        """
What does this Turkish note from my landlord say?

§p1:tr.first§ Bey merhaba, kira artışını §p2:tr.full§ Hanım ile konuştum. Ödemeyi §ib1:TR§ numaralı hesaba yapabilirsiniz. Adres: §a1:TR§. Tel: §ph1:TR.nat§""",
    ),
    (
        "paste",
        """
summarise:
'''
From: §p1.email§
Hi all — quick recap of the hobby club AGM. §p2.full§ stays treasurer, §w1.full§ takes over the newsletter, and §p3.first§ (who did the Tetris tournament) is the new events lead. Dues go to account number §ac1§ from now on. Next meet-up in §c1§.
'''""",
    ),
    (
        "paste",
        """
Reformat this into a markdown table with columns name / role / phone:

§p1.full§ – chair – §ph1§
§p2.full§ – treasurer – §ph2§
§p3.lastfirst§ – secretary – §ph3§""",
    ),
    (
        "paste",
        """
Can you make this sound friendlier? It's going to my neighbour.

"§p1.first§, your builder (§p2.last§) blocked our drive again with a skip. If it's there tomorrow I'll call the council. – §p3.first§ at number 14\"""",
    ),
    (
        "paste",
        """
Extract every person and place from this and return JSON:

On §$date§ §p1.full§ flew from §c1§ to §c2§ to meet §p2.init§. They drove to §r1§ the next day, where §p2.last§'s cousin §p3.full§ runs a vineyard growing Zinfandel and Merlot.""",
    ),
    (
        "paste",
        """
Please clean up this voice note transcript:

um so yeah this is §p1.lowerfirst§ again i spoke to §p2.lower§ from the optician in §c1.lower§ who said the frames are ready just call back on §ph1.plain§ ok bye""",
    ),
    (
        "paste",
        """
Extract the names and dates as JSON:

"Reunión de padres, §$date§. Asistieron §p1:mx.full§, §p2:mx.full§ y la maestra §p3:mx.last§. La próxima reunión será en §c1:MX§, en casa de §p1:mx.first§."
""",
    ),
    (
        "paste",
        """
Riassumi in inglese:

```
Ciao §p1:it.nick§, il matrimonio di §p2:it.first§ e §p3:it.first§ è confermato per il §$date§. La wedding planner, §p4:it.full§, ti chiamerà al §ph1:IT.intl§.
```""",
    ),
    (
        "paste",
        """
reply politely to:

> hi, this is §p1.lower§, the seller never posted my Kirby figure. their name on the app is §p2.first§ and they live in §c1§. I paid with §cc1§. sort it out!!""",
    ),
    (
        "paste",
        """
Traduire en anglais, s'il vous plaît :

Madame §p1:fr.last§, votre chat Pavlova a bien été vacciné. Le docteur §p2:fr.last§ vous rappellera au §ph1:FR.nat§ pour le rappel.
§p3:fr.full§, secrétariat""",
    ),
    (
        "paste",
        """
Turn this into a bulleted list of who does what:

§p1.first§ – decorations
§p2.full§ – cake (Peach Melba, not pavlova!)
§w1.first§ – music
§p3.lastfirst§ – driving from §c1§""",
    ),
    # ---- pharmacies and opticians --------------------------------------------------------
    (
        "sms",
        """
Harbour Pharmacy: §p1.full§, your prescription is ready to collect. If someone is collecting for you, they need to give your date of birth. Queries: §ph1:IE§""",
    ),
    (
        "form",
        """
OPTICIAN – NEW PATIENT
Surname: §p1.lastcaps§
First name(s): §p1.firstcaps§
Address: §a1§
Mobile: §ph1§
GP: Dr §p2.last§, §c1§ Health Centre
Emergency contact: §w1.full§ §ph2§""",
    ),
    (
        "chat",
        """
I'm collecting my dad's meds from the pharmacy — his name is §p1.full§, mine is §p2.full§. He's on Pilates-style physio after the Parkinson's diagnosis and they told me to ask for §p3.first§ at the counter. Is that ok?""",
    ),
    # ---- personal use ----------------------------------------------------------------------
    (
        "whatsapp",
        """
§p1.first§: happy birthday §w1.first§!!! 🎂
§w1.first§: thank you!! 🥰
§p2.first§: HBD! drinks at the Red Rum pub friday? §p3.first§ is driving
§w1.first§: yesss. tell §p4.first§ too""",
    ),
    (
        "chat",
        """
write a short toast for my best friend §p1.first§'s wedding. she's marrying §p2.full§, they met in §c1§ at a Lindy Hop class, and her nan §w1.first§ will be crying in the front row""",
    ),
    (
        "email",
        """
Hi §w1.first§,

Hope you're well! Here are the details for the allotment society: plot 17 is yours from §$date§. Water tap key is with §p1.full§ at §a1§. Annual fee §$price§, payable to the society's account number §ac1.2§.

Cheers,
§p2.first§""",
    ),
    (
        "notes",
        """
Christmas card list
§p1.full§
§a1§

§p2.full§ & §p3.first§
§a2§

§w1.full§
§c1§, §n1§""",
    ),
    (
        "chat",
        """
Can you help me write a message to §p1.first§? We fell out over the Storm Babet flood damage to the shared fence and I want to apologise. Keep it short. Sign it §p2.nick§.""",
    ),
    (
        "voice",
        """
remind me to call §p1.lowerfirst§ tomorrow about the dog sitting and text §p2.lower§ the address §a1.lower§ also add §w1.first§ to the book club group""",
    ),
    (
        "voice",
        """
okay google send a message to §p1.lower§ saying running late stuck on the m62 near §c1:GB.lower§ see you at half seven""",
    ),
    (
        "sms",
        """
§p1.first§
Mum says can you pick up §p2.first§ from swimming at 5, she's got a thing with §w1.first§. x""",
    ),
    (
        "chat",
        """
Who should I invite? Shortlist:
§p1.first§
§p2.full§
§w1.first§
§p3.nick§
(not §p4.first§, long story)""",
    ),
    (
        "chat",
        """
"§p1.full§" keeps showing up as a contact on my phone and I don't know who they are. The number is §ph1§. Is it safe to block?""",
    ),
    (
        "review",
        """
Stayed with §p1.first§ and §p2.first§ through the house-sitting site. Their Henry hoover is better than ours, their cat (Tony the Tiger!) is adorable, and the flat near §c1§ station was spotless. — §p3.initials§""".replace(
            "§p3.initials§", "§p3.init§"
        ),
    ),
    (
        "code",
        """
def test_invoice_footer():
    # regression: the apostrophe in the tenant's surname broke the PDF export
    tenant = Tenant(name="§p1.full§", email="§p1.email§")
    assert render_footer(tenant).startswith("Tenant: §p1.full§")
    # reported by §p2.full§ (support), ticket §$ticket§""",
    ),
    (
        "code",
        """
const contacts = [
  { name: "§p1.full§", phone: "§ph1.intl§", role: "caretaker" },
  { name: "§p2.full§", phone: "§ph2.intl§", role: "key holder" },
];
// TODO(§p3.nicklower§): move to the CRM once the Orion migration is done""",
    ),
    (
        "sql",
        """
UPDATE customers SET phone = '§ph1.e164§', email = '§p1.email§' WHERE customer_name = '§p1.full§';
-- requested by §p2.first§ from the §c1§ branch""",
    ),
    (
        "yaml",
        """
driver_profile:
  legal_name: "§p1.full§"
  preferred_name: "§p1.nick§"
  phone: "§ph1§"
  payout_iban: "§ib1§"
  city: §c1§
  vehicle: Toyota Prius""",
    ),
    (
        "xml",
        """
<ride id="§$order§">
  <rider>§p1.full§</rider>
  <from>§a1§</from>
  <to>§a2§</to>
  <driver>§p2.full§</driver>
  <fare currency="EUR">§$num§.40</fare>
</ride>""",
    ),
    (
        "srt",
        """
1
00:00:01,000 --> 00:00:03,500
Hi, I'm §p1.first§ and this is my sister §p2.first§.

2
00:00:03,600 --> 00:00:07,000
Today we're unboxing the new Dyson V15 our aunt §w1.first§ sent from §c1§!""",
    ),
    (
        "ocr",
        """
PHARMACY LABEL   Rx §$order§
PATIENT: §p1.caps§
DOB: 04/11/1952
Take ONE tablet TWICE daily
Prescriber: DR §p2.lastcaps§
Dispensed §$date§  §c1.caps§ BRANCH""",
    ),
    (
        "ocr",
        """
M4RKETPLACE RECEIPT
Seller: §p1.full§
Buyer: §p2.full§
Item: Rubik's Cube (original 1980) .... §$price§
Paid: card ****  §cc1.dash§
Collection: §a1§""",
    ),
    (
        "vcard",
        """
BEGIN:VCARD
VERSION:4.0
FN:§p1.full§
NICKNAME:§p1.nick§
TEL;TYPE=cell:§ph1§
EMAIL:§p1.email§
NOTE:Guitar teacher. Partner §p2.first§ answers during lessons.
END:VCARD""",
    ),
    (
        "ics",
        """
BEGIN:VEVENT
DTSTART:20250520T170000
SUMMARY:Eye test – §p1.first§
LOCATION:§a1§
DESCRIPTION:Bring old glasses. Optometrist: §p2.full§.
END:VEVENT""",
    ),
    (
        "markdown_table",
        """
| Player | Team | Country | Contact |
|---|---|---|---|
| §p1.nick§ | Falcon | §n1§ | @§p1.first§ |
| §p2.full§ | Falcon | §n2§ | §p2.email§ |
| §p3.full§ | Nimbus | §n3§ | §ph1.intl§ |""",
    ),
    (
        "letter",
        """
To whom it may concern,

I have known §p1.full§ for six years as a piano teacher in §c1§. §p1.first§ is diligent, kind and a gifted sight-reader. I recommend this student without reservation for the conservatory's junior programme.

§p2.full§
§a1§
§ph1§""",
    ),
    (
        "transcript",
        """
AGENT: FastLane Rentals, you're speaking with §p1.first§.
CUSTOMER: Hi, §p2.full§, I rented a Ford Fiesta in §c1§ and I was charged twice.
AGENT: Sorry about that. Can you confirm the card?
CUSTOMER: §cc1§.
AGENT: Thanks, §p2.first§. And your US social, for the identity check?
CUSTOMER: §ssn1§.""",
    ),
    (
        "form",
        """
DRIVER SIGN-UP (US)
Legal name: §p1.caps§
SSN: §ssn1§
Bank routing: 021000021   Account number: §ac1.1§
Home address: §a1:US§
Emergency contact: §p2.full§ §ph1:US§""",
    ),
    (
        "email",
        """
Hi §p1.first§,

For your W-9 the tutoring agency needs your SSN (§ssn1.dash§ is what we have – please check) and the checking account for direct deposit: §ac1.1§. Your first student is §p2.full§.

Thanks, §p3.full§""",
    ),
    (
        "json",
        """
[{"name": "§p1.full§", "ssn": "§ssn1§", "state": "§c1:US§"}, {"name": "§p2.full§", "ssn": "§ssn2§", "state": "§c2:US§"}]""",
    ),
    (
        "log",
        """
WARN payroll-sync: employee "§p1.lastfirst§" ssn=§ssn1.dash§ acct=§ac1.1§ mismatch
WARN payroll-sync: employee "§p2.lastfirst§" ssn=§ssn2.dash§ acct=§ac2.1§ mismatch
INFO payroll-sync: 2 records held for review by §p3.email§""",
    ),
    (
        "chat",
        """
My ex, §p1.full§, still has my Netflix and my card §cc1§ saved on that account. I've cancelled the card. Also he knows my acct number §ac1§ — should I worry? I'm in §c1:US§.""",
    ),
    (
        "whatsapp",
        """
§p1.first§: what's the IBAN for the stag do kitty?
§p2.first§: §ib1.compact§ – name §p2.full§
§p1.first§: sent 🍻 tell §p3.first§ to pay up too""",
    ),
    (
        "notes",
        """
IT handover for §p1.full§'s replacement
- NAS at §ip1§, admin user is §p1.asciilower§ (change pwd!)
- printer on §ip2§
- router: §ip3.v6§
- §p2.first§ in accounts knows the Kepler cluster login""",
    ),
    (
        "chat",
        """
Cuddle, my guinea pig, is named after Hercule Poirot's cat... anyway. §p1.full§ from the §c1§ rescue said to email §p1.email§ for adoption papers. Can you draft it?""",
    ),
    (
        "voice",
        """
text §p1.lowerfirst§ hey its §p2.lowerfirst§ can you send me the plumbers number the one called §p3.lowerlast§ i think its §ph1.plain§ but not sure""",
    ),
    (
        "chat",
        """
For the US apartment in §c1:US§ the letting agent wants my SSN and my checking account number. Is it normal? They wrote back: "§p1.first§, please confirm SSN §ssn1§ and acct §ac1.1§ by Friday." I'm §p1.full§ btw.""",
    ),
    (
        "xml",
        """
<payee>
  <name>§p1.lastfirst§</name>
  <ssn>§ssn1.plain§</ssn>
  <account type="checking">§ac1.1§</account>
  <approved_by>§p2.full§</approved_by>
</payee>""",
    ),
    (
        "transcript",
        """
CALLER: Hi, it's §p1.full§. I need to update direct deposit for my tutoring pay.
AGENT: Sure, §p1.first§. New account number?
CALLER: §ac1.2§, checking.
AGENT: And the last four... actually, full SSN for this change, sorry.
CALLER: §ssn1.space§.""",
    ),
    # ---- more payments and network traces ----------------------------------------------
    (
        "chat",
        """
Please cancel the Ben & Jerry's subscription for §p1.full§. Card §cc1§ was charged twice; refund to IBAN §ib1§ instead, the card is blocked.""",
    ),
    (
        "csv",
        """
payee,iban,amount,reference
§p1.full§,§ib1.compact§,§$price§,stall rent
§p2.full§,§ib2.compact§,§$price2§,cleaning
"§p3.lastfirst§",§ib3§,§$price3§,deposit refund""",
    ),
    (
        "log",
        """
§$date§ 02:14:55 sshd[§$num§]: Accepted publickey for §p1.asciilower§ from §ip1§ port 52214
§$date§ 02:15:03 sshd[§$num§]: Failed password for admin from §ip2§ port 40022
§$date§ 02:15:09 fail2ban: ban §ip2§ (jail sshd), notified §p2.email§""",
    ),
    (
        "json",
        """
{"checkout": {"buyer": "§p1.full§", "card_number": "§cc1.space§", "billing_address": "§a1§", "device_ip": "§ip1§"}, "item": "Louis Vuitton bag (used)", "seller": "§p2.first§"}""",
    ),
    (
        "email",
        """
Hi §p1.first§,

Refunds for the cancelled Ferris wheel hire: we've sent §$price§ back to card §cc1§ and the remaining §$price2§ to your IBAN §ib1§. If anything's missing, reply here or call §p2.full§ on §ph1§.

Evergreen Events""",
    ),
    (
        "toolcall",
        """
{"tool": "block_ip", "arguments": {"ip": "§ip1§", "reason": "credential stuffing against §p1.email§", "requested_by": "§p2.full§"}}""",
    ),
    (
        "yaml",
        """
wireguard_peers:
  - name: §p1.asciilower§-laptop
    owner: "§p1.full§"
    endpoint: "§ip1§"
    allowed_ip: "§ip2.v6§"
  - name: gallery-nvr
    owner: "§p2.full§"
    endpoint: "§ip3§\"""",
    ),
    (
        "form",
        """
PAYMENT DETAILS – MUSIC LESSONS
Payer: §p1.full§
Card: §cc1.dash§   Expiry: 09/27
Or bank transfer: §ib1§
Student: §p2.first§""",
    ),
    (
        "sms",
        """
§p1.first§ it's me, new card is §cc1.plain§ exp 11/28 – can you update the kids' food-delivery app? ta. also send rent to §ib1.compact§ – §p2.first§""",
    ),
    (
        "notes",
        """
Router swap – §p1.full§'s flat, §a1§
old WAN §ip1§ → new §ip2§
IPv6 prefix host: §ip3.v6§
Card used for the new router: §cc1§ (receipt to §p1.email§)""",
    ),
    (
        "html",
        """
<form id="pay"><input name="holder" value="§p1.full§"><input name="pan" value="§cc1.space§"><input name="iban" value="§ib1§"><input type="hidden" name="client_ip" value="§ip1§"></form>""",
    ),
    (
        "letter",
        """
§p1.caps§
§a1.caps§

Dear Sir or Madam,

I, §p1.full§, authorise §p2.full§ to collect my glasses and sign on my behalf. My patient number is §$order§.

Signed: §p1.init§""",
    ),
]

TEMPLATES: list[Template] = templates("pb", _ROWS)
