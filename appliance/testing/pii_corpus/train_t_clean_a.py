"""Clean domains for train_t, part A: things that carry people's names (wards, ships,
horses, pets, robots, storms, codenames, assistants, awards, eponyms, dishes, cocktails,
fonts, plants, paints, hops, chess, yoga, climbing, sports moves, stage works). Each domain:
thing names, and templates (shape, text) with {T} (the thing), {T2} (another thing of the
domain) and decoy slots. Nothing here is personal data."""

DOMAINS_A = {
    "hospital_wards": {
        "things": ["Florence Ward", "Victoria Wing", "Grace Ward", "Nelson Ward", "Beatrice Ward",
                   "Ada Ward", "Rosalind Wing", "Harriet Ward", "Evelyn Wing", "Maxwell Wing",
                   "Agnes Ward", "Elizabeth Ward", "Hunter Wing", "Dorothy Ward"],
        "templates": [
            ("handoff", "Bed 14 on {T} is free from {time}; transfer from {T2} approved, ref {ticket}."),
            ("notes", "Estates: the sluice room on {T} is leaking again. Plumbers booked {date}, job {order}."),
            ("sms", "{T} is closed to admissions till {day} (norovirus). Divert to {T2}."),
            ("table", "| Unit | Beds | Open |\n|---|---|---|\n| {T} | {num} | yes |\n| {T2} | {num} | no |"),
        ],
    },
    "ships_ferries": {
        "things": ["MV Victoria", "the Isabella", "MS Oscar", "Queen Mary 2", "the Charlotte",
                   "MV Amelia", "the Caroline", "RV Hunter", "the Morgan", "MV Grace",
                   "the Stella", "MS Beatrice"],
        "templates": [
            ("notice", "Sailing update: {T} departs {time} instead of {time}. {T2} runs to timetable."),
            ("chat", "is {T} still in dry dock? the {date} crossing shows as cancelled, booking {order}"),
            ("log", "{date} {time} AIS fix lost for {T}; resumed after {num} s. Vessel ref {sku}."),
            ("email", "Subject: Cabin upgrade\n\nYour upgrade aboard {T} is confirmed for {price}. Booking ref {order}."),
        ],
    },
    "racehorses": {
        "things": ["Charlie Hunter", "Oscar Murphy", "Frankel", "Harvey's Dream", "Bella Morgan",
                   "Tom Collins", "Duke of Ruby", "Max Gauss", "Kelly's Hero", "Felix Forever",
                   "Lady Beatrice", "Jack Foster"],
        "templates": [
            ("tip", "Nap of the day: {T} in the {time}, each-way at 9/2. {T2} looks outpaced."),
            ("report", "{T} drifted to 12/1 before the off and finished {num}th; the stewards noted a lost shoe."),
            ("chat", "put a fiver on {T} for me? odds were 7/2 at lunch"),
            ("results", "Race {num}: 1st {T}, 2nd {T2}. Tote win {price}."),
        ],
    },
    "greyhounds": {
        "things": ["Rapid Ruby", "Fast Felix", "Duke Diesel", "Swift Rosie", "Rocky Road",
                   "Bailey's Bolt", "Teddy Two Tone", "Milo Magic"],
        "templates": [
            ("results", "Trap {num}: {T} (2.1 l), trap 2: {T2}. Time 28.{num}s, going normal."),
            ("chat", "{T} broke badly from trap 4 again lol"),
            ("form", "Runner: {T}\nTrap: 3\nBest time: 29.04\nTrainer notes: needs a clean break"),
        ],
    },
    "pets_vet": {
        "things": ["Bella", "Max", "Charlie", "Luna", "Milo", "Teddy", "Daisy", "Poppy", "Archie",
                   "Molly", "Bailey", "Coco", "Oscar", "Rocky", "Lola", "Toby", "Ruby", "Oliver",
                   "Buster", "Pepper", "Ziggy", "Hazel", "Juno", "Mabel", "Otis", "Hugo"],
        "templates": [
            ("vet", "Patient: {T} (cocker spaniel, {num} kg). Booster given, next due {date}. Invoice {order}."),
            ("sms", "Reminder: {T}'s dental at the clinic on {day} at {time}. No food after 8pm please."),
            ("groomer", "{T} - full groom, nails, ear clean. {price}. Matting behind the ears, go gentle."),
            ("chat", "{T} ate a sock again, the vet says wait and see. {T2} is fine"),
            ("notes", "Kennel log: {T} walked {time}, ate half. {T2} off food, flag to vet."),
        ],
    },
    "robots_smarthome": {
        "things": ["Alexa", "Rosie", "Jarvis", "Pepper", "Watson", "Siri", "Max", "Bella"],
        "templates": [
            ("log", "[{time}] robot vacuum '{T}': brush stuck, cleaning paused (error E{num})."),
            ("chat", "asked {T} to turn the heating down and it ordered washing powder instead"),
            ("config", "device_name: {T}\nfirmware: {ver}\nroom: kitchen\nschedule: weekdays {time}"),
            ("review", "Named our robot mower {T}. Does the lawn in {num} min, gets stuck on the gravel."),
        ],
    },
    "storms": {
        "things": ["Storm Ciara", "Storm Dennis", "Storm Eunice", "Hurricane Florence", "Storm Agnes",
                   "Hurricane Otis", "Storm Franklin", "Storm Isha", "Storm Bella", "Storm Morgan",
                   "Hurricane Oscar", "Storm Evelyn"],
        "templates": [
            ("bulletin", "Amber warning: {T} brings gusts of {num} mph overnight. Check before you travel."),
            ("chat", "{T} took our fence down, insurance claim {order}"),
            ("report", "Damage from {T} is estimated at {price} million; {T2} was milder."),
            ("log", "{date} outage tagged STORM, cause: {T}, feeders reset {num}"),
        ],
    },
    "codenames": {
        "things": ["Beatrice", "Hunter", "Apollo", "Murphy", "Morgan", "Ada", "Julia", "Ruby",
                   "Pascal", "Crystal", "Haskell", "Grace", "Otis", "Victoria"],
        "templates": [
            ("commit", "release: cut {ver} (codename {T}); bump min SDK, drop legacy flags"),
            ("changelog", "## {ver} \"{T}\"\n- faster cold start\n- fixes {ticket}\n- removed {product} sync"),
            ("chat", "is {T} the codename for the {ver} branch or the one after?"),
            ("ticket", "{ticket}: {T} build fails on ARM, last green {ver}"),
        ],
    },
    "languages": {
        "things": ["Ada", "Julia", "Ruby", "Pascal", "Crystal", "Haskell", "Elixir", "Clojure"],
        "templates": [
            ("code", "# port the parser from {T} to {T2}\n# benchmark: {num} ms vs {num} ms"),
            ("forum", "Is {T} worth learning in {date}? Coming from {T2}, mostly numeric work."),
            ("search", "{T} vs {T2} performance"),
            ("cv", "Skills: {T} (5 yrs), {T2}, SQL, Docker"),
        ],
    },
    "assistants": {
        "things": ["Claude", "Siri", "Alexa", "Watson", "Cortana", "Bixby"],
        "templates": [
            ("chat", "{T} keeps mishearing me when the kettle is on"),
            ("review", "Compared {T} and {T2} for summarising {num}-page reports. {T} was faster."),
            ("ticket", "{ticket}: integrate {T} with the {product} skill, due {date}"),
            ("prompt", "Hey {T}, set a timer for {num} minutes and add oat milk to the list."),
        ],
    },
    "awards_lectures": {
        "things": ["the Oscar", "a Tony", "the Emmy", "the Hugo", "the Edgar", "the Booker",
                   "the Turing Award", "the Fields Medal", "the Faraday Lecture", "the Nelson Medal",
                   "the Morgan Prize", "the Maxwell Medal", "the Hubble Prize", "the Kelvin Lecture"],
        "templates": [
            ("news", "The novel was shortlisted for {T} and {T2} in the same year."),
            ("calendar", "{day} {time}: {T} livestream, lecture hall B. Tickets {price}."),
            ("chat", "did it win {T}? i thought it lost to the sequel"),
            ("report", "Nominations for {T} close {date}; {num} entries so far."),
        ],
    },
    "science_eponyms": {
        "things": ["the Kelvin scale", "a Gauss meter", "Maxwell's equations", "the Doppler effect",
                   "the Hubble constant", "Parkinson's disease", "Bell's palsy", "Boyle's law",
                   "Charles's law", "Newton's second law", "a Tesla coil", "the Weber fraction",
                   "the Richter scale", "a Geiger counter", "the Curie point", "the Hamilton operator",
                   "a Taylor series", "Jordan normal form", "Morse code", "the Diesel cycle"],
        "templates": [
            ("homework", "Q{num}. Use {T} to explain the result, then compare with {T2}."),
            ("notes", "Lecture {num}: {T}. Reading: ch. 4-5. Quiz on {day}."),
            ("chat", "wait is {T} on the exam or just {T2}?"),
            ("search", "{T} explained simply"),
        ],
    },
    "dishes": {
        "things": ["Caesar salad", "eggs Benedict", "pizza Margherita", "Pavlova", "peach Melba",
                   "chicken à la King", "bananas Foster", "Victoria sponge", "Charlotte russe",
                   "Madeleine cakes", "Garibaldi biscuits", "Oysters Rockefeller"],
        "templates": [
            ("menu", "Today: {T} {price} | {T2} {price} | soup of the day"),
            ("recipe", "{T} (serves {num}): prep 20 min. Whisk, fold, chill for {num} minutes."),
            ("review", "The {T} was cold and the {T2} took {num} minutes. Two stars."),
            ("order", "Table {num}: 2x {T}, 1x {T2}, no nuts. Order {order}."),
        ],
    },
    "cocktails": {
        "things": ["Bellini", "Negroni", "Rossini", "Tom Collins", "Rob Roy", "Bloody Mary",
                   "Shirley Temple", "Harvey Wallbanger", "Tom and Jerry", "Arnold Palmer"],
        "templates": [
            ("menu", "Happy hour {time}: {T} {price}, {T2} {price}"),
            ("recipe", "{T}: 50 ml base, 25 ml vermouth, stir, orange twist."),
            ("chat", "one {T} and whatever's cheapest for me pls"),
            ("inventory", "bar stock {date}: {T} garnish low, reorder SKU {sku}"),
        ],
    },
    "fonts": {
        "things": ["Garamond", "Baskerville", "Gill Sans", "Franklin Gothic", "Cooper Black",
                   "Josefin Sans", "Oswald", "Lora", "Rockwell", "Bodoni", "Caslon", "Didot"],
        "templates": [
            ("css", "h1 { font-family: \"{T}\", serif; }\nbody { font-family: \"{T2}\", sans-serif; }"),
            ("chat", "swap {T} for {T2} in the headings? feels dated"),
            ("brief", "Brand guide {ver}: primary face {T}, fallback {T2}, body 11/15 pt."),
            ("ticket", "{ticket}: {T} renders too light on Windows at 12px"),
        ],
    },
    "plants": {
        "things": ["rose 'Grace'", "clematis 'Nelly Moser'", "hydrangea 'Annabelle'",
                   "'Maris Piper' potatoes", "'King Edward' potatoes", "'Charlotte' potatoes",
                   "'Granny Smith' apples", "rose 'Olivia'", "rose 'Princess Anne'",
                   "'Victoria' plums", "'Williams' pears", "sweet pea 'Matilda'", "rose 'Ruby'",
                   "lavender 'Hidcote'", "dahlia 'Bella Rosa'"],
        "templates": [
            ("order", "Garden centre order {order}: 3x {T}, 1x {T2}. Delivery {date}."),
            ("forum", "My {T} has black spot again. Spray or cut back? {T2} next to it is fine."),
            ("notes", "Allotment: lifted the {T} {day}, {num} kg. Plant {T2} in the bed by the shed."),
            ("label", "{T} - full sun, 1.2 m. {price}. Code {sku}"),
        ],
    },
    "paints": {
        "things": ["Ada Grey", "Oscar Green", "Florence Blue", "Beatrice Pink", "Hazel", "Olive",
                   "Ivy", "Violet", "Charlotte's Locks", "Elizabeth White", "Dorothy Red",
                   "Mabel Yellow", "Evelyn Cream"],
        "templates": [
            ("chat", "we went with {T} in the hall and {T2} on the woodwork"),
            ("order", "2.5L {T} (eggshell) x2, 1L {T2} (gloss). {price}. Order {order}"),
            ("review", "{T} looks much darker than the swatch. Needed {num} coats."),
            ("notes", "Kitchen: walls {T}, ceiling white, skirting {T2}. Sample pots {price}."),
        ],
    },
    "hops_beer": {
        "things": ["Nelson Sauvin", "Ella", "Fuggle", "Goldings", "Vic Secret", "Stella",
                   "Beck's", "Miller", "Murphy's stout", "Guinness", "Carling", "Coors"],
        "templates": [
            ("recipe", "Pale ale: 60 min Magnum, 10 min {T}, dry hop {T2} {num} g."),
            ("chat", "pint of {T}? or are we on the {T2} tonight"),
            ("inventory", "Keg {sku}: {T} - {num} L left. Next delivery {date}."),
            ("review", "{T} on cask tasted flat. {T2} was fine. 3/5."),
        ],
    },
    "chess": {
        "things": ["the Ruy Lopez", "the Petrov Defence", "the Evans Gambit", "Larsen's Opening",
                   "the Marshall Attack", "the Max Lange Attack", "the Caro-Kann",
                   "the Philidor Defence", "the Nimzo-Indian"],
        "templates": [
            ("chat", "switched from {T} to {T2} and my rating went up {num} points"),
            ("pgn", "[Event \"Club Rapid\"]\n[Round \"{num}\"]\n[Opening \"{T}\"]\n[Result \"1-0\"]"),
            ("forum", "How do you meet {T} as Black without getting crushed?"),
            ("notes", "Prep: {T} mainline up to move 14. Review {T2} sidelines {day}."),
        ],
    },
    "yoga": {
        "things": ["Bharadvaja's Twist", "Marichyasana", "Vasisthasana", "Hanumanasana",
                   "Astavakrasana", "Koundinyasana"],
        "templates": [
            ("class", "Flow {time}: sun salutes, {T}, {T2}, savasana. Mats provided."),
            ("chat", "my hamstrings hate {T}"),
            ("notes", "Week {num}: hold {T} 5 breaths each side, prep for {T2}."),
        ],
    },
    "climbing": {
        "things": ["Grace Under Pressure", "Charlie's Crack", "Murphy's Law", "Harvey's Wall",
                   "Rocky Horror", "Ruby Slippers", "Stella Arête", "Oliver's Twist"],
        "templates": [
            ("logbook", "{date}: {T} (6b+) flashed. Fell off the crux of {T2} (7a) twice."),
            ("chat", "anyone projecting {T} this weekend? the top hold spun"),
            ("guide", "{T}, 18 m, F6a. Bolted {date}. Start up the flake left of {T2}."),
        ],
    },
    "sport_moves": {
        "things": ["the Biles", "the Yurchenko", "the Tsukahara", "the Thomas flair", "the Kovacs",
                   "a triple Axel", "a Lutz", "a Salchow", "the Cruyff turn", "a Panenka",
                   "the Healy twirl", "the Korbut flip"],
        "templates": [
            ("commentary", "She opens with {T}, lands it, then {T2} on the dismount."),
            ("coaching", "Session {num}: drill {T} into the pit, {num} reps. {T2} next week."),
            ("chat", "did he really try {T} in a penalty shootout"),
            ("scores", "D-score {num}.2, includes {T} and {T2}."),
        ],
    },
    "stage": {
        "things": ["Annie", "Oliver!", "Matilda", "Educating Rita", "Shirley Valentine", "Carmen",
                   "Aida", "Norma", "Tosca", "Hedda Gabler", "Manon", "Lulu"],
        "templates": [
            ("booking", "2 tickets for {T}, {day} {time}, stalls row F. {price}. Ref {order}."),
            ("review", "This {T} revival runs {num} hours and drags after the interval."),
            ("chat", "{T} or {T2} for mum's birthday?"),
            ("listing", "Now booking: {T} (from {price}), {T2} returns {date}."),
        ],
    },
}
