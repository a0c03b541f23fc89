"""val24 decoys: things that look like personal data and are not (gold: no span). Eponyms,
brands and companies named after people, vehicles, aircraft, ships, storms, racehorses, pets,
fictional and game characters, bots, buildings named after people, dishes and drinks, software,
job titles, departments. From the author's head."""

from __future__ import annotations


def _s(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(";") if x.strip())


DECOYS: dict[str, tuple[str, ...]] = {
    "eponym": _s(
        "Parkinson's disease; Alzheimer's; a Gaussian blur; the Kalman filter; the Nobel Prize; "
        "a Bloomberg terminal; Dijkstra's algorithm; a Venn diagram; a Gantt chart; a Pareto "
        "chart; an Ishikawa diagram; a Bunsen burner; a Petri dish; an Erlenmeyer flask; Doppler "
        "radar; Newton's third law; Bayes' theorem; a Markov chain; a Fourier transform; Boolean "
        "logic; Crohn's disease; a Geiger counter; the Richter scale; Occam's razor; Moore's law; "
        "Hooke's law; Ohm's law; Pascal's triangle; Euclidean distance; Cartesian coordinates; "
        "the Levenshtein distance; Huffman coding; the Turing test; the Fibonacci sequence; "
        "Pythagoras' theorem; Archimedes' principle; Morse code; a Rubik's cube; the Heimlich "
        "manoeuvre; the Hippocratic oath; Weibull analysis; a Shewhart chart; the Deming cycle; "
        "Brinell hardness; Vickers hardness; a Charpy impact test; Young's modulus; Poisson's "
        "ratio; a Pitot tube; a Bourdon gauge; the Taguchi method; Tourette's; a Braille label"
    ),
    "vehicle": _s(
        "Ford Transit; Ford Ranger; Toyota Hilux; VW Crafter; Mercedes Sprinter; Renault Master; "
        "Peugeot Boxer; Iveco Daily; Volvo FH16; Škoda Octavia; Tesla Model Y; Nissan Leaf; "
        "Porsche Taycan; Land Rover Defender; Citroën Berlingo; Dacia Duster; Kia Niro; Hyundai "
        "Ioniq 5; BYD Atto 3; Vauxhall Vivaro; Ferrari Roma; Chrysler Pacifica; Dodge Ram"
    ),
    "aircraft": _s(
        "Boeing 737-800; Airbus A320neo; Embraer E190; ATR 72-600; Bombardier Q400; Airbus "
        "A350-900; Boeing 787-9; Cessna 172; Pilatus PC-12; Airbus H145"
    ),
    "engine": _s("Rolls-Royce Trent 1000; Pratt & Whitney PW1100G; CFM LEAP-1A; GE90-115B"),
    "ship": _s(
        "MV Grey Heron; MV Saltmarsh Pride; MV Kestrel Bay; MV Iron Lantern; MV Polar Finch; "
        "MV Copper Wren; MT Silver Cormorant; MV Northern Quill; MV Tidewater Star"
    ),
    "storm": _s(
        "Storm Babet; Storm Eunice; Storm Dudley; Storm Isha; Hurricane Otis; Typhoon Haikui; "
        "Cyclone Freddy"
    ),
    "horse": _s(
        "Midnight Ledger; Copper Kettle; Bold Sterling; Silent Harbour; Paper Lantern; Rum "
        "Runner; Quiet Tempest; Velvet Monsoon; Tin Soldier; Saffron Spirit; Winter Ledger; "
        "Brass Compass; Lucky Kestrel; Harbour Light; Ginger Nut"
    ),
    "pet": _s(
        "Biscuit; Pickle; Mochi; Bramble; Pepper; Noodle; Waffles; Ziggy; Crumpet; Muffin; "
        "Rolo; Marmite; Sprout; Nugget; Pudding"
    ),
    "character": _s(
        "Sherlock Holmes; Hermione Granger; Gandalf; Miss Marple; Hercule Poirot; Bilbo "
        "Baggins; Darth Vader; Lara Croft; Geralt of Rivia; Mr Darcy; Atticus "
        "Finch; Don Quixote; Frodo; Master Chief; Kratos; Princess Zelda; Mario"
    ),
    "game_agent": _s("Jett; Sova; Reyna; Sage; Killjoy; Ahri; Jinx; Yasuo; Tracer; Mercy"),
    "bot": _s("Clippy; RotaBot; DispatchBot; the Slackbot; Siri; Otter; HelpBot"),
    "building": _s(
        "Carnegie Hall; the Rockefeller Center; the Guggenheim; the Royal Albert Hall; the "
        "Eiffel Tower; the Crick Institute; the Sanger Institute; the Wellcome Collection; the "
        "Ashmolean; the Whitworth; the Hepworth; the Turing Room; the Lovelace Suite; the Curie "
        "Lab; the Hopper Room; the Darwin Building"
    ),
    "dish": _s(
        "Caesar salad; Eggs Benedict; Beef Stroganoff; Peach Melba; Pavlova; Margherita pizza; "
        "Oysters Rockefeller; Waldorf salad; Fettuccine Alfredo; Crêpes Suzette; beef "
        "carpaccio; Sachertorte; Tarte Tatin; béchamel; nachos"
    ),
    "drink": _s("Earl Grey; a Bellini; a Rossini; an Arnold Palmer; a Negroni; a Gibson"),
    "grape": _s(
        "Tempranillo; Syrah; Nebbiolo; Riesling; Grüner Veltliner; Pinot Noir; Grenache; Malbec; "
        "Sangiovese; Albariño; Chenin Blanc; Sauvignon Blanc; Mourvèdre; Zweigelt; Blaufränkisch"
    ),
    "instrument": _s(
        "a Steinway D; a Fender Stratocaster; a Gibson Les Paul; a Marshall stack; a Moog "
        "Minimoog; a Hammond B3; a Stradivarius; a Rhodes piano"
    ),
    "tool": _s(
        "a Stanley knife; a Phillips screwdriver; an Allen key; Jubilee clips; Rawlplugs; a "
        "Hilti drill; a JCB 3CX; a Makita grinder; DeWalt batteries; a Kango hammer; Acrow props"
    ),
    "software": _s(
        "Jira; Confluence; SAP S/4HANA; Salesforce; Kubernetes; PostgreSQL; Redis; Grafana; "
        "Kibana; Jenkins; GitLab; Terraform; Figma; Notion; Xero; QuickBooks; Sage 50; Procore; "
        "Autodesk Revit; AutoCAD; Navisworks; DaVinci Resolve; Pro Tools; Ableton Live; "
        "Scrivener; Unreal Engine; Discord; LabVIEW; MATLAB; Benchling; OpenTable; Toast POS"
    ),
    "award": _s(
        "the Booker Prize; the Pulitzer Prize; the Hugo Award; the Carnegie Medal; the Mercury "
        "Prize; a Grammy; an Oscar nomination; a BAFTA; the Turner Prize; the Archibald Prize"
    ),
    "film_kit": _s(
        "an ARRI Alexa 35; a Steadicam; Dolby Atmos; a Foley session; Cooke primes; a Technocrane"
    ),
    "company": _s(
        "Kestrel Forge Ltd; Brightwater Motors; Oakline Build; Lantern Films; Bluenote "
        "Bookings; Inkwell Literary; Null Sector Esports; Harbourline Shipping; Greenleaf "
        "Catering; Cellar Door Wines; Halcyon Fine Art; Meridian Labs; Longstride Racing; "
        "Thistle Pensions; Clearpath Visas; Northstar Fleet"
    ),
    "job": _s(
        "Quality Engineer; Site Manager; Line Producer; First AD; A&R Manager; Commissioning "
        "Editor; Community Manager; Planning Officer; Control Room Supervisor; Head of Year 9; "
        "Pensions Administrator; Immigration Caseworker; Harbour Master; Licensed Aircraft "
        "Engineer; Sous Chef; Sommelier; Registrar; Lab Manager; Clerk of the Course; Head "
        "Groundsperson; Fleet Coordinator; Service Advisor; Tour Manager; Shift Lead"
    ),
    "dept": _s(
        "Quality Assurance; Goods Inward; Accounts Payable; Building Control; Environmental "
        "Health; Revenues and Benefits; Waste Services; Line Maintenance; Front of House; "
        "Rights & Permissions; Trust and Safety; Sample Reception; Fleet Operations; "
        "Member Services; Customer Care"
    ),
}
