"""val42 templates, talk: chat, sms, slack, voice (dictation) and transcript prompts.

`PERSONAL` and `CLEAN` hold (shape, domain, text) triples; the slots are described in
`val42_render`. Written for val42.
"""

from __future__ import annotations

PERSONAL = [
    (
        "chat",
        "insurance",
        """\
hi, can you help me word a reply to a policyholder? {P1.glower} says the burst pipe on {date} flooded the kitchen at {ADDR} and nobody from loss adjusting has called back. claim {claim}, policy {policy}, excess {price}. they also asked whether {storm} counts as an insured event (it doesn't matter for the pipe, but be kind about it). best number for them: {PHONE.natl}""",
    ),
    (
        "chat",
        "esports",
        """\
ok so our support player {P1.lower} (in-game: {P1.handle}) flies in from {CITY} for the qualifier on {date}. can you draft the visa invitation letter? passport name has to match exactly, team is Vortexa Esports, bootcamp runs {date2} to {date3} and we cover flights + hotel. patch {ver} drops the same week lol""",
    ),
    (
        "chat",
        "hotel",
        """\
Guest in room {room} wants a late checkout and a table for two at eight, the one who sent back the {dish} last night. Name on the booking: {W1}, just back from {CITY} around {time}. Can you write a short, warm note to slide under the door? Sign it from the concierge desk.""",
    ),
    (
        "chat",
        "polar",
        """\
{P1.given} here from the station, the satellite link is awful so be brief. can you turn these notes into an email to {P2.given}? "CTD cast 14 done at {coord}, {temp} on deck, {ship} is two days late because of pack ice, the Nansen bottles all fired. miss you." send it to {P2.email} and keep it under 80 words""",
    ),
    (
        "chat",
        "auction",
        """\
Bidder query: {P1.title} won lot {lot} (a Fabergé-style enamel frame, hammer {amount}) and has pasted their card into the chat: {CARD}, expiry 09/27. I know we must not take cards this way. Write a polite reply pointing them to the payment link instead, and mention the buyer's premium of 25% plus VAT.""",
    ),
    (
        "chat",
        "driving",
        """\
can u move {P1.glower}'s lesson? the test is at the {CITY} centre on {date} at {time}. parent's mobile is {PHONE} (text them, not the pupil). also they keep stalling on hill starts in the Toyota, any tips i can pass on?""",
    ),
    (
        "chat",
        "zoo",
        """\
Our new keeper {W1.title} starts Monday on the big cats section. Can you write a welcome message from the curator that covers: the Weil's disease hand-washing rule, radio channel 3, the Przewalski's horse paddock is off limits until the vet clears it, and the {time} briefing in the Marchetti Wing? Mention that {W1.given} came to us from the {CITY} office of the zoo federation.""",
    ),
]

CLEAN = [
    (
        "chat",
        "theatre",
        """\
can you tidy my cue notes into a table? LX 41 on Prospero's "we are such stuff", SQ 12 is the thunder ({storm} recording, -6 dB), fly cue 7 brings in the moon at {time}. the half is called at 19:00, beginners at 19:25. keep every number exactly as written""",
    ),
    (
        "chat",
        "zoo",
        """\
Our rota bot keeps mixing animals up. The Przewalski's horses are in paddock 4, Mochi the red panda moved next to the Marchetti Wing, and feeds are at {time} and {time2}. Write me a short checklist for Saturday, including the weekly weigh-in and the Weil's disease hand-washing reminder.""",
    ),
    (
        "chat",
        "botanic",
        """\
quick q: is 'Gertrude Jekyll' a rose or a clematis? the label in bed 12 (accession {acc}) only gives the cultivar name, and the Wollemi pine beside it needs a new sign as well. one paragraph is plenty""",
    ),
    (
        "chat",
        "betting",
        """\
what does "each way, 1/4 odds, first four places" mean for a £10 bet on {horse} at {odds}? I also have a Lucky 15 and a Heinz on the evening card, slip no. {fcard}. explain it like I'm new, with the sums""",
    ),
    (
        "chat",
        "esports",
        """\
our analyst says we lose every round where Countess Vexmoor ults first. patch {ver} nerfed her cooldown by {pct}. can you suggest three drafts that counter her, and explain the Elo swing if we drop the next two scrims? no need for player names""",
    ),
]

