"""Clean domains for train_t, part B: buildings, colleges, teams, brands, cheese and wine,
stars, spacecraft, tools, breeds, maths, cars, bags, medical eponyms, instruments, meeting
rooms, herds, tunnel machines and locomotives, songs, zoo animals, yachts, bakes. Same
layout as part A. Nothing here is personal data."""

DOMAINS_B = {
    "buildings": {
        "things": ["Grace Hall", "the Maxwell Building", "the Turing Building", "Nelson Hall",
                   "the Faraday Wing", "Hunter Hall", "the Morgan Library", "Curie House",
                   "the Franklin Annexe", "Hopper Hall", "Lovelace House"],
        "templates": [
            ("facilities", "Fire drill in {T} at {time}; assemble on the lawn by {T2}."),
            ("calendar", "{day} {time} - seminar, {T} room 2.{num}"),
            ("chat", "lift in {T} is broken again, use the stairs by the cafe"),
            ("ticket", "{ticket}: heating fault, {T} level {num}. Reported {date}."),
        ],
    },
    "colleges": {
        "things": ["Lucy Cavendish College", "Hughes Hall", "Robinson College", "Murray Edwards College",
                   "Churchill College", "Selwyn College", "Wolfson College", "Darwin College"],
        "templates": [
            ("notice", "{T} formal hall on {day}: {price}, guests welcome, gowns optional."),
            ("chat", "rowing: {T} bumped {T2} on day {num}!!"),
            ("form", "College: {T}\nYear: {num}\nCourse code: {sku}\nAccommodation: en-suite"),
        ],
    },
    "fantasy_teams": {
        "things": ["Kelvin & Hobbes", "Murphy's Law FC", "Grace Under Fire", "Dyson Spheres",
                   "Morgan Freemen XI", "Tiffany's Breakfast", "Hunter Gatherers",
                   "Newton's Apples", "Stanley Cup Runneth", "Gordon's Gin Palace"],
        "templates": [
            ("league", "GW{num}: {T} 64 - 58 {T2}. Captain blanked again."),
            ("chat", "{T} top of the league and i haven't touched the team since august"),
            ("table", "| Pos | Team | Pts |\n|---|---|---|\n| 1 | {T} | {num} |\n| 2 | {T2} | {num} |"),
        ],
    },
    "brands": {
        "things": ["Ford", "Dell", "Tiffany", "Wendy's", "Ben & Jerry's", "Marks & Spencer",
                   "Mercedes", "Dyson", "Hilton", "Gillette", "Heinz", "Cadbury", "Hoover",
                   "Kellogg's", "Phillips", "Stanley", "Allen & Overy"],
        "templates": [
            ("receipt", "{T} {product} .... {price}\nVAT incl. Receipt {order}"),
            ("chat", "is the {T} one any better than the {T2} one? both about {price}"),
            ("review", "Third {T} vacuum in {num} years. Motor died, warranty ref {ticket}."),
            ("csv", "brand,model,price\n{T},{sku},{price}\n{T2},{sku},{price}"),
            ("ad", "{T} sale ends {date}: up to {num}% off selected lines."),
        ],
    },
    "cheese_wine": {
        "things": ["Jacob's Creek", "Colby Jack", "Kendall-Jackson", "Dom Pérignon", "Veuve Clicquot",
                   "Malbec", "Boursin", "Babybel", "Penfolds Grange"],
        "templates": [
            ("shopping", "- {T} x2\n- {T2}\n- crackers, grapes\n- budget {price}"),
            ("review", "{T} paired badly with the {T2}; too sweet. 2/5."),
            ("order", "Wine club box {order}: 3x {T}, 3x {T2}. Ships {date}."),
        ],
    },
    "stars": {
        "things": ["Vega", "Mira", "Maia", "Halley's Comet", "Comet Hale-Bopp", "Capella", "Castor",
                   "Electra", "Alya", "Rigel", "Betelgeuse", "Spica"],
        "templates": [
            ("observing", "{date} {time}: {T} at 40° alt, seeing 3/5. {T2} lost in haze."),
            ("chat", "is that bright one {T} or a plane lol"),
            ("notes", "Target list: {T} (mag {num}), {T2}. Scope: 8\" Dob, {num} mm eyepiece."),
        ],
    },
    "spacecraft": {
        "things": ["Hubble", "Kepler", "Galileo", "Cassini", "Juno", "Herschel", "Planck", "Chandra",
                   "Rosetta", "the James Webb", "Apollo 11", "Gaia"],
        "templates": [
            ("news", "{T} returned {num} TB of data before the mission ended."),
            ("chat", "the {T} images are wild, way sharper than {T2}"),
            ("log", "{date} {time} UTC downlink from {T} ok, {num} packets, CRC clean"),
            ("quiz", "Q{num}: Which launched first, {T} or {T2}?"),
        ],
    },
    "tools": {
        "things": ["an Allen key", "a Phillips screwdriver", "a Stanley knife", "a Bunsen burner",
                   "a Gantt chart", "a Venn diagram", "a Kalman filter", "Dijkstra's algorithm",
                   "a Caesar cipher", "a Petri dish", "a Biro", "a Fresnel lens", "the Heimlich manoeuvre",
                   "a Diesel engine", "a Bézier curve", "Bayes' theorem", "Euler's method"],
        "templates": [
            ("chat", "you need {T} for that, not {T2}"),
            ("howto", "Step {num}: use {T} to tighten the bracket, then check it with {T2}."),
            ("ticket", "{ticket}: replace the hand-rolled search with {T}; see {ver}"),
            ("inventory", "Lab kit {sku}: {T} x{num}, {T2} x2. Last audit {date}."),
        ],
    },
    "dog_breeds": {
        "things": ["Jack Russell", "King Charles spaniel", "Gordon setter", "Dobermann",
                   "Parson Russell terrier", "Jack Russell cross"],
        "templates": [
            ("listing", "{T} puppy, {num} weeks, vaccinated, microchipped. {price}."),
            ("chat", "the {T} next door barks at the postman every morning"),
            ("vet", "Breed: {T}. Weight {num} kg. Hip score ok. Next check {date}."),
        ],
    },
    "cars": {
        "things": ["Renault Zoe", "Opel Adam", "Seat Leon", "Alfa Romeo Giulia", "Mercedes",
                   "Ford Fiesta", "Hyundai Kona", "Nissan Micra", "Fiat Panda"],
        "templates": [
            ("listing", "{T} {date}, {num}k miles, full history, {price} ono."),
            ("chat", "{T} or {T2}? mostly town driving"),
            ("service", "Vehicle: {T}\nJob: brake pads, MOT\nTotal: {price}\nJob card {order}"),
        ],
    },
    "fashion": {
        "things": ["a Kelly bag", "a Birkin", "the Alexa satchel", "a Jackie bag", "Oxford brogues",
                   "a Chanel jacket"],
        "templates": [
            ("listing", "Pre-owned {T}, gold hardware, dust bag. {price}."),
            ("chat", "waitlist for {T} is apparently {num} months"),
            ("appraisal", "Item {sku}: {T}. Condition B. Estimate {price}."),
        ],
    },
    "medical_eponyms": {
        "things": ["a Foley catheter", "a Whipple procedure", "a Holter monitor", "the Apgar score",
                   "the Epley manoeuvre", "Crohn's disease", "Hodgkin lymphoma", "Alzheimer's disease",
                   "the Heimlich manoeuvre", "Parkinson's disease"],
        "templates": [
            ("handoff", "Bay {num}: post-op day 2 after {T}, obs stable. {T2} due {time}."),
            ("leaflet", "What to expect from {T}: the test takes about {num} minutes."),
            ("chat", "they want me to wear {T} for 48 hours, itchy"),
            ("search", "{T} recovery time"),
        ],
    },
    "instruments": {
        "things": ["a Rhodes piano", "a Hammond organ", "a Marshall stack", "a Gibson Les Paul",
                   "a Martin dreadnought", "a Fender Strat", "a Taylor acoustic", "a Moog"],
        "templates": [
            ("listing", "{T}, {date}, gig bag included, {price}. Collection only."),
            ("chat", "borrowing {T} for saturday's set, bringing {T2} as backup"),
            ("setlist", "Song {num}: capo 2, {T} into {T2}. Tempo {num} bpm."),
        ],
    },
    "meeting_rooms": {
        "things": ["Hopper", "Curie", "Franklin", "Turing", "Grace", "Ada", "Lovelace", "Tesla",
                   "Newton", "Faraday", "Kepler"],
        "templates": [
            ("calendar", "Sprint review - room {T} (4th floor), {day} {time}-{time}"),
            ("chat", "we're in {T}, not {T2}, the screen in {T2} is broken"),
            ("facilities", "Room {T}: HDMI adapter missing. Reported {date}, ref {ticket}."),
            ("booking", "{T} booked {date} {time}, {num} people, catering {price}"),
        ],
    },
    "herd": {
        "things": ["Daisy", "Mabel", "Gertie", "Bluebell", "Clover", "Buttercup", "Molly", "Rosie"],
        "templates": [
            ("farm", "Milk log {date}: {T} {num} L, {T2} {num} L. Check {T2}'s feet."),
            ("chat", "{T} calved at {time}, heifer, both fine"),
            ("vet", "Cow {sku} ('{T}'): mastitis, treated, milk withheld till {date}."),
        ],
    },
    "tunnel_trains": {
        "things": ["Phyllis", "Ada", "Elizabeth", "Victoria", "Mary", "Dorothy", "Millicent",
                   "Florence", "Agnes", "Grace", "Jessica", "Sophia", "Flying Scotsman", "Mallard"],
        "templates": [
            ("progress", "Tunnel boring machine {T} advanced {num} m this week; {T2} is paused for cutter changes."),
            ("chat", "saw {T} steaming through at {time}!! so loud"),
            ("report", "TBM {T}: ring {num} built {date}. Settlement within limits."),
            ("timetable", "Heritage special hauled by {T}, departs {time}, fares from {price}."),
        ],
    },
    "songs": {
        "things": ["Roxanne", "Jolene", "Layla", "Hey Jude", "Valerie", "Angie", "Gloria", "Delilah",
                   "Michelle", "Lola", "Sweet Caroline", "Mandy", "Ruby Tuesday", "Rosanna"],
        "templates": [
            ("setlist", "Set 2: {T} / {T2} / encore. Key of G, {num} bpm."),
            ("chat", "karaoke: i'm doing {T}, you're doing {T2}, no arguments"),
            ("playlist", "{\"playlist\": \"road trip\", \"tracks\": [\"{T}\", \"{T2}\"], \"mins\": {num}}"),
            ("search", "{T} chords easy"),
        ],
    },
    "zoo": {
        "things": ["Gerald the giraffe", "Otis the otter", "Jack the tortoise", "Luna the snow leopard",
                   "Oscar the penguin", "Ruby the red panda", "Max the meerkat", "Stanley the sloth"],
        "templates": [
            ("news", "Keepers say {T} has put on {num} kg since the spring."),
            ("chat", "kids only wanted to see {T}, skipped the reptiles"),
            ("feeding", "{time} feed: {T} (fish x{num}), {T2} (veg)."),
        ],
    },
    "yachts": {
        "things": ["Morning Grace", "Bella Vista", "Stella Maris", "Lady Victoria", "Charlie Boy",
                   "Ocean Jasmine", "Hunter's Moon", "Miss Molly"],
        "templates": [
            ("marina", "Berth {num}: {T} (11.2 m). Fees paid to {date}. Invoice {order}."),
            ("chat", "{T} dragged her anchor last night, bumped {T2}"),
            ("race", "Race {num} results: 1 {T}, 2 {T2}, DNF x3."),
        ],
    },
    "bakes": {
        "things": ["a Victoria sponge", "madeleines", "a Charlotte russe", "a Pavlova",
                   "Garibaldis", "a Tarte Tatin", "a Sachertorte"],
        "templates": [
            ("recipe", "{T}: oven 180C, {num} minutes, cool on a rack."),
            ("chat", "bringing {T} to the bake sale, can you do {T2}?"),
            ("order", "Cake order {order}: {T} for {num}, collect {day}. {price} paid."),
        ],
    },
    "eponym_awards2": {
        "things": ["the Nobel", "the Pulitzer", "the Grammy", "the Stanley Cup", "the Webb Ellis Cup",
                   "the Davis Cup", "the Ryder Cup", "the Jules Rimet trophy"],
        "templates": [
            ("quiz", "Round {num}: Who has won {T} more often? Bonus: name the host of {T2}."),
            ("chat", "{T} final is on at {time}, pub?"),
        ],
    },
}
