"""Templates of clean prompts for the train_i generator, hand-written by its author: the same
entertainment and culture traffic and shapes as the personal ones, with no person, place or
contact anywhere, but full of things named like people ({t_...} slots: characters, heroes,
bands, brands, dishes, ships, storms ...), Title Case headings, CamelCase identifiers, roles,
weekdays, holidays and numbers that look like data (orders, versions, hashes, timestamps).
Given names that are everyday words appear as words ("will", "the Hope fund", "grace period")."""

from __future__ import annotations

CLEAN: tuple[tuple[str, str], ...] = (
    # --- forum posts ----------------------------------------------------------------------
    (
        "forum",
        "Re: {t_game} ending (spoilers)\n\nI still think {t_game_char} made the right call. The last cutscene with {t_game_char2} got me.",
    ),
    (
        "forum",
        "[Guide] Beating the {t_hero} matchup in patch {ver}\nFrame data below, tested on {t_product}.",
    ),
    ("forum", "Tier list after {ver}: S: {t_hero}, {t_hero2}. A: {t_hero3}. Thoughts?"),
    (
        "forum",
        "Is {t_character} a better detective than {t_character2}? Discuss. No spoilers past chapter {num}.",
    ),
    (
        "forum",
        "Thread: Best {t_dish} to eat while watching {t_film}? Mine is {t_dish2} with a {t_drink}.",
    ),
    (
        "forum",
        "Official Patch Notes {ver}\n- {t_hero}: cooldown reduced to {num}s\n- {t_skin} skin now in the shop for {price}\n- Fixed crash on {t_product}",
    ),
    ("forum", "Anyone else think the {t_anime} dub is better than the sub? Hot take, I know."),
    ("forum", "Speedrun WR: {t_game} any% in {dur}. Route uses the {t_game_char} skip."),
    ("forum", 'Will the {t_game} remaster come to {t_product}? The trailer only said "{year}".'),
    ("forum", "Poll: which {t_award} snub hurts most? {t_film}, {t_film2} or {t_tv}?"),
    (
        "forum",
        "Collectors: is the {t_album} first pressing worth {price}? Catalogue number {code}.",
    ),
    (
        "forum",
        "Moderator note: posts about {t_tv} {season} must use spoiler tags until {t_weekday}.",
    ),
    (
        "forum",
        "The Hope Fund charity stream raised {price}k playing {t_game}. Thanks, {t_community}!",
    ),
    # --- Discord ------------------------------------------------------------------------
    (
        "discord",
        "[{time}] {tag}: anyone up for ranked? need a {t_hero} main\n[{time}] {tag2}: only 2 games, {t_hero2} otp here",
    ),
    ("discord", "{tag}: gg\n{tag2}: gg wp, that {t_hero} flank was insane"),
    ("discord", "@everyone the watch party for {t_film} starts at {time}. bring {t_drink}s"),
    ("discord", "who told the server about the {t_character} twist. i will find you"),
    (
        "discord",
        "{tag}: is {t_assistant} down or is it just me\n{tag2}: {t_library} build is also failing lol",
    ),
    (
        "discord",
        "pinned: rules for the {t_game} tournament. bo3, {t_hero} banned, finals on {t_weekday} {time}",
    ),
    (
        "discord",
        "{tag}: {t_skin} or {t_skin2}?\n{tag2}: {t_skin} obviously\n{tag3}: will buy both tbh",
    ),
    ("discord", "role update: {t_role}s can now pin messages in #fan-art and #{t_hero}-mains"),
    (
        "discord",
        "{tag}: who's watching {t_team} vs {t_team2} tonight\n{tag2}: me, {t_hero} pick or riot",
    ),
    ("discord", "bot: {tag} reached level {num}! unlocked the {t_skin} badge"),
    ("discord", "lmao {t_character} really said 'may the odds' in the {t_tv} crossover"),
    # --- Reddit ---------------------------------------------------------------------------
    (
        "reddit",
        "r/{t_community_slug} · Posted by u/{tag} · {num}h\n\nFinally finished {t_game}. {t_game_char} is the best written character of the decade.",
    ),
    ("reddit", "TIL {t_drink} was named after a person and {t_dish} too. Also {t_law}."),
    ("reddit", "AITA for spoiling {t_film} to my group chat? In my defence it came out in {year}."),
    ("reddit", "Edit: thanks for the gold! And no, {t_anime} is not 'just a cartoon'."),
    ("reddit", '[Discussion] {t_tv} {season} "{t_character} Returns" — episode thread'),
    ("reddit", "ELI5: why does {t_service} cap {t_product} at {res}?"),
    ("reddit", "My cat knocked over my {t_character} figure. Rate the damage {score}."),
    (
        "reddit",
        "The {t_band} reunion tour got announced!! {t_album} on vinyl too, {price} preorder.",
    ),
    ("reddit", "Unpopular opinion: {t_play} is better than {t_play2} and the {t_award} agrees."),
    ("reddit", "Drop your {t_game} builds. Mine: {t_hero} with the {t_skin} cosmetic, {pct} crit."),
    # --- reviews --------------------------------------------------------------------------
    ("review", "★★★★☆ {t_film}\n{t_character} steals every scene. Runtime {dur}, rated {rating}."),
    ("review", "{score} — {t_game} on {t_product}. {t_game_char} carries a weak story."),
    ("review", "Review: {t_play} — a bold staging. The {t_room} acoustics were perfect."),
    (
        "review",
        "The {t_dish} was fine, the {t_drink} was better, the {t_film} screening after was the best.",
    ),
    ("review", "Album review: {t_band} — {t_album}. Track {num} is the one. {score}."),
    ("review", "Exhibition review: {t_painting} on loan until {date}. Audio guide in {lang}."),
    (
        "review",
        "Bought the {t_perfume} gift set for {t_holiday}. Smells like {t_cheese} and regret. 2 stars.",
    ),
    ("review", "Paint review: {t_paint} looks grey in the {t_room} at night. Second coat helped."),
    (
        "review",
        "The {t_apple} apples from the market were better than the {t_apple2}. Would buy again.",
    ),
    ("review", "Rose review: {t_rose} flowered twice, {t_rose2} got blackspot after {t_storm}."),
    ("review", "Tried {t_dance} for the first time. The {t_dance2} class after was harder."),
    ("review", "Our server recommended {t_film} and a {t_drink}. Great call. Order {order}."),
    # --- watch lists as tables ------------------------------------------------------------
    (
        "table",
        "| Title | Platform | Status |\n|---|---|---|\n| {t_film} | {t_service} | watched |\n| {t_tv} | {t_service2} | {season} |\n| {t_anime} | {t_service3} | queued |",
    ),
    (
        "table",
        "Movie night rota\nWeek 1  {t_film}\nWeek 2  {t_film2}\nWeek 3  {t_tv}\nSnacks: {t_dish}",
    ),
    (
        "table",
        "| Hero | Pick rate | Win rate |\n|---|---|---|\n| {t_hero} | {pct} | {pct2} |\n| {t_hero2} | {pct3} | {pct4} |",
    ),
    (
        "table",
        "Character\tFirst appearance\tYear\n{t_comic}\tIssue {num}\t{year}\n{t_comic2}\tIssue {num2}\t{year2}",
    ),
    (
        "table",
        "Watched | Rating | Notes\n{t_film} | {score} | rewatch\n{t_tv} | {score2} | dropped at {season}",
    ),
    (
        "table",
        "Rank | Team | Points\n1 | {t_team} | {num}\n2 | {t_team2} | {num2}\n3 | {t_team3} | {num3}",
    ),
    (
        "table",
        "| Cocktail | Base | Price |\n|---|---|---|\n| {t_drink} | gin | {price} |\n| {t_drink2} | rum | {price2} |",
    ),
    # --- JSON from game and media APIs -----------------------------------------------------
    (
        "json",
        '{"hero": "{t_hero}", "skin": "{t_skin}", "rarity": "legendary", "price": "{price}", "patch": "{ver}"}',
    ),
    (
        "json",
        '{"title": "{t_film}", "year": {year}, "rating": "{rating}", "characters": ["{t_character}", "{t_character2}"]}',
    ),
    ("json", '{"event": "stream_start", "game": "{t_game}", "viewers": {num}, "id": "{hash}"}'),
    ("json", '{"album": "{t_album}", "artist": "{t_band}", "tracks": {num}, "upc": "{order}"}'),
    (
        "json",
        '{"match_id": "{hash}", "teams": ["{t_team}", "{t_team2}"], "mvp_hero": "{t_hero}", "duration": "{dur}"}',
    ),
    (
        "json",
        '{"episode": "{season}", "show": "{t_tv}", "subtitles": ["{lang}", "{lang2}"], "resolution": "{res}"}',
    ),
    (
        "json",
        '{"assistant": "{t_assistant}", "intent": "play_media", "query": "{t_album}", "device": "{t_product}"}',
    ),
    ("json", '{"ship": "{t_ship}", "scale": "1:350", "sku": "{code}", "stock": {num}}'),
    ("json", '{"horse": "{t_horse}", "odds": "{num}/1", "race_time": "{time}"}'),
    ("json", '{"order": "{order}", "items": ["{t_product}", "{t_game}"], "tracking": "{track}"}'),
    # --- subtitles --------------------------------------------------------------------------
    (
        "subtitle",
        "{num}\n{ts} --> {ts2}\nThe {t_ship} leaves at dawn.\n\n{num2}\n{ts3} --> {ts4}\nThen we sail without the captain.",
    ),
    ("subtitle", "{num}\n{ts} --> {ts2}\n- Is that {t_character}?\n- No. Just a costume."),
    ("subtitle", "{ts} --> {ts2}\n[dramatic music]\n[door creaks]"),
    (
        "subtitle",
        "WEBVTT\n\n{ts} --> {ts2}\nHave you read {t_book_char}?\n\n{ts3} --> {ts4}\nTwice. The ending is a lie.",
    ),
    (
        "subtitle",
        "{num}\n{ts} --> {ts2}\nMay I have this dance?\n\n{num2}\n{ts3} --> {ts4}\nOnly if it's a {t_dance}.",
    ),
    ("subtitle", "{num}\n{ts} --> {ts2}\n♪ {t_album} ♪"),
    # --- podcast transcripts ----------------------------------------------------------------
    (
        "transcript",
        "[{ts}] HOST 1: Welcome back to {t_podcast}. Today: is {t_character} a villain?\n[{ts2}] HOST 2: Obviously.",
    ),
    (
        "transcript",
        "[{ts}] SPEAKER A: The {t_game} soundtrack is a masterpiece.\n[{ts2}] SPEAKER B: Track {num}, the boss theme.",
    ),
    (
        "transcript",
        "HOST: ...and that's when the {t_skin} skin leaked.\nGUEST: Classic {t_community}.",
    ),
    (
        "transcript",
        "um so yeah we were watching {t_tv} and who is {t_character} anyway like are you serious",
    ),
    (
        "transcript",
        "Episode {num} — {t_podcast}\nTopics: {t_film}, {t_law}, the {t_award} race\nRuntime {dur}",
    ),
    (
        "transcript",
        "[{ts}] HOST: This episode is sponsored by {t_brand}. Use code {code} for {pct} off.",
    ),
    ("transcript", "Q: Who would win, {t_comic} or {t_anime}?\nA: Depends on prep time, honestly."),
    # --- streaming support chats ------------------------------------------------------------
    (
        "chat",
        "Agent: Hi, you're chatting with {t_service} support. How can I help?\nCustomer: my {t_product} keeps logging me out during {t_tv}.",
    ),
    ("chat", "Bot ({t_assistant}): I can help with order {order}. Is this about {t_game}?"),
    (
        "chat",
        "User: why was I charged twice for {t_game}? order {order} and {order2}\nAgent: Refund of {price} issued, ticket {ticket}.",
    ),
    ("chat", "Agent: Your {t_service} plan renews on {date}. The {res} tier is {price}/month."),
    (
        "chat",
        "Customer: subtitles in {lang} are {num} seconds late on {t_film}\nAgent: Logged as {ticket}.",
    ),
    ("chat", "the {t_role} said the grace period for the {t_service} trial is {num} days"),
    ("chat", "can you check reference {lookalike}? it's the order for the {t_character} figure"),
    # --- e-mails ----------------------------------------------------------------------------
    (
        "email",
        "Subject: Costume contest categories\n\nHi all, this year: {t_comic}, {t_anime}, {t_game_char}. Judging on {t_weekday} at {time}.\nThe Committee",
    ),
    (
        "email",
        "Subject: Your {t_award} screening pass\n\nYour pass for {t_film} is attached. Doors at {time}, {t_room}.\n— Festival Office",
    ),
    (
        "email",
        "Subject: {t_band} — {t_album} preorder confirmed\n\nOrder {order}, {price}. Ships by {date}.",
    ),
    (
        "email",
        "Subject: Weekly Digest\n\n1. {t_game} patch {ver}\n2. {t_tv} renewed\n3. {t_hero} rework teaser",
    ),
    (
        "email",
        "Subject: Re: {t_painting} loan\n\nThe {t_role} approved the loan. Crate ref {code}.",
    ),
    (
        "email",
        "Subject: Hope Foundation gala — {t_holiday}\n\nDress code: {t_paint} or black. Menu: {t_dish}, {t_cheese}, {t_drink}.",
    ),
    # --- tickets ----------------------------------------------------------------------------
    (
        "ticket",
        "{ticket} | Priority: P2\nSubtitles for {t_tv} {season} are out of sync on {t_product}.",
    ),
    ("ticket", "Bug {ticket}: {t_game_char}'s hat clips through the {t_skin} cape. Build {ver}."),
    ("ticket", "{ticket}: {t_assistant} reads '{t_album}' as '{t_film}'. Repro rate {pct}."),
    (
        "ticket",
        "Incident {ticket}: {t_hostname} out of disk during {t_game} launch. Commit {hash}.",
    ),
    ("ticket", "Feature request {ticket}: add {t_character} voice pack. Votes: {num}."),
    # --- CSV -------------------------------------------------------------------------------
    ("csv", "title,platform,hours\n{t_game},{t_product},{num}\n{t_game2},{t_product2},{num2}"),
    (
        "csv",
        "sku;name;price\n{code};{t_character} Figure;{price}\n{code2};{t_ship} Model Kit;{price2}",
    ),
    ("csv", "hero,pick_rate,ban_rate\n{t_hero},{pct},{pct2}\n{t_hero2},{pct3},{pct4}"),
    (
        "csv",
        'episode,title,runtime\n{season},"{t_character} Returns",{dur}\n{season2},"The {t_drink} Incident",{dur2}',
    ),
    # --- HTML / XML -------------------------------------------------------------------------
    (
        "html",
        '<div class="card"><h2>{t_film}</h2><p>Rated {rating} · {dur}</p><span>{t_character}</span></div>',
    ),
    (
        "html",
        '<span class="tag">{t_hero}</span> <span class="tag">{t_skin}</span> <em>{price}</em>',
    ),
    ("html", "<h1>Now Showing</h1><ul><li>{t_film}</li><li>{t_film2}</li><li>{t_play}</li></ul>"),
    ("html", '<meta name="og:title" content="{t_tv} — {season}"><!-- build {hash} -->'),
    (
        "xml",
        '<episode number="{num}"><title>{t_character} Returns</title><runtime>{dur}</runtime></episode>',
    ),
    ("xml", "<menu><item>{t_dish}</item><item>{t_drink}</item><item>{t_cheese}</item></menu>"),
    (
        "xml",
        "<release><album>{t_album}</album><band>{t_band}</band><catalog>{code}</catalog></release>",
    ),
    # --- code -------------------------------------------------------------------------------
    (
        "code",
        '# TODO: {t_library} drops the {t_game_char} sprite on load\nsprite = load_sprite("{hash}.png")',
    ),
    (
        "code",
        'class {t_code_name}Controller(BaseController):\n    skin = "{t_skin}"  # {t_hero} default',
    ),
    ("code", 'HEROES = ["{t_hero}", "{t_hero2}", "{t_hero3}"]  # patch {ver}'),
    ("code", "// don't rename {t_hostname}, the {t_library} job depends on it"),
    ("code", 'if character == "{t_character}":\n    play_theme("{t_album}")'),
    ("code", "SELECT title, rating FROM films WHERE title = '{t_film}' AND year = {year};"),
    ("code", "npm install {t_code_slug}@{ver}  # adds {t_character} emoji pack"),
    # --- logs -------------------------------------------------------------------------------
    ("log", '{date} {time} INFO stream.play title="{t_film}" device={t_product} bitrate={num}kbps'),
    ("log", "[{date}] WARN payment retry order={order} sku={t_game}-deluxe attempt={num}"),
    ("log", '{date}T{time} chat.mod action=timeout target={tag} reason="spoilers for {t_tv}"'),
    ("log", 'level=error msg="asset missing" asset="{t_skin}" host={t_hostname} commit={hash}'),
    ("log", '{date} {time} assistant={t_assistant} intent=play query="{t_album}" latency={num}ms'),
    # --- social posts -----------------------------------------------------------------------
    ("social", "just saw {t_play}!! {t_character} deserved better #theatre"),
    ("social", "{t_film} at {time} tonight, who's in? #movienight"),
    ("social", "NEW {t_skin} SKIN DROPS {t_weekday}!! {t_hero} MAINS RISE"),
    ("social", "{t_storm} cancelled the outdoor screening of {t_film}. rescheduled to {date}."),
    ("social", "made {t_dish} and a {t_drink} for the {t_tv} finale 🍿"),
    ("social", "{t_horse} won by a length!! what a race"),
    ("social", "will never get over the {t_game} ending. {t_game_char} deserved a sequel"),
    # --- texts ------------------------------------------------------------------------------
    ("sms", "are we still on for {t_film} friday? tickets ref {code}"),
    ("sms", "can u grab {t_cheese} and {t_drink} on the way, {t_tv} starts at {time}"),
    ("sms", "the flat is free for the {t_tv} marathon, bring {t_dish}"),
    ("sms", "running late, the {t_train} replica ride took forever"),
    ("sms", "May is fully booked at the studio, June looks better for the {t_dance} class"),
    # --- notes and forms --------------------------------------------------------------------
    (
        "note",
        "Cast list ({t_play}):\n- {t_character}: TBC\n- {t_character2}: understudy needed\n- Narrator: open audition",
    ),
    ("note", "to do: book {t_room}, order {t_drink} supplies, print {t_award} programme"),
    ("note", "Reading list: {t_book_char}, {t_comic}, {t_anime} vol. {num}"),
    (
        "note",
        "Meeting Notes — Q{num} Content Review\nAttendees: {t_role}, {t_role2}\n- greenlight {t_code_name} season 2",
    ),
    ("form", "Season pass application\nPlan: Premium\nFavourite show: {t_tv}\nPromo code: {code}"),
    (
        "form",
        "Costume registration\nCharacter: {t_character}\nCategory: {t_comic}\nBadge no.: {num}",
    ),
    # --- everyday-word names as words, codenames, rooms, roles -------------------------------
    ("chat", "i hope the {t_band} vinyl arrives before {t_holiday}, will check tracking {track}"),
    ("chat", "Rose Gold or Midnight Navy for the {t_product}? the {t_paint} case is sold out"),
    ("chat", "the {t_codename} build is on {t_hostname}, {t_library} tests pass"),
    ("chat", "ask the {t_role} if the {t_room} is free on {t_weekday}"),
    ("chat", "{t_hero} or {t_hero2} for {t_team}'s comp? depends on map"),
    ("chat", "{t_apple} or {t_apple2} for the pie? grandma's recipe just says green apples"),
    ("chat", "we named the wifi {t_character} and the printer {t_game_char}"),
    ("chat", "is {t_grape} or {t_grape2} better with {t_cheese}?"),
    ("chat", "{t_disease} awareness stream this {t_weekday}, {t_game} all day"),
    ("chat", "the {t_mascot} balloon at the parade was huge"),
    ("chat", "{t_law} strikes again, the {t_game} server died at {time}"),
    ("chat", "convert {num} {t_unit}s to something i understand please"),
    ("chat", "the {t_pet_line} ad with the {t_character} parody is hilarious"),
    ("chat", "our {t_shop} order {order} came with a free {t_anime} keychain"),
    ("chat", "the amber alert level on the {t_service} status page went back to green"),
    ("chat", "Grace Period Ends {date} — renew your {t_service} plan"),
    ("chat", "Joy-Con drift again, third pair since {t_holiday}"),
    ("chat", "Title Case Headings Like {t_character} Returns Confuse Everyone"),
    ("chat", "we got the {t_brand} one in {t_paint}, it matches the {t_perfume} bottle lol"),
    ("chat", "the {t_ship} model kit has {num} pieces and {t_train} has {num2}"),
)