PERSONAL += [
    (
        "sms",
        "estate",
        """\
Rewrite this text so it sounds less robotic: "Hi {P1.given}, Keystone Lettings here. Viewing at {ADDR} confirmed for {date} {time}. Collect keys from our {CITY} office. Deposit {rent}. Reply STOP to opt out." """,
    ),
    (
        "sms",
        "cruise",
        """\
Shore excursion update for {P1}: your tender leaves deck 4 at {time}, bring your cruise card ({fcard}) and passport. Tour {ref} to the glacier viewpoint is confirmed. Queries: {PHONE.intl}""",
    ),
    (
        "sms",
        "hair",
        """\
Reminder for {W1}: cut & colour with {P1.given} on {date} at {time} (balayage + toner, Wella 9/16). Running late? Call {PHONE.natl}. Reply C to cancel.""",
    ),
    (
        "sms",
        "betting",
        """\
Is this a scam? I got: "WIN ALERT! Ticket {ref} matched 5 numbers. {P1.upper}, to claim your prize reply with your bank account number." Stupidly I replied with my acct no {ACCT} before I thought about it. What should I do now?""",
    ),
    (
        "sms",
        "customs",
        """\
{P1}, your parcel {track} is held at customs. Import duty {price} must be paid by {date} at https://pay.clearpath-customs.eu/{ref} - AWB {awb}. Questions: {EMAIL.role}""",
    ),
    (
        "sms",
        "mountaineering",
        """\
From {P1.given}: at the hut, weather window shuts around {time}. Meet {P2} at the cable car at {time2}. If no signal, sat phone is {PHONE.intl}. Grade of the ridge is {grade}, bring the second rope.""",
    ),
]

CLEAN += [
    (
        "sms",
        "driving",
        """\
Your practical driving test is booked for {date} at {time}. Bring your provisional licence and glasses if you need them. Booking ref {ref}. To change, reply CHANGE or visit the booking site.""",
    ),
    (
        "sms",
        "podcast",
        """\
Recording moved to {date}, {time}. Studio B, use the Shure SM7B not the condenser. Ep. {num} edit approved, sponsor read is the 60s version, code SPRING{num2}.""",
    ),
    (
        "sms",
        "courts",
        """\
Listing update: hearing {case} moves to Court 6 at {time}. Bring bundle volume 2 (pages 1-{lot}). The Bolam test argument is now first.""",
    ),
    (
        "sms",
        "registry",
        """\
Your certificate order {order} has been dispatched. Fee paid {price}. Tracking {track}. Certified copies take 3-5 working days. Do not reply to this message.""",
    ),
]

PERSONAL += [
    (
        "slack",
        "subtitling",
        """\
#dubbing-ops
[{time}] {P1}: German dub for ep 104 is back, Inspector Vallance's lines run 0.4s long in reel 3
[{time2}] {P2.given}: ok. @{P1.handle} can you ping the voice director? she's on {EMAIL}
[{time3}] {P1}: done. also SDH file fails at CPS 17, see {ticket}
Can someone summarise this thread for the producer?""",
    ),
    (
        "slack",
        "esports",
        """\
Summarise for the manager please:
@scrimbot: scrim vs Redline at {time}, server {IP}:{port}
{P1} : i'm lagging, ping {ms} from {CITY}
{P2.given}: ok switch to the backup box {IP2.v6}
{P1.given}: better. also my payroll form asks for my SSN, is {SSN} ok to send here?""",
    ),
    (
        "slack",
        "archaeology",
        """\
#trench-3
{P1.given}: small find SF 212 from context {ctx}, Roman coin, needs bagging
{P2.lastfirst} (finds supervisor): log it against the Harris matrix first, Munsell {munsell}
{P1.given}: ok. also, {P2.given}, your car is blocking the spoil heap again 😅
Turn this into a formal site diary entry for {date}.""",
    ),
    (
        "slack",
        "theatre",
        """\
#stage-management
{P1} (DSM): understudy for Lady Bracknell is on tonight, {P2.title} has laryngitis
{P3.given}: half at 19:00, the Gielgud notes are in the prompt book
{P1.given}: can someone phone the agent? {PHONE}
Draft the announcement for the front-of-house team.""",
    ),
    (
        "slack",
        "customs",
        """\
@ops-rota FYI container {container} cleared at the {CITY} terminal, HS {hs}, duty deferred.
{P1} → {P2}: consignee wants the invoice re-issued to {ADDR}
{P2.given}: will do, sending the proforma to {P1.email}
Draft the customs broker's note to the consignee.""",
    ),
    (
        "slack",
        "zoo",
        """\
#keepers
{W1} : Gus the gecko shed fully, Percy the puffin off his food again
{P1.given}: vet booked {date}, I'll call {W1.given} after the {time} feed
{P1}: ah and the new studbook number for our Rothschild's giraffe is SB {depth}
Write a handover note for the weekend team.""",
    ),
]

