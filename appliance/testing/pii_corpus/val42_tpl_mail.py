"""val42 templates, mail: e-mails, letters, and paste prompts (an instruction around pasted
text, the text sometimes in German, French, Spanish, Italian, Portuguese or Dutch).

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "email",
        "courts",
        """\
Draft a reply to this, confirming the new date:

From: {P1} <{P1.email}>
To: Tribunal Clerks <{EMAIL.role}>
Subject: {case} – request to adjourn

Dear Clerk,
I act for the claimant in the charter-party dispute. Our expert, {P2.title}, is in {CITY} until {date} and cannot attend the hearing on {date2}. We ask for an adjournment of 14 days under Article 25 of the UNCITRAL Rules.
Kind regards,
{P1}
{PHONE.intl}""",
    ),
    (
        "email",
        "insurance",
        """\
Summarise this for the claims committee in five bullets:

Subject: Claim {claim} – water damage, {ADDR}
Hi team,
Insured: {P1.lastfirst}, SSN {SSN}, policy {policy}. Loss date {date}, reported {date2}. The loss adjuster ({P2}) puts building damage at {amount} and contents at {amount2}. Mould risk is high; dehumidifiers on site since Monday. Payee details for the interim payment: routing {routing}, checking account {ACCT}.
{P3.given}""",
    ),
    (
        "email",
        "hotel",
        """\
Please turn this guest e-mail into a booking request for the reservations system:

Hello,
My husband and I arrive on {date} for our anniversary. Could you reserve the Escoffier Suite and dinner on the terrace ({dish} for two, and {drink})? Please hold the room on my card {CARD}. We land from {CITY} at {time}.
Warm regards,
{W1}
{PHONE}""",
    ),
    (
        "email",
        "cruise",
        """\
Correct the passenger manifest from this e-mail and list what changed:

Subject: Booking {ref} – name correction
Dear Guest Services,
The name on cabin {room} is misspelled. It should read {P1.reg} (as in the passport), not the version on the ticket. My travelling companion is {P2}, born in {COUNTRY}. Our emergency contact ashore is {P3} on {PHONE.intl}.
Thank you,
{P1.given}""",
    ),
    (
        "email",
        "esports",
        """\
Write a short, friendly reply confirming payment:

From: {P1.given} "{P1.handle}" {P1.family} <{P1.email}>
Subject: prize money, {date}
hey! for the {amount} from the spring split, my IBAN is {IBAN} (bank in {CITY}). the old one ending 4471 is closed. also can the team cover my flight from {COUNTRY} for the final?
gg""",
    ),
    (
        "email",
        "botanic",
        """\
Tidy this volunteer sign-up into a table (name, contact, availability, skills):

Hi glasshouse team,
I'd love to volunteer on Tuesdays. I'm {P1}, retired and living at {ADDR}. Mobile {PHONE.natl}. I've grown Banksia and Welwitschia at home and can help with the Wollemi pine propagation. My neighbour {P2.given} might join too: {P2.email}.
Best,
{P1.given}""",
    ),
    (
        "email",
        "registry",
        """\
Help me reply to this sympathetically and list the documents they must bring:

Subject: registering my father's death
Dear Registrar,
My father, {M1}, died at home in {CITY} on {date}. The GP, {W1.title}, has issued the medical certificate. I'm the informant, {P2}, and can come to the {CITY2} office any morning. My number is {PHONE}.
With thanks""",
    ),
]

CLEAN = [
    (
        "email",
        "auction",
        """\
Proofread this e-mail to our bidders and make it shorter:

Dear bidders,
Our autumn sale opens on {date} at {time}. Highlights include a Steinway model B (lot {lot}), a pair of Christofle candelabra, a Fabergé-style enamel box and a case of Dom Pérignon 1996. Most estimates are around {estimate}; the Steinway is estimated at {estimate2}. Online bidding closes {num} minutes before the hammer.
With best wishes,
The Saleroom Team""",
    ),
    (
        "email",
        "polar",
        """\
Make this logistics e-mail into a checklist:

Team,
{ship} sails on {date}. Cargo for Halley VI station closes {date2}: crates under {num}0 kg, labelled with the project code and {ref}. Nansen bottles, the Van Veen grab and the spare Secchi disk go in the blue container {container}. Fuel drums ship separately.
Logistics Office""",
    ),
    (
        "email",
        "tailoring",
        """\
Rewrite this newsletter in a warmer tone:

Our trunk show returns on {date}. See the new Raglan overcoat in {product} tweed, the Goodyear-welted oxfords with Vibram soles, and the Mackintosh rain cape. Measurements from {time}, deposits {price}. Order reference prefix {sku}.""",
    ),
    (
        "email",
        "archaeology",
        """\
Summarise this field school e-mail in three bullets:

Hello all,
The field school runs from {date} to {date2}. Week one covers the Harris matrix and Munsell recording, week two small-finds handling. Fee {price}, accommodation in tents. Bring steel-toe boots and a 4-inch WHS trowel. Site code {ref}.
Field Director""",
    ),
]

PERSONAL += [
    (
        "letter",
        "estate",
        """\
Check this tenant reference letter for tone and anything we shouldn't disclose:

To whom it may concern,
{P1} has rented {ADDR} through our agency since {date}. Rent of {rent} per calendar month has always been paid on time from account number {ACCT}. {P1.poss} deposit was returned in full. The property was left in good order; the butler sink chip was there at check-in.
Yours faithfully,
{P2}, Lettings Manager, {CITY} branch""",
    ),
    (
        "letter",
        "registry",
        """\
{ADDR}

{date}

Dear {P1.title},
Thank you for giving notice of your intended marriage to {P2}. Your notice will be displayed for 28 days at the register office in {CITY}. The ceremony may take place from {date2}. Please bring your passport and proof of address to the appointment.
Yours sincerely,
Superintendent Registrar

Translate this letter into plain English for someone whose first language isn't English.""",
    ),
    (
        "letter",
        "antiques",
        """\
Please tighten this estimate letter:

Dear {P1.title},
Thank you for bringing in the Davenport desk. Having examined it, we suggest: re-laying the lifting veneer on the left drawer front, replacing the two non-original brass handles, and a shellac finish. Our estimate is {price} plus VAT. Collection from {ADDR} can be arranged for {date}.
With kind regards,
{P2}
Restoration Bench""",
    ),
    (
        "letter",
        "courts",
        """\
Summarise what this letter requires of the witness:

WITNESS SUMMONS – Claim No {case}
To: {P1.reg}, {ADDR}
You are required to attend the {CITY} County Court on {date} at {time} to give evidence in the matter between the parties. Conduct money of {price} is enclosed. If you do not attend, you may be fined.
Signed: {P2}, Court Officer""",
    ),
    (
        "letter",
        "betting",
        """\
Explain in simple words what the winner needs to do:

Dear {P1},
Congratulations on your prize of {amount} in the State Lottery draw {ref}. Because the prize is over the reporting threshold, we must report it on Form W-2G. Please confirm your Social Security number ({SSN}) and mailing address ({ADDR}) and choose payment by check or direct deposit to account {ACCT}.
Prize Claims Office""",
    ),
    (
        "letter",
        "driving",
        """\
{P1}
{ADDR}

Dear {P1.given},
Well done on passing your practical test on {date}! Your examiner noted two minor faults (mirrors on approach to roundabouts). Your instructor, {P2.title}, recommends a Pass Plus course in the Renault Clio.
Best wishes, Roadready School of Motoring

Make this letter more upbeat.""",
    ),
]

CLEAN += [
    (
        "letter",
        "theatre",
        """\
Dear Patron,
Thank you for your continued support. Our winter season opens on {date} with Hamlet in the Olivier stage and a revival of the Sondheim musical in the Lyttelton. Season tickets start at {price}. Booking opens at {time} for members; your membership number {fcard} is printed on the back of your season card.
Yours sincerely,
Box Office Manager

Shorten this to one paragraph.""",
    ),
    (
        "letter",
        "insurance",
        """\
Rewrite this standard letter so it reads less like legalese:

Dear Policyholder,
Following {storm}, we have received a high number of claims. Please report any damage quoting your policy number. Our loss adjusters will prioritise properties that are uninhabitable. Emergency repairs up to {price} may be carried out without prior approval; keep all receipts.
Claims Department""",
    ),
    (
        "letter",
        "zoo",
        """\
Dear Friend of the Zoo,
Thank you for adopting Percy the puffin! Your adoption pack includes a certificate, a plush puffin and a photo of Percy at his favourite rock. Percy weighs {num}0 grams and eats {num2} sprats a day. Adoption ref {ref}, membership card {fcard}, renewal {date}.
The Membership Team

Turn this into a short social media caption.""",
    ),
    (
        "letter",
        "hair",
        """\
Dear valued client,
From {date} our prices change: cut and finish {price}, full head colour {price2}, the Caesar cut for gents {price3}. We now use Wahl and Andis clippers and the full Schwarzkopf range. Your loyalty card number {fcard} stays the same. Thank you for your loyalty.
The Salon Team

Make this sound friendlier and add a line about the loyalty card.""",
    ),
]

