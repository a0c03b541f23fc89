"""val40 templates with personal data, part D: Jira issues, bibliographies, calendar events,
vCards, pasted texts (in eleven languages) and dictation. The slot language is described in
`val40_gen`."""

from __future__ import annotations

from .val40_gen import parse_block

RAW = """
=== p-energy-jira-permit | jira | energy
OPS-{d:pr}: Hot work permit missing a signature
Reporter: {A}    Assignee: {B}
Description: The permit for well DS-{d:n} (Prudhoe) lacks the area authority signature. \
{C} was on shift; contact via {phone}.
Comment ({B.f}, {d:date}): chased {C.f}, signing tomorrow.

=== p-uni-jira-timetable | jira | university
TT-{d:pr}: Timetable export drops lecturers with diacritics
Steps: export week {d:n}; lecturer "{A}" shows as "?"; the same for "{B}".
Expected: names as entered. Reporter: {C} ({C.work})
Comment by {D}: reproduced on the Wolfson Hall feed.

=== p-prob-jira-tag | jira | probation
PROB-{d:pr}: Electronic monitoring alert not routed
Person on probation: {A.LF} (CRN {d:case}, SSN {ssn})
Curfew address: {addr}
Case officer: {B}
Comment by {C}: the monitoring centre tried {phone} three times, no answer.

=== p-climate-jira-feed | jira | climate
WX-{d:pr}: Storm naming feed lists "Katrina" twice in the retired names
Assignee: {A}. Watchers: {B}, {C.il}.
Comment ({A.f}): the duplicate came from the {ip6} mirror; {B.f} to purge it.

=== p-fashion-jira-returns | jira | fashion
SHOP-{d:pr}: Return label sent to the wrong address
Customer: {A} ({A.mail}, {phone})
Order {d:order}: Versace scarf + Calvin Klein belt
Should go to {addr}; the label was printed for the Gucci concession instead.
Comment by {B}: refunded the shipping to card {card}.

=== p-grants-bib-refs | bibliography | grants
Format these references in APA 7:
{A.bib} ({d:year}) Sea-level rise and dam safety in {region}. Journal of Hydrology \
{d:n}(3), 101-118.
{B.bib} and {C.bib} ({d:year2}) Black-Scholes models for catastrophe bonds. doi:{d:doi}
{D.bib} ({d:year3}) The burden of Crohn's disease in {country}. Lancet Gastro {d:n2}, 45-57.

=== p-music-bib-thesis | bibliography | music
References
{A.bib} ({d:year}). The Hammond organ in gospel practice. {city}: Fern Press.
{B.bib} ({d:year2}). Performing the Goldberg Variations on the Rhodes piano. PhD thesis.
{C.bib}, & {D.bib} ({d:year3}). Stradivarius acoustics revisited. JASA, {d:n}(2).
Are these consistent with author-date style?

=== p-hosp-bib-lit | bibliography | hospital
[1] {A.bib}, {B.bib}. Apgar score and long-term outcome. BMJ. {d:year};{d:n}:e{d:pr}.
[2] {C.il} et al. Whipple procedure outcomes in {country}. HPB. {d:year2}.
[3] {D.bib}. Hodgkin lymphoma in adolescents. doi:{d:doi}
Check these against Vancouver style.

=== p-news-bib-archive | bibliography | news
Sources for the fact-check:
- {A.lf}, "Dam safety warnings ignored", Daily Ledger, {d:date}.
- Interview with {B}, {city}, {d:date2} (notes with {C.f}).
- {D.bib} ({d:year}). Hurricane Katrina and the levees. Natural Hazards Review.

=== p-transl-bib-sources | bibliography | translation
Bibliografía citada en el original (traducir al inglés):
{A.bib} ({d:year}). La traducción jurídica en {country}. {city}: Ediciones Alba.
{B.bib} y {C.bib} ({d:year2}). Terminología notarial. Revista de Traducción, {d:n}, 33-58.

=== p-uni-ics-viva | ics | university
BEGIN:VCALENDAR
BEGIN:VEVENT
SUMMARY:PhD viva – {A}
DTSTART:{d:icsdt}
LOCATION:Wolfson Hall\\, room {d:room}
ORGANIZER;CN={B}:mailto:{B.work}
ATTENDEE;CN={C};ROLE=REQ-PARTICIPANT:mailto:{C.mail}
ATTENDEE;CN={A}:mailto:{A.work}
END:VEVENT
END:VCALENDAR

=== p-hosp-ics-clinic | ics | hospital
BEGIN:VEVENT
SUMMARY:IBD clinic – {A.LF} (Crohn's review)
DTSTART:{d:icsdt}
LOCATION:{addr}
DESCRIPTION:Consultant Dr {B.l}. Patient mobile {phone}. Interpreter: {C}.
END:VEVENT
Add a reminder line for the patient.

=== p-church-ics-wedding | ics | church
BEGIN:VEVENT
SUMMARY:Wedding – {A} & {B}
DTSTART:{d:icsdt}
LOCATION:St Mary's Church\\, {addr}
ORGANIZER;CN=Fr {C.l}:mailto:{role.parish_office}
DESCRIPTION:Banns read by Deacon {D}. Flowers: {E.f} ({phone}).
END:VEVENT

=== p-sport-ics-medical | ics | sport
BEGIN:VEVENT
SUMMARY:Medical – {A} (transfer)
DTSTART:{d:icsdt}
LOCATION:{addr}
ATTENDEE;CN={B}:mailto:{B.work}
ATTENDEE;CN={C} (agent):mailto:{C.mail}
DESCRIPTION:Driver {D.f} collects {A.f} from the airport. Agent mobile {phone}.
END:VEVENT

=== p-cars-vcard-customer | vcard | cars
BEGIN:VCARD
VERSION:3.0
N:{A.fam};{A.giv};;;
FN:{A}
TEL;TYPE=CELL:{phone}
EMAIL:{A.mail}
ADR;TYPE=HOME:;;{addr};;;;
NOTE:Interested in a Porsche Macan; trade-in Citroën Berlingo
END:VCARD
Import this into the dealer CRM format (name, phone, email, notes).

=== p-news-vcard-source | vcard | news
BEGIN:VCARD
VERSION:4.0
FN:{A}
ORG:Riverside Water Authority
TITLE:Retired dam engineer
TEL;TYPE=work,voice;VALUE=uri:tel:{phone.e164}
TEL;TYPE=home:{phone:2}
NOTE:Met via {B}. Prefers calls after 6pm.
END:VCARD

=== p-music-vcard-teacher | vcard | music
BEGIN:VCARD
VERSION:3.0
FN:{A}
N:{A.fam};{A.giv};;;
TITLE:Head of Keyboard (Hammond\\, Rhodes\\, piano)
EMAIL;TYPE=WORK:{A.work}
TEL;TYPE=CELL:{phone}
URL:https://{org}/staff/{A.slug}
END:VCARD

=== p-vet-vcard-welfare | vcard | veterans
BEGIN:VCARD
VERSION:3.0
FN:{A}
N:{A.fam};{A.giv};;Maj;
ADR;TYPE=HOME:;;{addr};;;;
TEL:{phone}
EMAIL:{A.mail}
NOTE:Welfare contact for {B} (Cpl\\, retd)
END:VCARD
Add this to the branch address book.

=== p-transl-paste-es | paste | translation
Translate into English, keep names and numbers exactly:

"Estimada señora {A.l}: le confirmamos la cita con el notario {B} el próximo martes en \
nuestra oficina de {city}. Si necesita cambiarla, llame al {phone} o escriba a \
{role.citas}. Atentamente, {C}."

=== p-prob-paste-de | paste | probation
Fass das bitte auf Englisch zusammen:

Bewährungshelferin {A} teilt mit, dass Herr {B.l} seit dem 3. März unter der Anschrift \
{addr} gemeldet ist. Er ist telefonisch unter {phone} erreichbar. Die nächste Vorsprache \
bei Frau {C.l} ist für Donnerstag angesetzt.

=== p-fashion-paste-fr | paste | fashion
Reply to this in French, politely declining:

Bonjour, je suis {A}, styliste indépendante à {city}. J'aimerais présenter ma collection \
inspirée de Chanel et de Dior à votre acheteuse, Mme {B.l}. Vous pouvez me joindre au \
{phone} ou par mail : {A.mail}. Bien à vous.

=== p-energy-paste-pt | paste | energy
Extract as JSON (nome, cargo, telefone, email):

Segue a lista da equipe da mina em {region}: {A}, engenheira de minas, {phone}, \
{A.work}; {B}, técnico de segurança, {phone:2}; e o supervisor {C}, que fica no \
escritório de {city} (tel. {phone:3}).

=== p-music-paste-it | paste | music
Riassumi in inglese:

Gentile Maestro {A.l}, le confermo il concerto del 12 maggio con la Sonata al chiaro di \
luna e le Variazioni Goldberg. Il pianista {B} arriverà da {city}; per la logistica \
contatti {C} al {phone}. Il compenso sarà versato sull'IBAN {iban.IT}.

=== p-nursery-paste-nl | paste | nursery
Vertaal naar het Engels voor de nieuwe ouders:

Beste ouders van {A.f}, vanaf maandag is {B} de vaste pedagogisch medewerker van groep \
Nijntje. Bij ziekte graag vóór 8 uur bellen naar {phone}. Wordt uw kind door iemand \
anders opgehaald? Geef dat door aan {C.f}.

=== p-cars-paste-pl | paste | cars
Odpowiedz klientce po angielsku:

Dzień dobry, nazywam się {A}. Wynajęłam Forda Focusa w oddziale {city}, numer \
rezerwacji {d:ref}. Z mojej karty {card} pobrano kaucję dwa razy. Proszę o kontakt: \
{phone}.

=== p-climate-paste-sv | paste | climate
Sammanfatta på engelska:

Meteorologen {A} varnar för kraftiga vindbyar i {region} under natten. Kontaktperson för \
kommunerna är {B}, tel. {phone}. Nästa prognos skickas från {role.prognos}.

=== p-sport-paste-tr | paste | sport
Translate to English for the transfer file:

Oyuncu {A} ile menajeri {B} yarın {city} kentinde sağlık kontrolünden geçecek. Kulüp \
doktoru Dr. {C.l}. Menajere {phone} numarasından ulaşabilirsiniz.

=== p-church-paste-id | paste | church
Tolong ringkas dalam bahasa Inggris:

Jadwal misa Paskah di Gereja Santo Yosef: Romo {A.l} memimpin misa pagi, dibantu {B} dan \
{C}. Untuk pendaftaran paduan suara hubungi {D.f} di {phone}.

=== p-cosm-paste-vi | paste | cosmetics
Dịch sang tiếng Anh:

Chào chị {A.f}, đơn hàng kem chống nắng Maybelline của chị đã được giao tới {addr}. Nếu \
có vấn đề, chị vui lòng gọi {phone} hoặc nhắn cho bạn {B.f} bên chăm sóc khách hàng.

=== p-vet-paste-reply | paste | veterans
Write a reply to this for me:

> From: {A} <{A.mail}>
> My grandfather, {B}, served with the Royal Engineers and I think he is in your 1982
> reunion photo. Could someone call me on {phone}? I'm in {city} most weekdays.

=== p-bank-paste-extract | paste | bank
Extract as JSON (name, iban, card, phone):

"Hi, this is {A}. Please move my salary payments to IBAN {iban} from next month, and \
cancel the old card {card}. You can reach me on {phone}. Thanks!"

=== p-hosp-voice-note | voice | hospital
note to self call {A.lc} about the rota swap then ring dr {B.lcl} about the whipple list \
their number is {phone.natc} and tell {C.lcf} the apgar audit is due friday

=== p-cars-voice-dictation | voice | cars
new lead {A.lc} phone {phone.natc} interested in the tesla model y and maybe a ford ranger \
lives at {addr.lc} deposit on card {card.sp} wants a call back from {B.lcf} after five

=== p-news-voice-memo | voice | news
memo for the desk spoke to {A.lc} at the dam site near {city.lc} says the spillway was \
never tested a colleague {B.lc} can confirm reach them on {phone}

=== p-nursery-voice-message | voice | nursery
hi its {A.lcf} from little acorns just to say {B.lcf} had a great day but bumped their \
head at lunch all fine now please call {phone.natc} if you have any questions thanks

=== p-prob-voice-report | voice | probation
dictation for the file {A.lc} attended today on time no concerns lives with {B.lc} at \
{addr.lc} next appointment in two weeks with me {C.lc} end of note
"""

TEMPLATES = parse_block(RAW)