CLEAN += [
    (
        "slack",
        "podcast",
        """\
#edit-bay
@rota-bot: reminder, ep {num} locks at {time}
@sound-desk: loudness is -16 LUFS, true peak -1, render from {product}
@host-account: approve the cold open? the Turing test bit runs {num2}s long
Summarise this channel as three action items, no names.""",
    ),
    (
        "slack",
        "hotel",
        """\
#housekeeping
@housekeeping-lead: rooms {room}, {room2} and {room3} need deep clean before {time}
@frontdesk-bot: VIP arrival in the Escoffier Suite, amenity is {drink} + Lamingtons
@linen-vendor: delivery {order} short by 40 pillowcases
Turn this into a shift briefing.""",
    ),
    (
        "slack",
        "polar",
        """\
#ship-ops
@bridge: {ship} holding at {coord}, wind force 9 on the Beaufort scale
@ctd-team: cast 22 postponed, Niskin bottle 7 leaking
@data-bot: sync to archive failed, hash {hash}
Write a status line for the daily report.""",
    ),
    (
        "slack",
        "auction",
        """\
#saleroom
@lots-bot: lot {lot} withdrawn, lot {lot2} re-estimated to {price}
@cataloguing: the Chippendale chair is "style of", not "by", fix the description
@payments: invoice {invoice} paid in full
Make a tidy summary for the auctioneer's book.""",
    ),
]

PERSONAL += [
    (
        "voice",
        "insurance",
        """\
note to self call {P1.lower} about the claim on the {REGION} property their number is {PHONE} and the adjuster wants photos of the roof by friday also check if the policy covers {storm}""",
    ),
    (
        "voice",
        "registry",
        """\
dictation for the registrar birth registration for baby {P1.given} surname {P1.family} born at home in {CITY} mother is {F2} father {M3} informant gave the address as {ADDR} please type this up as the draft entry""",
    ),
    (
        "voice",
        "tailoring",
        """\
fitting notes for {P1} chest forty two waist thirty six left shoulder drops half an inch raglan sleeve please not set in customer wants the Loro Piana cloth second fitting in three weeks call them on {PHONE}""",
    ),
    (
        "voice",
        "mountaineering",
        """\
incident log dictated by guide {P1.lower} client {P2.lower} slipped on the descent below the hut at about four in the afternoon suspected ankle sprain walked out with support rescue not called client lives in {CITY} emergency contact {P3.lower} on {PHONE}""",
    ),
    (
        "voice",
        "driving",
        """\
lesson summary for {P1} roundabouts much better still forgetting the mirror before signalling next lesson we do the dual carriageway pickup from {ADDR}""",
    ),
    (
        "voice",
        "hair",
        """\
client card {W1} sensitive scalp patch test done no reaction colour seven point four three with twenty volume next visit in six weeks mobile {PHONE}""",
    ),
]

CLEAN += [
    (
        "voice",
        "zoo",
        """\
keeper notes afternoon round the tapirs ate well the Przewalski's mare is lame on the near fore vet to check tomorrow Percy the puffin weighed four hundred and ten grams pool filter two needs a new seal""",
    ),
    (
        "voice",
        "antiques",
        """\
restoration notes for the Davenport desk veneer lifting on the left drawer front use hide glue not PVA the brass handles are replacements probably Victorian polish with shellac then wax quote three hundred and fifty pounds""",
    ),
    (
        "voice",
        "cruise",
        """\
muster drill notes the alarm on deck five was faint on the starboard side lifeboat nine davit slow to lower crew drill again at ten hundred tomorrow passengers from the late tender missed the briefing""",
    ),
    (
        "voice",
        "theatre",
        """\
notes from the tech rehearsal the fly bar for the moon is six inches low the follow spot missed Ophelia's entrance in act four sound cue twelve too loud in the stalls fix before the half""",
    ),
]