PERSONAL += [
    (
        "paste",
        "customs",
        """\
Translate this into English and tell me what they want from us:
---
Sehr geehrte Frau {P1.family},
Ihre Sendung {track} wurde vom Zoll in {CITY} angehalten. Bitte senden Sie uns die Handelsrechnung und Ihre EORI-Nummer bis zum {date}. Die Einfuhrabgaben betragen {price}. Für Rückfragen erreichen Sie {P2} unter {PHONE.intl}.
Mit freundlichen Grüßen
Ihr Zollagent
---""",
    ),
    (
        "paste",
        "hotel",
        """\
Summarise this French e-mail in two English sentences:
---
Bonjour,
Je m'appelle {P1} et j'ai réservé une chambre pour le {date}. Pourriez-vous ajouter un lit bébé et réserver une table pour la Pêche Melba du soir ? Mon numéro : {PHONE}. Mon adresse pour la facture : {ADDR}.
Cordialement,
{P1.given}
---""",
    ),
    (
        "paste",
        "estate",
        """\
I'm a letting agent. What does this Spanish clause say about the deposit?
---
El arrendatario, {P1}, con domicilio en {ADDR}, entrega una fianza de {rent}, que se devolverá en la cuenta bancaria {IBAN} en el plazo de un mes tras la entrega de las llaves.
---""",
    ),
    (
        "paste",
        "auction",
        """\
Reply in English to this Italian buyer, confirming the bank details are ours:
---
Gentile casa d'aste,
sono {P1} e ho aggiudicato il lotto {lot} (orologio da tavolo, {price}). Devo pagare sull'IBAN {IBAN}? Il mio indirizzo per la spedizione è {ADDR}.
Cordiali saluti
---""",
    ),
    (
        "paste",
        "cruise",
        """\
Translate the passenger's Portuguese message and draft a reply:
---
Olá, sou {P1} da cabine {room}. A minha mãe, {F2}, perdeu o cartão de bordo em {CITY}. Podem ligar para o meu telemóvel {PHONE.intl}? Obrigada.
---""",
    ),
    (
        "paste",
        "zoo",
        """\
What is this Dutch keeper asking? Answer in English.
---
Hoi, met {P1.given} van het aquarium. De Humboldtpinguïns zijn vandaag gewogen, het studboek is bijgewerkt ({ref}). Kan {P2} mij terugbellen op {PHONE}? Of mail naar {P1.email}.
---""",
    ),
    (
        "paste",
        "courts",
        """\
Summarise the court's finding in plain English:
---
{num}. The claimant, {P1}, of {ADDR}, says that the respondent's agent, {P2}, gave an oral assurance on {date} that the goods would ship from the {CITY} warehouse. I accept {P1.gposs} evidence on that point. The Bolam test has no application to a sale of goods.
---""",
    ),
]

CLEAN += [
    (
        "paste",
        "botanic",
        """\
Translate these German plant labels into English:
---
Wollemia nobilis – Wollemie. Entdeckt 1994. Bitte nicht berühren.
Fuchsia magellanica – benannt nach einem Botaniker des 16. Jahrhunderts.
Dahlia 'Café au Lait' – Sorte, Sammlung Nr. {acc}.
---""",
    ),
    (
        "paste",
        "theatre",
        """\
Translate this French programme note into English:
---
Ce soir, le rôle de Lady Bracknell est tenu par sa doublure. Entracte de vingt minutes. Le bar propose un Bellini et des Lamingtons. Représentation n° {num}, durée {num2}0 minutes.
---""",
    ),
    (
        "paste",
        "betting",
        """\
Explain this Spanish betting rule in English:
---
Las apuestas "cada vía" se liquidan a 1/4 de la cuota para los cuatro primeros puestos. Si el caballo {horse} no corre, la apuesta se anula y se devuelve el importe. Cuota máxima {odds}.
---""",
    ),
    (
        "paste",
        "insurance",
        """\
Simplify this policy wording for a customer leaflet:
---
4.2 We will not pay for loss or damage caused by wear and tear, gradual deterioration, or by any storm named or unnamed where the wind speed did not reach Beaufort force 10. The excess is {price} per claim. See Schedule {ref}.
---""",
    ),
]
