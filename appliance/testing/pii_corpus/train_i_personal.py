"""Templates of personal prompts for the train_i generator, hand-written by its author for
entertainment and culture traffic: forum posts, Discord and Reddit-style chat, reviews, watch
lists as tables, JSON from game and media APIs, subtitles, podcast transcripts, streaming
support chats, e-mails, tickets, CSV, HTML and XML, code, logs, social posts, texts, notes and
forms. Every person and place is a slot and so a gold span; the things named like people
({t_...} slots) stand beside them and are never labelled.

Slots: {pN} full name, {gN} given name, {sN} surname, {fN} surname first, {iN} initials,
{lN} lower case, {wN} a given name that is an everyday word (Hope, Will, Rose ...); {city},
{region}, {country}, {addr}; {emailN} (from person N), {phone}, {card}, {iban}, {ip}, {ssn},
{acct}; {t_<category>} a thing of train_i_things; the decoys of train_i_values."""

from __future__ import annotations

PERSONAL: tuple[tuple[str, str], ...] = (
    # --- forum posts ----------------------------------------------------------------------
    (
        "forum",
        "Re: {t_game} ending (spoilers)\n\nPosted by {g1}\n\nI still think {t_game_char} made the right call. My brother {g2} cried at the last cutscene, no shame.",
    ),
    (
        "forum",
        "[Guide] Beating the {t_hero} matchup\nAuthor: {p1} | {date}\nThanks to {p2} for testing the frame data with me in {city}.",
    ),
    (
        "forum",
        "Does anyone know if the {t_game} LAN in {city} is still on? {g1} and I booked the train already and {g2} is bringing the {t_product}.",
    ),
    (
        "forum",
        "Quote from {g1}:\n> {t_character} is overrated\nRespectfully, no. {g2}, back me up here.",
    ),
    (
        "forum",
        "Thread locked by moderator {p1}. Reason: doxxing. Please do not post where {g2} lives, even if you think it's {city}.",
    ),
    (
        "forum",
        "hey all, {l1} here from {country}. been lurking since the {t_game} beta. anyone else maining {t_hero}?",
    ),
    (
        "forum",
        "Fan art contest winners!\n1st: {p1} ({country}) - {t_character} in the rain\n2nd: {p2} - {t_anime} x {t_game_char}\n3rd: {p3} - {t_comic} cosplay photo",
    ),
    (
        "forum",
        'PSA: the person selling signed {t_album} vinyl as "{p1}" is a scammer. They asked me to pay to {iban}. Don\'t.',
    ),
    (
        "forum",
        "My grandma {g1} just finished {t_tv} at 82 and now she wants {t_film}. Suggestions?",
    ),
    (
        "forum",
        "Meetup for {t_community} in {city} on {t_weekday}! Organised by {p1}. DM {g1} or email {email1}.",
    ),
    (
        "forum",
        "RIP my save file. {g1} borrowed my {t_product} and overwrote my 90-hour {t_game} run. We're still friends. Barely.",
    ),
    (
        "forum",
        "Can we talk about how {w1} ran the whole {t_play} production on her own? The cast owes her big time.",
    ),
    # --- Discord ------------------------------------------------------------------------
    (
        "discord",
        "[{time}] {g1}: anyone up for ranked? need a {t_hero} main\n[{time}] {g2}: me but only 2 games, {g3} is picking me up at 9",
    ),
    (
        "discord",
        "{g1}: gg\n{g2}: gg wp, that {t_hero} flank was insane\n{g1}: thank {g3}, he coached me all week",
    ),
    (
        "discord",
        "@{g1} @{g2} the watch party for {t_film} starts in 10, link in #screening. {g3} is hosting from {city}.",
    ),
    (
        "discord",
        "{g1} — Today at {time}\nok who told {g2} the {t_character} twist. i will find you",
    ),
    (
        "discord",
        "mod note: banned user claiming to be {p1}, they were posting a card number ({card}) and asking people to 'verify' it",
    ),
    (
        "discord",
        "{g1}: is {w1} joining tonight?\n{g2}: yeah {w1} said she'll be on after dinner, she's bringing {t_game_char} skins to trade",
    ),
    ("discord", "{g1}: bro my dad {g2} thinks {t_assistant} is a real person lmao\n{g3}: tbf same"),
    (
        "discord",
        "welcome {p1}! please read #rules. fun fact: {g1} was the first person from {country} to clear the {t_game} raid",
    ),
    (
        "discord",
        "{g1}: {g2} can you stream the {t_tv} finale? my {t_service} died\n{g2}: sure after {t_weekday} practice",
    ),
    (
        "discord",
        "ANNOUNCEMENT: {p1} and {p2} are our new {t_role}s. {g3} is stepping down to focus on uni in {city}.",
    ),
    ("discord", "{g1}: ask {w1} if she can cover my shift on the stream tomorrow\n{g2}: will do"),
    (
        "discord",
        "{g1}: {wl1} and {wl2} are late again\n{g2}: typical, {g3} is already here and {w3} is on her way",
    ),
    # --- Reddit ---------------------------------------------------------------------------
    (
        "reddit",
        "r/{t_community_slug} · Posted by u/{tag} · {num}h\n\nMy partner {g1} surprised me with tickets to {t_play} in {city}!! Whole cast was amazing.",
    ),
    (
        "reddit",
        "TIL the voice of {t_game_char} in the {country} dub was done by {p1}, who also narrated {t_book_char} audiobooks",
    ),
    (
        "reddit",
        "AITA for not letting my roommate {g1} use my {t_service} account? She shared it with her boyfriend {g2} and his whole family in {region}.",
    ),
    (
        "reddit",
        "Edit: thanks {g1} for the gold! And to {g2}, no, {t_anime} is not 'just a cartoon'.",
    ),
    ("reddit", "Update: the {t_game} dev ({p1}) replied to my bug report within an hour. Legend."),
    (
        "reddit",
        "> posted by {l1}\n\nthis is why i stopped watching {t_tv} after season 3. {g2} agrees with me",
    ),
    (
        "reddit",
        "My daughter {g1} named our cat {t_character}. My son {g2} wanted {t_game_char}. We compromised on {t_anime}.",
    ),
    (
        "reddit",
        "Looking for a DnD group near {city}. I'm {g1}, 29, have run {t_game} tables for {num} sessions. Message me.",
    ),
    (
        "reddit",
        "[Serious] my uncle {p1} keeps sending his bank details to 'streaming support'. He already gave them {acct} as his checking account number. How do I stop this?",
    ),
    # --- reviews --------------------------------------------------------------------------
    (
        "review",
        "★★★★☆ {t_film}\nReviewed by {p1}, {date}\nSaw it with {g2} in {city}. {t_character} steals every scene.",
    ),
    (
        "review",
        '"A masterpiece." — {p1}, writing about {t_game}. I disagree, and so does my sister {g2}.',
    ),
    (
        "review",
        "Review: {t_play} at the {t_room}, {city}\nThe lead, {p1}, is extraordinary as the title role. Director {p2} keeps it tight.",
    ),
    (
        "review",
        "Bought {t_album} for my dad {g1}'s birthday. He hasn't stopped playing it. 5 stars from {g1}, 3 from me.",
    ),
    (
        "review",
        "Translation was by {i1}, cover art by {p2}. The {t_comic} crossover arc finally pays off.",
    ),
    (
        "review",
        "{score} — The new {t_game} DLC. Voice direction by {p1} is great, but {t_game_char} sounds off. Played on {t_product} in {country}.",
    ),
    (
        "review",
        "I went with my friends {g1}, {g2} and {g3} to the {t_painting} exhibition. Guide ({p4}) was brilliant.",
    ),
    (
        "review",
        "Museum review: the guide {g1} knew everything about the {t_painting} room. Parking on {addr} was a nightmare.",
    ),
    (
        "review",
        "Ordered the {t_dish} and a {t_drink} before the screening. Our server {g1} recommended {t_film}, great call.",
    ),
    (
        "review",
        "Hired {p1} as a magician for my son's {t_character} themed party. {g1} was late but amazing. Contact: {phone}.",
    ),
    # --- watch lists as tables ------------------------------------------------------------
    (
        "table",
        "| Title | Who picked | Where |\n|---|---|---|\n| {t_film} | {g1} | {city} |\n| {t_tv} | {g2} | home |\n| {t_anime} | {g3} | {t_service} |",
    ),
    (
        "table",
        "Movie night rota\nWeek 1  {g1}  {t_film}\nWeek 2  {g2}  {t_film2}\nWeek 3  {w1}  {t_tv}",
    ),
    (
        "table",
        "| Player | Main | Country |\n|---|---|---|\n| {p1} | {t_hero} | {country} |\n| {p2} | {t_hero2} | {country2} |",
    ),
    (
        "table",
        "Name\tRole\tShow\n{p1}\t{t_role}\t{t_play}\n{p2}\tLighting\t{t_play}\n{f3}\tUnderstudy\t{t_play}",
    ),
    (
        "table",
        "Watched | Rating | With\n{t_film} | {score} | {g1}\n{t_film2} | {score} | {g1} and {g2}\n{t_tv} | {score} | alone",
    ),
    # --- JSON from game and media APIs -----------------------------------------------------
    (
        "json",
        '{"player": {"display_name": "{p1}", "tag": "{tag}", "main": "{t_hero}", "region": "{country}"}, "match_id": "{hash}"}',
    ),
    (
        "json",
        '{"cast": [{"actor": "{p1}", "role": "{t_character}"}, {"actor": "{p2}", "role": "{t_character2}"}], "title": "{t_film}", "year": {year}}',
    ),
    (
        "json",
        '{"subscriber": "{p1}", "email": "{email1}", "plan": "{t_service} Premium", "card_last4": "{num}", "ip": "{ip}"}',
    ),
    (
        "json",
        '{"event": "stream_start", "streamer": "{g1}", "game": "{t_game}", "viewers": {num}, "co_host": "{p2}"}',
    ),
    (
        "json",
        '{"author": "{f1}", "book": "{t_book_char} and the {t_room}", "translator": "{i2}", "isbn": "978{num}{num}"}',
    ),
    (
        "json",
        '{"ticket":"{ticket}","customer":"{p1}","phone":"{phone}","issue":"{t_service} buffering on {t_product}"}',
    ),
    (
        "json",
        '{"voice_cast": {"{t_game_char}": "{p1}", "{t_game_char2}": "{p2}"}, "studio_city": "{city}"}',
    ),
    (
        "json",
        '{"reviewer": "{l1}", "score": {num}, "text": "better than {t_film} but {g2} liked it less"}',
    ),
    (
        "json",
        '{"billing": {"name": "{p1}", "address": "{addr}", "iban": "{iban}"}, "product": "{t_game} Deluxe"}',
    ),
    # --- subtitles --------------------------------------------------------------------------
    (
        "subtitle",
        "{num}\n{ts} --> {ts2}\n{g1}, wait! The {t_ship} leaves at dawn.\n\n{num2}\n{ts3} --> {ts4}\nThen tell {g2} I'm not coming.",
    ),
    (
        "subtitle",
        "{num}\n{ts} --> {ts2}\n- Is that {t_character}?\n- No, it's {g1}. She's from {city}.",
    ),
    ("subtitle", "{ts} --> {ts2}\n[{g1} sighs]\nI drove all the way from {region} for this."),
    (
        "subtitle",
        "WEBVTT\n\n{ts} --> {ts2}\n<v {p1}>Have you seen my copy of {t_book_char}?\n\n{ts3} --> {ts4}\n<v {p2}>{g1}, you lent it to {g3}.",
    ),
    ("subtitle", "{num}\n{ts} --> {ts2}\nSubtitles by {p1}\nTiming: {g2}"),
    # --- podcast transcripts ----------------------------------------------------------------
    (
        "transcript",
        "[{ts}] {g1}: Welcome back to {t_podcast}. I'm {g1}, and with me as always is {g2}.\n[{ts2}] {g2}: Hi everyone. Today: is {t_character} a villain?",
    ),
    (
        "transcript",
        "{p1} (host): Our guest today wrote the {t_game} soundtrack. Welcome, {p2}.\n{s2}: Thanks, great to be here in {city}.",
    ),
    ("transcript", "HOST: ...and that's when {g1} called me from {country}.\nGUEST: Classic {g1}."),
    (
        "transcript",
        "[{ts}] {g1}: shout out to {g2} from {city} who sent us a {t_drink} kit\n[{ts2}] {g3}: and to {w1}, our newest patron",
    ),
    (
        "transcript",
        "{g1}: So you named your horse after {t_horse}?\n{g2}: No no, my daughter {g3} did.",
    ),
    (
        "transcript",
        "Episode {num} — {t_podcast}\nHosts: {p1}, {p2}\nProducer: {i3}\nRecorded in {city}",
    ),
    (
        "transcript",
        "um so yeah {g1} and i were watching {t_tv} and {g1} goes like who is {t_character} and i was like are you serious",
    ),
    # --- streaming support chats ------------------------------------------------------------
    (
        "chat",
        "Agent: Hi, you're chatting with {g1} from {t_service} support. How can I help?\nCustomer: Hi {g1}, I'm {p2}, my {t_product} keeps logging me out.",
    ),
    (
        "chat",
        "Customer: my name is {p1} and my email is {email1}\nAgent: Thanks {g1}! I can see two logins, one from {ip}.",
    ),
    ("chat", "Agent {g1}: Could you confirm the card on file?\nUser: it's {card}, name {p2}"),
    (
        "chat",
        "hi, the account holder is my mum {p1}, she's in {city}. her number is {phone} if you need to call",
    ),
    (
        "chat",
        "User: why was I charged twice for {t_game}? I'm {p1}, account {email1}\nBot ({t_assistant}): Let me connect you to {g2}.",
    ),
    (
        "chat",
        "Agent: This is {g1}, {t_role} at {t_service}. I've refunded {price} to the card ending {num}, {s2}.",
    ),
    ("chat", "Customer: please update my billing address to {addr}\nAgent ({g1}): Done, {g2}!"),
    (
        "chat",
        "i need to change the profile name from {t_character} to my real name {p1} for the tax form, ssn {ssn}",
    ),
    # --- e-mails ----------------------------------------------------------------------------
    (
        "email",
        "From: {p1} <{email1}>\nTo: {t_community} committee\nSubject: Costume contest\n\nHi all, {g2} and I will judge the {t_comic} category. See you in {city}!\n{g1}",
    ),
    (
        "email",
        "Dear {p1},\n\nThank you for your submission to the {t_award} shortlist. Your short film {t_film} will be screened in {city}.\n\nBest,\n{p2}\n{t_role}",
    ),
    (
        "email",
        "Hi {g1},\nThe {t_band} gig is moved to {t_weekday}. {g2} still has your ticket.\nCheers, {g3}\n{phone}",
    ),
    (
        "email",
        "Subject: refund for {t_play} tickets\n\nHello, I'm {p1}. Please refund to IBAN {iban} (account holder {p1}).\nRegards",
    ),
    (
        "email",
        "{g1} —\nLoved your {t_painting} talk. My colleague {p2} would like to invite you to {city} next spring.\n— {i3}",
    ),
    ("email", "Hey {w1},\nWill you be at the {t_anime} screening? {g2} saved us seats.\nxx {g3}"),
    (
        "email",
        "Please wire the prize money for the {t_team} tournament to {p1}, checking account {acct}, routing at the bank in {city}.",
    ),
    # --- tickets ----------------------------------------------------------------------------
    (
        "ticket",
        "{ticket} | Reporter: {p1} | Assignee: {g2}\nSubtitles for {t_tv} {season} are out of sync on {t_product}.",
    ),
    (
        "ticket",
        "Bug {ticket}: {t_game_char}'s hat clips through the {t_skin} cape.\nReported by {i1}, confirmed by {p2} ({city} QA).",
    ),
    (
        "ticket",
        "Ticket {ticket}\nCustomer: {p1}\nPhone: {phone}\nIssue: {t_service} says region locked in {country}",
    ),
    (
        "ticket",
        "Escalated to {p1}. Original requester {p2} ({email2}) reports stolen account; last login from {ip}.",
    ),
    # --- CSV -------------------------------------------------------------------------------
    (
        "csv",
        "name,email,favourite_character,city\n{p1},{email1},{t_character},{city}\n{p2},{email2},{t_game_char},{city2}",
    ),
    ("csv", 'attendee;ticket;seat\n"{f1}";{ticket};{num}\n"{f2}";{ticket2};{num2}'),
    ("csv", "raffle_winner,prize,phone\n{p1},{t_product},{phone}\n{p2},{t_album} vinyl,{phone2}"),
    ("csv", "cosplayer,character,country\n{l1},{t_anime},{country}\n{l2},{t_comic},{country2}"),
    # --- HTML / XML -------------------------------------------------------------------------
    (
        "html",
        '<div class="credits"><h2>{t_film}</h2><p>Directed by <b>{p1}</b></p><p>Starring {p2} as {t_character}</p></div>',
    ),
    (
        "html",
        '<li class="comment"><span class="author">{g1}</span> lol {t_hero} is so broken this patch</li>',
    ),
    (
        "html",
        '<footer>Fan site run by {p1} · contact <a href="mailto:{email1}">{email1}</a> · not affiliated with {t_brand}</footer>',
    ),
    (
        "xml",
        '<episode number="{num}"><title>{t_character} Returns</title><writer>{p1}</writer><guest>{p2}</guest></episode>',
    ),
    (
        "xml",
        "<booking><guest>{f1}</guest><venue>{t_room}</venue><city>{city}</city><phone>{phone}</phone></booking>",
    ),
    (
        "xml",
        '<review author="{l1}" rating="{num}">Saw {t_play} with {g2}. {t_drink} at the bar was overpriced.</review>',
    ),
    # --- code -------------------------------------------------------------------------------
    (
        "code",
        "# TODO({g1}): ask {p2} why {t_library} drops the {t_game_char} sprite on load\nsprite = load('{hash}.png')",
    ),
    ("code", 'const credits = ["{p1}", "{p2}", "{i3}"]; // voice cast for {t_game}'),
    (
        "code",
        'test_user = User(name="{p1}", email="{email1}", country="{country}")  # fixture from {g2}',
    ),
    ("code", "// {g1}: don't rename {t_hostname}, {g2}'s {t_library} job depends on it"),
    # --- logs -------------------------------------------------------------------------------
    (
        "log",
        '{date} {time} INFO stream.auth user="{p1}" ip={ip} title="{t_film}" device={t_product}',
    ),
    ("log", "[{date}] WARN payment declined for {p1} card={card} sku={t_game}-deluxe"),
    (
        "log",
        '{date}T{time} chat.mod action=timeout target={g1} by={g2} reason="spoilers for {t_tv}"',
    ),
    ("log", 'level=info msg="watch party created" host="{p1}" guests="{g2},{g3}" region={country}'),
    # --- social posts -----------------------------------------------------------------------
    (
        "social",
        "just saw {t_play} in {city} with {g1} and {g2}!! {t_character} deserved better #theatre",
    ),
    ("social", "congrats to my friend {p1} on the {t_award} nomination!! so proud @{g1}"),
    ("social", "Happy birthday {g1}! Another year of making me watch {t_anime} 🎂"),
    ("social", "FIRST TIME IN {country}!! {g1} TOOK ME TO SEE {t_band} LIVE"),
    ("social", "shoutout to {w1} for lending me her {t_product} for the {t_game} marathon"),
    ("social", "me and {g1} cosplaying {t_character} and {t_character2} at the con in {city} 🥹"),
    # --- texts ------------------------------------------------------------------------------
    ("sms", "hey it's {g1}, new number. save it: {phone}. are we still on for {t_film} friday?"),
    ("sms", "{g1} can u pick up {g2} from the {t_game} tournament at 6? her phone's dead"),
    ("sms", "tell {wl1} the flat is free for the {t_tv} marathon. {g1} is bringing {t_dish}"),
    ("sms", "mum said {w1} can stay over after the {t_band} concert"),
    ("sms", "running late, {g1} took the wrong train from {city}"),
    # --- notes and forms --------------------------------------------------------------------
    (
        "note",
        "Cast list ({t_play}):\n- {t_character}: {p1}\n- {t_character2}: {p2}\n- Narrator: {f3}",
    ),
    ("note", "to do: call {g1} re {t_award} speech, book {t_room}, send {g2} the {t_drink} recipe"),
    ("note", "Podcast guests: {p1} ({country}), {p2}, and maybe {g3} if she's back from {city}"),
    (
        "form",
        "Season pass application\nFull name: {p1}\nDate of birth: {date}\nAddress: {addr}\nFavourite show: {t_tv}",
    ),
    ("form", "Name: {f1}\nEmail: {email1}\nPhone: {phone}\nFan club: {t_community}"),
    ("form", "Applicant: {p1}\nSSN: {ssn}\nEmployer: {t_brand}\nPosition: {t_role}"),
    # --- names as lists, initials, surname first, lower/upper case, voice-to-text --------------
    ("chat", "the winners are {g1}, {g2} and {g3}, the {t_game} cup goes to {country}"),
    ("chat", "{f1} and {f2} signed up for the {t_anime} quiz"),
    ("chat", "reminder from {i1}: the {t_band} listening party is at the {t_room}"),
    ("chat", "okay so {l1} and {l2} are doing the {t_dance} class then {t_dish} after"),
    ("chat", "can you ask {w1} if she can cover the merch table, {w2} is off sick"),
    ("chat", "{w1} and {g1} ordered the {t_drink} for the {t_film} night, {g2} brought {t_cheese}"),
    ("chat", "{g1} ordered the {t_drink} for her mum {g2} while we waited for {t_play} to start"),
    (
        "chat",
        "my cousin {g1} says her {t_apple} tree and the {t_rose} rose both survived {t_storm}",
    ),
    ("chat", "is {p1} the one who voices {t_game_char}? {g2} says no"),
    ("chat", "{p1} painted the hallway in {t_paint} while we binged {t_tv}"),
    ("chat", "{g1} got a {t_perfume} set, {g2} got a {t_product} for {t_holiday}"),
    ("chat", "so {g1} named the new server {t_hostname} and the {t_library} build runs there now"),
    ("chat", "{g1} thinks {t_law} explains why {t_game} patches always break on {t_weekday}"),
    ("chat", "Hope you're well {g1}! {w1} says hi from {city}"),
    ("chat", "my vet {p1} said {t_pet_line} is fine for the cat, who we named {t_anime}"),
    ("chat", "{g1} is doing {t_dance} on {t_weekday}s now, and {g2} teaches it in {city}"),
    ("chat", "we watched {t_horse} win and {g1} lost her voice screaming"),
    ("chat", "{g1} and {g2} boarded the {t_ship} replica in {city} then got {t_dish}"),
    (
        "chat",
        "my aunt {p1} was diagnosed with {t_disease} so we're doing a {t_game} charity stream for her",
    ),
)