PERSONAL += [
    (
        "transcript",
        "podcast",
        """\
Clean up this transcript for the show notes (keep the timestamps):
[00:00:04] HOST: Welcome back to Deep Cuts, episode {num}. I'm here with {P1}, who ran the {CITY} chapter of the film society for ten years.
[00:00:19] {P1.upper}: Thanks for having me. My mum still calls it "{P1.gposs} little club".
[00:00:31] HOST: Listeners can write to {P1.given} at {P1.email}, or see https://longwave-audio.fm/guests/{P1.slug}.
[00:00:40] {P1.upper}: Please do.""",
    ),
    (
        "transcript",
        "courts",
        """\
Summarise the key admissions in this excerpt:
JUDGE: Your full name for the record?
WITNESS: {P1}.
JUDGE: And your address?
WITNESS: {ADDR}.
COUNSEL: {P1.title}, you signed the charter party on {date}?
WITNESS: Yes, on behalf of the {CITY} office. {P2} countersigned.
COUNSEL: And the package limitation point, the cargo claim of {amount}?
WITNESS: I left that to the P&I club.""",
    ),
    (
        "transcript",
        "insurance",
        """\
Recorded call, please extract the facts of loss as bullet points:
AGENT: Can I take the policyholder's name?
CALLER: It's {P1.lastfirst}.
AGENT: And a contact number?
CALLER: {PHONE}, or my partner {P2.given} on {PHONE2}.
AGENT: What happened?
CALLER: The storm took the ridge tiles off. {storm}, the one on {date}.
AGENT: I've opened claim {claim} for you.""",
    ),
    (
        "transcript",
        "subtitling",
        """\
Convert this dubbing session transcript into an SRT-ready list of lines with speaker tags:
DIRECTOR: From the top of scene 12. {P1.given}, you're Countess Vexmoor, {P2.given} is Doctor Quillfeather.
{P1.upper}: "You will never leave this house."
{P2.upper}: "Then I shall haunt it."
DIRECTOR: Lovely. {P3.title}, can you check the lip-sync on that, frame {big}?""",
    ),
    (
        "transcript",
        "registry",
        """\
Tidy this call transcript into a note for the marriage file:
OFFICER: Which ceremony are you booking?
CALLER: Civil ceremony, {date}, in the Ellerby Glasshouse.
OFFICER: Names of the couple?
CALLER: Me, {P1}, and {P2}.
OFFICER: Where do you live?
CALLER: {ADDR}. My fiancé's still in {COUNTRY} until June.
OFFICER: Notice fee is {price} each.""",
    ),
    (
        "transcript",
        "mountaineering",
        """\
Summarise this radio log for the guides' office:
BASE: Rope two, position?
{P1.upper}: Above the bergschrund, {alt}, four clients OK.
BASE: Is {P2.given} with you?
{P1.upper}: Affirmative, {P2.given} is leading. {P3} turned back with Raynaud's and is walking down with {P4.given}.
BASE: Copy. Next call {time}.""",
    ),
]

CLEAN += [
    (
        "transcript",
        "podcast",
        """\
Make show notes from this transcript:
[00:01:02] HOST: Today, the science of why we root for racehorses like {horse}.
[00:01:15] GUEST: It's partly the Elo-style ratings bookmakers use, partly the story.
[00:02:40] HOST: And the {mascot} plushies sold out at the track.
[00:03:10] GUEST: Which says more about marketing than about horses.""",
    ),
    (
        "transcript",
        "courts",
        """\
Summarise this hearing excerpt in two sentences:
JUDGE: Counsel, is the Bolam test the right standard here?
COUNSEL: My Lady, we say the irrationality point is stronger.
JUDGE: Bundle page {lot}?
COUNSEL: Yes, tab {num}, the expert's table of the Apgar scores.
JUDGE: We'll rise until {time}.""",
    ),
    (
        "transcript",
        "esports",
        """\
Turn this caster transcript into a match recap:
CASTER 1: Round {num}, and Captain Quillon flanks through mid!
CASTER 2: That's the Kalman-filter aim assist everyone complained about in patch {ver}.
CASTER 1: Team Vortexa takes the map, {num2} to {num3}.""",
    ),
    (
        "transcript",
        "hotel",
        """\
Extract the guest complaints from this call:
GUEST: The Wi-Fi in room {room} drops every ten minutes.
CONCIERGE: I'm sorry, I'll log it, ticket {ticket}.
GUEST: And the Eggs Benedict came cold twice.
CONCIERGE: I'll take that off the bill, {price}.""",
    ),
]
