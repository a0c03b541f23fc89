"""train_r's ambiguous words, part 4: names that are also brands, products, vehicles, drinks
and dishes (a car, a handbag, a whisky, a cocktail). Same line format as
`train_r_lex_given`; parsed by `train_r_lex`."""

from __future__ import annotations

DATA = """
Mercedes | F | p a Mercedes-Benz Sprinter; p the Mercedes dealership; p a Mercedes estate
Ferrari | S | p a red Ferrari; p the Ferrari F1 team; p a Ferrari Enzo
Porsche | S | p a Porsche 911; p the Porsche Cayenne; p Porsche Design sunglasses
Ford | S | p a Ford Transit; p the Ford Ranger; v ford the river; p a Ford Fiesta; c a shallow ford; p a Ford Sierra
Dell | S | p a Dell XPS laptop; p Dell monitors; p the Dell docking station
Chanel | F | p Chanel No. 5; p a Chanel handbag
Tesla | S | p a Tesla Model 3; s a Tesla coil; s a three tesla MRI scanner; t the Tesla V100 GPUs
Boeing | S | p a Boeing 737; p the Boeing 787 Dreamliner
Cessna | S | p a Cessna 172; p a Cessna Skyhawk
Honda | S | p a Honda Civic; p a Honda Jazz
Toyota | S | p a Toyota Corolla; p the Toyota Yaris
Suzuki | S | p a Suzuki motorbike; c the Suzuki method
Yamaha | S | p a Yamaha keyboard; p Yamaha outboard motors
Kawasaki | S | p a Kawasaki Ninja; s Kawasaki disease
Citroën | S | p a Citroën Berlingo; p the Citroën C3
Peugeot | S | p a Peugeot 208; p a Peugeot pepper mill
Renault | S | p a Renault Clio; p the Renault Zoe; p a Renault Master van
Lamborghini | S | p a Lamborghini Huracán; p a Lamborghini tractor
Maserati | S | p a Maserati Ghibli; p a Maserati Quattroporte
Bugatti | S | p a Bugatti Veyron; p a Bugatti Chiron
Benz | S | p a Benz saloon; p the Benz Patent-Motorwagen
Opel | S | p an Opel Corsa; p the Opel Astra
Škoda | S | p a Škoda Octavia; p the Škoda Fabia
Tata | S | p Tata Motors; f Tata tea
Bajaj | S | p a Bajaj scooter; p a Bajaj Pulsar
Dodge | S | v dodge the question; p a Dodge Charger; p a Dodge Ram pickup
Chrysler | S | l the Chrysler Building; p a Chrysler Voyager
Buick | S | p a Buick Enclave; p a Buick LeSabre
Hewlett | S | p Hewlett-Packard printers; p a Hewlett-Packard calculator
Packard | S | p a Packard Bell PC; p a Packard sedan
Philips | S | p a Philips Hue bulb; p a Philips shaver
Phillips | S | c a Phillips screwdriver; c Phillips head screws
Bosch | S | p a Bosch drill; p a Bosch dishwasher
Miele | S | p a Miele washing machine; p a Miele vacuum
Dyson | S | p a Dyson vacuum; p a Dyson hairdryer
Braun | S | p a Braun shaver; de:c ein braun karierter Mantel
Gillette | S | p a Gillette razor; p Gillette shaving foam
Colgate | S | p Colgate toothpaste; p a Colgate toothbrush
Johnson | S | p Johnson's baby shampoo; p a Johnson outboard motor
Wrigley | S | f Wrigley's gum; l Wrigley Field
Jameson | S | f Jameson whiskey; f a Jameson and ginger
Guinness | S | f a pint of Guinness; m the Guinness World Records
Smirnoff | S | f Smirnoff vodka; f a Smirnoff Ice
Gordon | M S | f Gordon's gin; f a Gordon's and tonic
Bacardi | S | f a Bacardi and Coke; f a Bacardi Breezer
Hennessy | S | f Hennessy cognac; f a Hennessy VS
Bailey | S | c a Bailey bridge; l the Old Bailey
Daniel | M | m the song Daniel; p a Daniel Wellington watch
Beam | S | c a steel beam; c a laser beam; f Jim Beam bourbon; v beam the slides to the TV
Wendy | F | f a Wendy's burger; c a Wendy house
Ben | M | l Big Ben; f Uncle Ben's rice
Betty | F | f Betty Crocker cake mix; f an apple brown betty
Sara | F | f Sara Lee cheesecake; m the song Sara
Calvin | M | p Calvin Klein jeans; m Calvin and Hobbes
Ralph | M | p Ralph Lauren polos; m the film Wreck-It Ralph
Lauren | F | p a Ralph Lauren shirt
Hugo | M | p Hugo Boss; t the Hugo static site generator; m the film Hugo; n Hurricane Hugo
Kate | F | p a Kate Spade bag; m the musical Kiss Me Kate
Michael | M | p Michael Kors watches; n Hurricane Michael
Marc | M | p Marc Jacobs perfume
Vera | F | p a Vera Wang gown; c aloe vera; t NVIDIA Vera CPUs; it:c una vera sorpresa
Paul | M | p a Paul Smith scarf; p a Gibson Les Paul
Christian | M | p Christian Louboutin shoes; p a Christian Dior jacket
Estée | F | p Estée Lauder serum
Coco | F | c coco matting; m the film Coco; c coco coir
Valentino | M | p a Valentino gown; p Valentino sneakers
Gucci | S | p Gucci loafers; p a Gucci belt
Prada | S | p a Prada bag; p Prada sunglasses
Armani | S | p an Armani suit; p Armani aftershave
Versace | S | p Versace sunglasses; p a Versace dress
Hermès | S | p a Hermès scarf; p a Hermès Birkin bag
Lacoste | S | p a Lacoste polo; p Lacoste trainers
Fendi | S | p a Fendi baguette bag; p a Fendi scarf
Dior | S | p a Dior lipstick; p Dior perfume
Cartier | S | p a Cartier watch; p a Cartier bracelet
Bentley | S | p a Bentley Continental; p a Bentley Bentayga
Royce | M | p a Rolls-Royce Phantom; p Rolls-Royce engines
Martin | M S | p an Aston Martin DB5; p a Martin guitar
Morgan | U S | p a Morgan Plus Four; p Morgan Stanley; f Captain Morgan rum
Morris | M S | p a Morris Minor; c morris dancing
Harley | U | p a Harley-Davidson; l Harley Street
Davidson | S | p a Harley-Davidson motorcycle
Elise | F | p a Lotus Elise; m Für Elise
Enzo | M | p a Ferrari Enzo
Clio | F | p a Renault Clio; e the Clio awards
Zoe | F | p a Renault Zoe
Octavia | F | p a Škoda Octavia
Fabia | F | p a Škoda Fabia
Giulia | F | p an Alfa Romeo Giulia
Romeo | M | p an Alfa Romeo; m Romeo and Juliet
Juliet | F | m Romeo and Juliet; c a Juliet balcony
Leon | M | p a SEAT Leon
Logan | M | p a Dacia Logan; m the film Logan
Vito | M | p a Mercedes Vito van
Astra | F | p a Vauxhall Astra
Zafira | F | p a Vauxhall Zafira
Sierra | F | t macOS Sierra; p a GMC Sierra; l the Sierra Nevada
Catalina | F | t macOS Catalina; p a Catalina flying boat
Lada | F | p a Lada Niva; p a Lada Riva
Perrier | S | f a bottle of Perrier; f Perrier sparkling water
Pellegrino | S | f a San Pellegrino; f a San Pellegrino limonata
Lavazza | S | f Lavazza espresso; f Lavazza coffee pods
Nando | M | f Nando's chicken; f a Nando's peri-peri chicken
Denny | M | f a Denny's breakfast
Tim | M | f a Tim Hortons coffee; f a Tim Tam biscuit
Kraft | S | f Kraft mac and cheese; de:c mit voller Kraft
Nestlé | S | f Nestlé cereal; f a Nestlé Aero
Ferrero | S | f a Ferrero Rocher; f a box of Ferrero Rocher
Lindt | S | f a Lindt bunny; f Lindt dark chocolate
Mars | S | f a Mars bar; s the Mars rover
Hershey | S | f a Hershey bar; f Hershey's kisses
Cadbury | S | f a Cadbury Creme Egg; f Cadbury chocolate
Kellogg | S | f Kellogg's cornflakes; f Kellogg's Frosties
Heinz | M S | f Heinz ketchup; f Heinz baked beans
Rowntree | S | f Rowntree's Fruit Pastilles; f Rowntree's jelly
Tunnock | S | f Tunnock's teacakes; f Tunnock's caramel wafers
Colman | S | f Colman's mustard; f Colman's mint sauce
Hellmann | S | f Hellmann's mayonnaise; f Hellmann's light mayo
Tanqueray | S | f a Tanqueray and tonic; f Tanqueray gin
Hendrick | M S | f Hendrick's gin; f a Hendrick's and tonic
Cointreau | S | f a splash of Cointreau; f a Cointreau sour
Martell | S | f Martell cognac; f a Martell VSOP
Courvoisier | S | f Courvoisier VSOP; f a Courvoisier XO
Krug | S | f Krug champagne; f a Krug Grande Cuvée
Bollinger | S | f a glass of Bollinger; f Bollinger Special Cuvée
Mumm | S | f Mumm champagne; f a Mumm Cordon Rouge
Heineken | S | f a Heineken; f a Heineken Zero
Beck | S | f a Beck's; f Beck's Blue
Peroni | S | f a cold Peroni; f Peroni Nastro Azzurro
Moretti | S | f a Birra Moretti; f a Moretti lager
Smithwick | S | f a Smithwick's ale; f Smithwick's red ale
Coors | S | f a Coors Light; f Coors Banquet
Pabst | S | f Pabst Blue Ribbon; f a Pabst tallboy
Busch | S | f a Busch Light; de:c ein Busch im Garten
Sainsbury | S | f a Sainsbury's meal deal; c a Sainsbury's bag for life
Macy | S | e the Macy's parade; c a Macy's gift card
Kohl | S | c kohl eyeliner; c a kohl pencil
Sears | S | p a Sears catalog; l the Sears Tower
Joe | M | f Trader Joe's snacks; c a cup of joe
Bose | S | p Bose headphones; p a Bose soundbar
Fender | S | p a Fender Stratocaster; c a dented fender
Gibson | S | p a Gibson Les Paul; p a Gibson SG
Roland | M | p a Roland synth; p a Roland drum machine
Moog | S | p a Moog synthesizer; p a Moog Minimoog
Steinway | S | p a Steinway grand; p a Steinway upright
Bechstein | S | p a Bechstein piano
Kawai | S | p a Kawai piano; p a Kawai digital piano
Wurlitzer | S | p a Wurlitzer jukebox; p a Wurlitzer organ
Hammond | S | p a Hammond organ; p a Hammond B3
Zeiss | S | p Zeiss lenses; p a Zeiss microscope
Hasselblad | S | p a Hasselblad camera
Breitling | S | p a Breitling watch; p a Breitling Navitimer
Seiko | F | p a Seiko watch; p a Seiko diver
Tissot | S | p a Tissot watch
Philippe | M | p a Patek Philippe watch
Piaget | S | p a Piaget watch; s Piaget's stages
Parker | U S | p a Parker pen; p a Parker Jotter
Staedtler | S | p Staedtler pencils; p a Staedtler eraser
Faber | S | p Faber-Castell pencils
Hetty | F | p a Hetty vacuum cleaner
Henry | M | p a Henry vacuum cleaner; s one henry of inductance
Russell | M S | p a Russell Hobbs kettle; p a Russell Hobbs iron
Hobbs | S | p a Russell Hobbs toaster
Kilner | S | c a Kilner jar; c a Kilner bottle
Kärcher | S | p a Kärcher pressure washer; p a Kärcher window vac
Farrow | S | c Farrow and Ball paint
Hornby | S | p a Hornby train set; p Hornby track pieces
Zamboni | S | c a Zamboni machine
Levi | M S | p Levi's 501 jeans; p a Levi's denim jacket
Stetson | S | p a Stetson hat; p a Stetson cowboy hat
Jacuzzi | S | c a jacuzzi bath; c the hotel jacuzzi
Hoover | S | v hoover the carpet; c a Hoover vacuum; l the Hoover Dam
Biro | S | c a blue biro; c biro ink
Dolby | S | t Dolby Atmos; t Dolby Vision
Disney | S | m a Disney film; m the Disney+ app
Michelin | S | p Michelin tyres; c a Michelin star
Garnier | S | p Garnier shampoo; p Garnier micellar water
Legrand | S | p Legrand sockets
Benedict | M | f eggs Benedict
Melba | F | f peach Melba; f Melba toast
Caesar | M | f a Caesar salad; s a Caesar cipher
Suzette | F | f crêpes Suzette
Shirley | F | f a Shirley Temple
Stroganoff | S | f beef stroganoff; f mushroom stroganoff
Pavlova | F | f a pavlova; f a mini pavlova
Carpaccio | S | f beef carpaccio; f tuna carpaccio
Bellini | S | f a peach Bellini; f a Bellini cocktail
Martini | S | f a dry martini; f a Martini Rosso
Alfredo | M | f fettuccine Alfredo; f Alfredo sauce
Garibaldi | S | f Garibaldi biscuits
Bismarck | S | f a Bismarck herring; n the battleship Bismarck
Reuben | M | f a Reuben sandwich
Cobb | S | f a Cobb salad; f a chicken Cobb salad
Negroni | S | f a Negroni; f a Negroni sbagliato
Arnold | M | f an Arnold Palmer
Marie | F | f Marie biscuits; f Marie Rose sauce
Margarita | F | f a frozen margarita; es:c una margarita en el jardín
Margherita | F | f a pizza margherita; it:c una margherita nel prato
Madeleine | F | f a lemon madeleine; f a madeleine tin
Désirée | F | f Désirée potatoes
Olivier | M S | f an Olivier salad
Bento | M | f a bento box; f a bento lunch
Pinto | S | f pinto beans; pt:c um pinto amarelo
Romano | M S | f Pecorino Romano; f Romano beans
Calabrese | S | f calabrese broccoli; f salame calabrese
Haas | S | f Haas avocados
Kirsch | S | f a shot of kirsch; f kirsch-soaked cherries
Tuna | M S | f a tuna salad; tr:c Tuna kıyısında bir kafe
Momo | F | f a plate of momo; f steamed momo
Midori | F | f a Midori sour
Asahi | M S | f an Asahi beer; f Asahi Super Dry
Paloma | F | f a Paloma cocktail; es:c una paloma blanca
Estrella | F | f a bottle of Estrella Damm; es:c una estrella fugaz; es:c la estrella del equipo
Serrano | S | f jamón serrano; f serrano peppers
Gallo | S | p Gallo wine; it:c il gallo nel cortile
"""
