"""More hand-written things for `train_p`: science, law, finance, transport, software, media,
weather; plus eponyms that `train_p_things3` turns into buildings, prizes and the like."""

from __future__ import annotations

from .train_p_things import _s

HAND2: dict[str, tuple[str, ...]] = {
    "theorems": _s("""Pythagoras' theorem|Fermat's Last Theorem|
Bayes' theorem|
Gödel's incompleteness
theorem|Noether's theorem|Stokes' theorem|Green's theorem|Gauss's law|Ohm's law|Hooke's law|
Boyle's law|Charles's law|Avogadro's law|Newton's laws|Kepler's laws|Faraday's law|Lenz's law|
Ampère's law|Coulomb's law|Snell's law|Bragg's law|Hubble's law|Moore's law|Murphy's law|
Parkinson's law|Godwin's law|Zipf's law|Benford's law|Amdahl's law|Metcalfe's law|
Conway's law|Brooks's law|Hofstadter's law|Little's law|Fitts's law|Hick's law|
Pareto principle|Heisenberg's uncertainty principle|Pauli exclusion principle|
Bernoulli's principle|Archimedes' principle|Fermat's principle|Huygens' principle|
Le Chatelier's principle|Occam's razor|Hanlon's razor|Euler's identity|Riemann hypothesis|
Poincaré conjecture|Goldbach's conjecture|Collatz conjecture|Cauchy-Schwarz inequality|
Chebyshev's inequality|Jensen's inequality|Rolle's theorem|Lagrange's theorem|
Sylow theorems|Cayley-Hamilton theorem|Pick's theorem|Ptolemy's theorem|Thales's theorem|
Ceva's theorem|Menelaus's theorem|Wilson's theorem|Dirichlet's theorem|Liouville's theorem|
Brouwer fixed-point theorem|Banach fixed-point theorem|Hahn-Banach theorem|Arrow's theorem|
Coase theorem|Kirchhoff's laws|Dalton's law|Henry's law|Raoult's law|Graham's law|
Hess's law|Beer-Lambert law|Stefan's law|Wien's law|Planck's law|Curie's law|Fick's law|
Darcy's law|Stokes' law|Poiseuille's law|Torricelli's law|Pascal's law|Sturgeon's law|
Campbell's law|Goodhart's law|Cunningham's law|Betteridge's law|Poe's law|Wirth's law|
Linus's law|Postel's law|Kerckhoffs's principle|Peter principle|Dilbert principle"""),
    "algorithms": _s("""Dijkstra's algorithm|Kruskal's algorithm|Prim's algorithm|Bellman-Ford|
Floyd-Warshall|Huffman coding|Lempel-Ziv|Knuth-Morris-Pratt|Boyer-Moore|Rabin-Karp|
Levenshtein distance|Hamming distance|Jaccard index|Turing machine|Turing test|Bloom filter|
Fenwick tree|Kalman filter|Viterbi algorithm|Nash equilibrium|Shapley values|Gini coefficient|
Pearson correlation|Spearman's rho|Student's t-test|Fisher's exact test|Wilcoxon test|
Kaplan-Meier curve|Cox regression|Tukey's test|Bonferroni correction|Markov chain|
Bessel function|Dirac delta|Kronecker delta|Hilbert space|Banach space|Euclidean distance|
Cartesian product|Gaussian blur|Poisson distribution|Bernoulli trial|Pascal's triangle|
Fibonacci sequence|Mandelbrot set|Julia set|Klein bottle|Möbius strip|Venn diagram|
Gantt chart|Karnaugh map|Nyquist rate|Shannon entropy|Fourier transform|Laplace transform|
Taylor series|Newton-Raphson|Runge-Kutta|Gauss-Seidel|Jacobi method|Cholesky decomposition|
Householder reflection|Lanczos algorithm|Metropolis-Hastings|Gibbs sampling|
Box-Muller transform|Fisher-Yates shuffle|Tarjan's algorithm|Kosaraju's algorithm|
Hopcroft-Karp|Edmonds-Karp|Ford-Fulkerson|Bresenham's line algorithm|Catmull-Rom spline|
Bézier curve|Phong shading|Gouraud shading|Lamport clock|Paxos|Raft|Diffie-Hellman|
Rivest cipher|Vigenère cipher|Caesar cipher|Feistel network|Merkle tree|Patricia trie|
Cooley-Tukey FFT|Strassen multiplication|Karatsuba multiplication|Sieve of Eratosthenes|
Euclid's algorithm|Horner's method|Simpson's rule|Kolmogorov-Smirnov test|Mann-Whitney U test|
Kruskal-Wallis test|Durbin-Watson statistic|Akaike criterion|Mahalanobis distance|
Cohen's kappa|Cronbach's alpha|Likert scale|Hodrick-Prescott filter|Holt-Winters"""),
    "units": _s("""newton|pascal|kelvin|joule|watt|ampere|volt|ohm|hertz|tesla|weber|henry|siemens|
coulomb|farad|becquerel|gray|sievert|degrees Celsius|degrees Fahrenheit|Planck constant|
Boltzmann constant|Avogadro constant|Rydberg constant|Faraday constant|Hubble constant|
Stefan-Boltzmann constant|Bohr radius|Bohr magneton|Reynolds number|Mach number|
Froude number|Prandtl number|Richter scale|Mohs scale|Beaufort scale|Kelvin scale|
Rankine scale|ångström|debye|gauss|oersted|maxwell|curie|röntgen|dalton|Sverdrup|
Nusselt number|Weber number|Strouhal number|Grashof number|Péclet number|Rossby number|
Knudsen number|Schmidt number|Sherwood number|Euler number|Eötvös number|Scoville scale|
Brix scale|Gleason grade|Kardashev scale|Fujita scale|Saffir-Simpson scale|Torino scale|
Snellen fraction|Mercalli scale|Hounsfield unit|Svedberg unit|Jansky"""),
    "effects": _s("""Doppler effect|Coriolis effect|Hall effect|Zeeman effect|Stark effect|
Compton effect|Peltier effect|Seebeck effect|Josephson effect|Mpemba effect|
Dunning-Kruger effect|Streisand effect|Baader-Meinhof phenomenon|Mandela effect|
Pygmalion effect|Hawthorne effect|Tyndall effect|Meissner effect|Casimir effect|
Venturi effect|Magnus effect|Leidenfrost effect|Raman scattering|Rayleigh scattering|
Cherenkov radiation|Hawking radiation|Brownian motion|Foucault pendulum|Newton's cradle|
Stroop effect|Ben Franklin effect|Matthew effect|Lindy effect|Forer effect|Zeigarnik effect|
McGurk effect|Purkinje effect|Kelvin-Helmholtz instability|Rayleigh-Taylor instability|
Ekman spiral|Kármán vortex street|Marangoni effect|Weissenberg effect|Kaye effect|
Unruh effect|Aharonov-Bohm effect|Mössbauer effect|Auger effect|Kerr effect|Pockels effect|
Faraday effect|Thomson effect|Nernst effect|Ettingshausen effect|Gunn effect|
Franz-Keldysh effect|Sachs-Wolfe effect|Sunyaev-Zeldovich effect|Shapiro delay|
Lense-Thirring effect|Barnum effect|Von Restorff effect|Ringelmann effect|Flynn effect|
Wilson cycle|Milankovitch cycles|Bergmann's rule|Allen's rule|Dollo's law|Cope's rule|
Hamilton's rule|Fisher's principle|Baldwin effect|Westermarck effect|Coolidge effect|
Tamagotchi effect|Kuleshov effect|Ken Burns effect|Droste effect|Rashomon effect"""),
    "instruments": _s("""Geiger counter|Bunsen burner|Petri dish|Erlenmeyer flask|Büchner funnel|
Liebig condenser|Dewar flask|Kipp's apparatus|Wheatstone bridge|Vernier caliper|Pitot tube|
Stevenson screen|Campbell-Stokes recorder|Fresnel lens|Nicol prism|Michelson interferometer|
Fabry-Pérot etalon|Cassegrain telescope|Newtonian telescope|Galilean telescope|
Hubble Space Telescope|James Webb Space Telescope|Van de Graaff generator|Tesla coil|
Faraday cage|Crookes tube|Dobson spectrophotometer|Schmidt camera|Allen key|
Phillips screwdriver|Stanley knife|Rawlplug|Jacuzzi|Biro|Zimmer frame|Bowden cable|
Davy lamp|Bessemer converter|Jacquard loom|Babbage engine|Dobsonian mount|Hooke's joint|
Cardan shaft|Wankel engine|Diesel engine|Stirling engine|Otto cycle|Carnot engine|
Pelton wheel|Kaplan turbine|Francis turbine|Archimedes screw|Watt governor|Kelvin bridge|
Helmholtz coil|Helmholtz resonator|Leslie speaker|Hammond organ|Moog synthesizer|
Stratocaster|Les Paul|Rickenbacker|Steinway|Bechstein|Bösendorfer|Sousaphone|Saxophone|
Stroh violin|Bunsen valve|Schlenk line|Soxhlet extractor|Dean-Stark trap|Kjeldahl flask|
Gilson pipette|Eppendorf tube|Falcon tube|Coulter counter|Westinghouse brake|Davis cup"""),
    "space": _s("""Halley's Comet|Comet Hale-Bopp|Comet Shoemaker-Levy 9|Comet Hyakutake|
Comet McNaught|Comet Encke|Comet Swift-Tuttle|Comet Tempel-Tuttle|Comet Lovejoy|Comet Holmes|
Comet Kohoutek|Comet West|Comet Ikeya-Seki|Comet Churyumov-Gerasimenko|Comet Wild 2|
Comet Tempel 1|Comet Hartley 2|Comet Borrelly|Comet Giacobini-Zinner|Comet Biela|
Comet Pons-Winnecke|Barnard's Star|Kapteyn's Star|Van Maanen's Star|Przybylski's Star|
Tabby's Star|Hoag's Object|Herschel crater|Tycho crater|Copernicus crater|Kuiper belt|
Oort cloud|Roche limit|Chandrasekhar limit|Schwarzschild radius|Lagrange point|
Cassini division|Hubble Deep Field|Kirkwood gaps|Encke gap|Keeler gap|Bok globule|
Herbig-Haro object|Wolf-Rayet star|Cepheid variable|Messier 31|Caldwell 14|
Galileo probe|Cassini-Huygens|Juno|Kepler telescope|Spitzer telescope|Chandra observatory|
Hipparcos|Gaia|Planck satellite|Herschel observatory|Rosetta|Philae|Ulysses|Magellan probe|
Vera Rubin Observatory|Nancy Grace Roman telescope|Parker Solar Probe|Lovell Telescope|
Hale telescope|William Herschel Telescope|Isaac Newton Telescope|Keck Observatory"""),
    "law": _s("""Donoghue v Stevenson|Carlill v Carbolic Smoke Ball Co|Hadley v Baxendale|
Rylands v Fletcher|Salomon v Salomon|Roe v Wade|Marbury v Madison|Gideon v Wainwright|
Plessy v Ferguson|Smith v Jones|R v Brown|R v Dudley and Stephens|Pepper v Hart|
Entick v Carrington|Caparo v Dickman|Hedley Byrne v Heller|Bolam v Friern|Gillick competence|
Fraser guidelines|Bolam test|Megan's Law|Jessica's Law|Sarah's Law|Clare's Law|Martyn's Law|
Helen's Law|Finn's Law|Glass-Steagall Act|Sarbanes-Oxley Act|Dodd-Frank Act|
Taft-Hartley Act|Volstead Act|Mann Act|Hatch Act|Magnitsky Act|Sherman Antitrust Act|
Ryan White CARE Act|Brady Bill|McCarran Act|Miranda rights|Wagner Act|Smoot-Hawley tariff|
Gramm-Leach-Bliley Act|Baker Act|Marchman Act|Kendra's Law|Leandra's Law|Lanterman Act|
Sullivan Act|Kennedy-Kassebaum Act|Hyde Amendment|Byrd rule|Hastert rule|Thurmond rule|
Rooney Rule|Bosman ruling|Webster ruling|Calderbank offer|Mareva injunction|Anton Piller order|
Norwich Pharmacal order|Beddoe order|Bullock order|Sanderson order|Tomlin order|
Part 36 offer|McKenzie friend|Salomon principle|Wednesday rule|Slaughter rule|
Prince v Massachusetts|Street v Mountford|Williams v Roffey|Stilk v Myrick|
Pinnel's case|Foakes v Beer|High Trees|Tulk v Moxhay|Re Hallett's Estate|Saunders v Vautier|
Quistclose trust|Barnes v Addy|Royal Brunei v Tan|Dunlop v Selfridge|Walford v Miles|
Jacobs v Batavia|Wagon Mound|Bourhill v Young|Alcock v Wright"""),
    "finance": _s("""Dow Jones|Russell 2000|Wilshire 5000|Fidelity Magellan|Wellington Fund|
Baillie Gifford|Schroders|Rathbones|Hargreaves Lansdown|Fidelity|Morgan Stanley|
Goldman Sachs|JP Morgan|Merrill Lynch|Charles Schwab|Lloyds|Barclays|Coutts|Rothschild|
Warburg|Volcker rule|Taylor rule|Buffett indicator|Sharpe ratio|Sortino ratio|Treynor ratio|
Jensen's alpha|Black-Scholes model|Modigliani-Miller theorem|Laffer curve|Phillips curve|
Lorenz curve|Engel curve|Kuznets curve|Giffen good|Veblen good|Keynesian multiplier|
Gresham's law|Okun's law|Wagner's law|Baumol's cost disease|Ponzi scheme|Kelly criterion|
Fibonacci retracement|Bollinger Bands|Elliott wave|Dow theory|Gann fan|Case-Shiller index|
Herfindahl index|Tobin's q|Tobin tax|Sahm rule|Macaulay duration|Vasicek model|
Heston model|Merton model|Altman Z-score|Piotroski score|Beneish M-score|Graham number|
Greenspan put|Lindsay Jones index|Edward Jones|Raymond James|Stifel|Piper Sandler|
Lazard|Evercore|Greenhill|Jefferies|Cantor Fitzgerald|Brown Brothers Harriman|
Dimensional|Vanguard|BlackRock|Invesco|Franklin Templeton|T. Rowe Price|Janus Henderson|
Jupiter|Liontrust|Ninety One|Royal London|Scottish Widows|Aviva|Legal & General|
Hartford|Ameriprise|Edward Jones Money Market|Ramsey baby steps|Bogleheads"""),
    "ships": _s("""MV Lady Grace|MV Princess Anne|HMS Victory|RRS Sir David Attenborough|
Queen Mary 2|Cutty Sark|Mayflower|Golden Hind|Mary Rose|SS Great Britain|RMS Queen Elizabeth|
Lady of Mann|SS Sir Walter Scott|Edmund Fitzgerald|Kathleen & May|Sir Winston Churchill|
Lord Nelson|Captain Scott|RRS Discovery|Endurance|Lady Elizabeth|Lady Margaret|
Duchess of Hamilton|Queen Victoria|Queen Anne|Arcadia|Aurora|Iona|Azura|Britannia|
Spirit of Tradition|Grace Darling lifeboat|RNLB Kenneth Thelwall|Princess Royal|
Prince Madog|Lady Rosebery|Lady Florence|Sir Robert Peel|Ernest Shackleton|
James Clark Ross|Celtic Explorer|RV Sonne|Maersk Mc-Kinney Møller|Emma Maersk|
Harmony of the Seas|Marella Voyager|Ambience|Balmoral|Waverley|Maid of the Loch|
Sir Francis Drake ferry|Commandant Charcot|Pride of Hull|Hamnavoe|Stena Hollandica|
Lady Daphne|Lady Jane|Molly Malone|Jenny Wren|Dorothy May|Betsy Anne|Salty Sue|
Miss Nell|Pretty Polly|Mary Anning|Saucy Sal|Lady Penelope|Rosalind Franklin|Lady Gwendolen"""),
    "locomotives": _s("""Flying Scotsman|Mallard|Sir Nigel Gresley|Duchess of Sutherland|
King George V|Lady Patricia|Princess Elizabeth|Sir Lamiel|Tornado|Evening Star|
Thomas the Tank Engine|Oliver Cromwell|Clan Line|Sir Keith Park|Winston Churchill loco|
Bittern|Union of South Africa|Duke of Gloucester|City of Truro|King Edward I|Earl Bathurst|
Sir Archibald Sinclair|Taw Valley|Tangmere|Blue Peter|Green Arrow|Sir Edward Elgar|
Lord Dowding|Robert Burns|Princess Margaret Rose|Duchess of Hamilton loco|Leander|
Galatea|Bahamas|Royal Scot|Pendennis Castle|Caerphilly Castle|Hagley Hall|Dorothea|
Gordon the engine|Percy the engine|James the engine|Henry the engine|Edward the engine|
Emily the engine|Ivor the Engine|Puffing Billy|Rocket|Locomotion No. 1|Agenoria|Novelty|
Sans Pareil|Lion|Cornwall|Hardwicke|Gladstone|Boxhill|Captain Baxter|Linda|Blanche|
Prince of Wales|Merddin Emrys|David Lloyd George|Earl of Merioneth|Taliesin|Lyd|
Sir Haydn|Edward Thomas|Tom Rolt|Dolgoch|Talyllyn|Douglas|Pixie|Rachel|Sir Berkeley|
Sir Tom Finney|Sir Bobby Robson|Doctor Who train|Azuma|Avanti Pendolino|Sir John Betjeman"""),
    "aircraft": _s("""Spirit of St. Louis|Enola Gay|Memphis Belle|Lady Be Good|Sopwith Camel|
Hawker Hurricane|Supermarine Spitfire|de Havilland Comet|Avro Lancaster|Boeing 737|
Airbus A320|Fokker 100|Piper Cub|Cessna 172|Douglas DC-3|Lockheed Constellation|
Bristol Blenheim|Gloster Meteor|Handley Page Victor|Bell X-1|Glamorous Glennis|Sally B|
Grumman Avenger|Vought Corsair|Curtiss Jenny|Wright Flyer|Blériot XI|Dornier Do 17|
Messerschmitt Bf 109|Junkers Ju 52|Heinkel He 111|Fairey Swordfish|Short Sunderland|
Vickers Wellington|Armstrong Whitworth Whitley|Sikorsky S-92|Bell 206|Robinson R44|
Saab Gripen|Dassault Rafale|Breguet Atlantique|Antonov An-225|Tupolev Tu-144|
Ilyushin Il-76|Sukhoi Superjet|Embraer E190|Bombardier Dash 8|Pilatus PC-12|Britten-Norman
Islander|Beechcraft King Air|Learjet 45|Gulfstream G650|Howard Hughes Spruce Goose|
Amelia's Electra|Miss Veedol|Lucky Lady II|Bockscar|Miss Liberty"""),
    "trains_lines": _s("""Elizabeth line|Victoria line|Jubilee line|Bakerloo line|Piccadilly line|
Orient Express|Flying Dutchman|Cornishman|Master Cutler|Royal Duchy|Golden Arrow|
Brighton Belle|Night Riviera|Caledonian Sleeper|Hiawatha|Empire Builder|Ethan Allen Express|
Abraham Lincoln train|Robert Burns train|Lincoln Service|Carl Sandburg|Illini|Saluki|
Ann Rutledge|Maple Leaf|Adirondack|Vermonter|Pere Marquette|Wolverine|Blue Water|Hoosier State|
Kentucky Cardinal|Sam Houston Zephyr|Texas Eagle|Sunset Limited|Coast Starlight|
Cascades|Marco Polo train|Rheingold|Mozart EuroCity|Franz Liszt EuroCity|Johann Strauss|
Antonín Dvořák EC|Comenius EC|Porta Moravica|Emil Zátopek EC|Chopin night train|
Leonardo Express|Frecciarossa|Thalys|Italo|Nightjet|Snälltåget|Glacier Express|
Bernina Express|Victor Hugo TGV|Molière TGV|Jules Verne service"""),
    "software": _s("""Jenkins|Hudson|Jarvis|Alexa|Siri|Cortana|Watson|Ada|Julia|Pascal|Haskell|
Eiffel|
Ruby|Erlang|Django|Flask|Sphinx|Celery|Jinja|Gunicorn|Hugo|Jekyll|Gatsby|Sinatra|Elixir|
Phoenix|Ansible|Travis CI|Dependabot|Renovate|Hubot|Marvin|Ernie|BERT|RoBERTa|ALBERT|ELMo|
Llama|Mistral|Falcon|Buzz|Rex|Hamm|Slink|Woody|Sarge|Etch|Lenny|Squeeze|Wheezy|Jessie|
Stretch|Buster|Bullseye|Bookworm|Trixie|Forky|Ampere|Turing|Volta|Kepler|Maxwell|Fermi|
Hopper|Blackwell|Lovelace|Grace Hopper superchip|Tesla GPU|Caffe|Theano|Keras|Clojure|
Scala|Dart|Bash|Korn shell|Bourne shell|Zsh|Emacs|Vim|Neovim|Jupyter|Beatrix|Mabel bot|
Sherlock bot|Sir Bot-a-lot|Clippy|Bonzi|Alfred|Jasper|Otto|Bruno|Maven|Gradle|Ivy|Leiningen|
Homebrew|Chocolatey|Kubernetes|Helm|Argo|Harbor|Jaeger|Zipkin|Kafka|Cassandra|Hadoop|
Hive|Pig|Oozie|Zookeeper|Solr|Lucene|Nutch|Tika|Camel|Karaf|Felix|Geronimo|Tomcat|Jetty|
Nginx|Apache|Varnish|Traefik|Envoy|Caddy|Gitea|Gogs|Forgejo|Mercurial|Bazaar|Darcs|Pijul|
Sentry|Grafana|Kibana|Loki|Tempo|Mimir|Prometheus|Thanos|Cortex|Nagios|Zabbix|Icinga|Monit"""),
    "storms": _s("""Storm Ciarán|Storm Babet|Storm Arwen|Storm Eunice|Storm Franklin|Storm Dudley|
Storm Ophelia|Hurricane Katrina|Hurricane Sandy|Hurricane Harvey|Hurricane Irma|
Hurricane Maria|Hurricane Ian|Hurricane Helene|Hurricane Milton|Typhoon Haiyan|
Cyclone Idai|Storm Agnes|Storm Bert|Storm Caroline|Storm Dennis|Storm Ellen|Storm Francis|
Storm Gerrit|Storm Henk|Storm Isha|Storm Jocelyn|Storm Kathleen|Storm Lilian|Storm Darragh|
Storm Éowyn|Storm Floris|Storm Amy|Storm Brian|Storm Doris|Storm Ewan|Storm Gareth|
Storm Hannah|Storm Ali|Storm Callum|Storm Deirdre|Storm Erik|Storm Freya|Storm Atiyah|
Storm Brendan|Storm Ciara|Storm Jorge|Storm Alex|Storm Aiden|Storm Bella|Storm Christoph|
Storm Evert|Storm Malik|Storm Corrie|Storm Otto|Storm Noa|Storm Antoni|Storm Betty|
Hurricane Andrew|Hurricane Camille|Hurricane Hugo|Hurricane Mitch|Hurricane Wilma|
Hurricane Rita|Hurricane Ike|Hurricane Dorian|Hurricane Laura|Hurricane Ida|Hurricane Beryl|
Hurricane Otis|Hurricane Fiona|Hurricane Lee|Hurricane Idalia|Hurricane Florence|
Hurricane Michael|Typhoon Mangkhut|Typhoon Hagibis|Cyclone Tracy|Cyclone Nargis|
Cyclone Amphan|Cyclone Freddy|Tropical Storm Allison|Tropical Storm Erin|Cyclone Gabrielle"""),
    "media": _s("""Captain Haddock|Captain Hook|Captain America|Doctor Who|Mr. Bean|Mrs. Doubtfire|
Mr. Darcy|Sherlock Holmes|Hercule Poirot|Miss Marple|Harry Potter|Hermione Granger|
Bridget Jones|Peppa Pig|Paddington|Postman Pat|Bob the Builder|Fireman Sam|
Dora the Explorer|Mr Men|Homer Simpson|Lisa Simpson|Ted Lasso|Frasier|Seinfeld|Columbo|
Magnum|Kojak|Mary Poppins|Willy Wonka|Forrest Gump|Jerry Maguire|Annie Hall|Tom Sawyer|
Huckleberry Finn|Oliver Twist|Jane Eyre|Emma|Anna Karenina|Madame Bovary|Don Quixote|
Lady Macbeth|King Lear|Hamlet|Romeo and Juliet|Captain Nemo|Captain Ahab|Captain Kirk|
Captain Jack Sparrow|Captain Pugwash|Captain Underpants|Captain Marvel|Doctor Strange|
Doctor Foster|Dr. Quinn|Dr. Zhivago|Mr. Tumnus|Mrs. Brown's Boys|Mrs Dalloway|
Miss Havisham|Lady Bracknell|Sir Topham Hatt|Lord Voldemort|Ebenezer Scrooge|
Jay Gatsby|Atticus Finch|Holden Caulfield|Lisbeth Salander|Jack Reacher|Jason Bourne|
James Bond|Indiana Jones|Lara Croft|Mario|Luigi|Princess Peach|Sonic|Tintin|Asterix|
Obelix|Heidi|Pippi Longstocking|Matilda|Charlie Bucket|Winnie-the-Pooh|Christopher Robin|
Peter Rabbit|Noddy|Big Ears|Shaun the Sheep|Wallace and Gromit|Fawlty Towers|Basil Fawlty|
Alan Partridge|David Brent|Gavin and Stacey|Mrs Hinch|Uncle Buck|Aunt Petunia|
Desert Island Discs|Ask Aunt Agony|Dear Prudence|Serial|Mark Twain|George Eliot|
Lewis Carroll|George Orwell|Dr. Seuss|Lemony Snicket|Currer Bell|Acton Bell|Boz|Saki|
O. Henry|Banksy|John le Carré|Robert Galbraith|Mary Westmacott|Richard Bachman|
Ellery Queen|Nancy Drew|Carolyn Keene|Franklin W. Dixon|Hardy Boys|Rab C. Nesbitt|
Father Ted|Mrs Mills|Mr Blobby|Doctor Frankenstein|Frankenstein's monster|Dracula"""),
}

# Eponyms (people of history or fiction) behind buildings, wards, prizes and the like.
EPONYMS = _s("""Churchill|Nightingale|Darwin|Newton|Faraday|Brunel|Austen|Dickens|Shakespeare|
Lovelace|Turing|Pankhurst|Seacole|Attlee|Bevan|Keynes|Wilberforce|Wesley|Cavell|Fleming|
Lister|Jenner|Harvey|Hunter|Rutherford|Maxwell|Kelvin|Curie|Einstein|Pasteur|Mandela|
Gandhi|Lincoln|Jefferson|Franklin|Roosevelt|Kennedy|Carnegie|Rockefeller|Nobel|Rhodes|
Fulbright|Marshall|Wolfson|Nuffield|Wellcome|Beveridge|Bentham|Locke|Hume|Wren|
Hawksmoor|Telford|Stephenson|Tennyson|Wordsworth|Byron|Shelley|Keats|Milton|Chaucer|
Elgar|Purcell|Handel|Britten|Holst|Tolkien|Orwell|Woolf|Brontë|Kipling|Livingstone|Drake|
Raleigh|Nelson|Hodgkin|Crick|Hawking|Attenborough|Goodall|Sagan|Feynman|Bohr|Planck|
Hubble|Galileo|Kepler|Copernicus|Tesla|Edison|Marconi|Babbage|Boole|Hopper|Lamarr|
Meitner|Noether|Germain|Montessori|Froebel|Dewey|Piaget|Mendel|Linnaeus|Humboldt|Goethe|
Schiller|Beethoven|Mozart|Bach|Chopin|Liszt|Dvořák|Sibelius|Grieg|Nansen|Amundsen|
Shackleton|Mawson|Hillary|Tenzing|Cook|Banks|Flinders|Cabot|Hudson|Magellan|Columbus|
Tubman|Douglass|Parks|Luther King|Baldwin|Angelou|Morrison|Hurston|Du Bois|Carver|Salk|
Sabin|Osler|Apgar|Cushing|Mayo|Barnard|Semmelweis|Koch|Ehrlich|Virchow|Ramón y Cajal|
Avicenna|Averroes|Al-Khwarizmi|Ibn Sina|Tagore|Ramanujan|Raman|Bose|Saha|Bhabha|Sarabhai|
Kalam|Yukawa|Tomonaga|Noguchi|Kitasato|Confucius|Mencius|Sun Yat-sen|Lu Xun|Nkrumah|
Kenyatta|Nyerere|Achebe|Soyinka|Wangari Maathai|Tutu|Sobukwe|Biko|Mahfouz|Rumi|Hafez""")
SAINTS = _s("""Mary|John|Peter|Paul|Andrew|George|Patrick|David|Michael|Luke|Mark|Matthew|Thomas|
James|Anne|Catherine|Margaret|Bride|Columba|Aidan|Cuthbert|Hilda|Swithun|Dunstan|Alban|
Oswald|Edmund|Chad|Francis|Clare|Teresa|Joseph|Nicholas|Stephen|Lawrence|Agnes|Barnabas|
Benedict|Bernadette|Brigid|Helen|Giles|Martin|Leonard|Bartholomew|Botolph|Dominic|Ignatius|
Vincent|Monica|Augustine|Ambrose|Jerome|Cecilia|Lucy|Agatha|Winifred|Etheldreda|Wilfrid|
Bede|Kentigern|Mungo|Ninian|Piran|Petroc|Illtud|Teilo|Kevin|Brendan|Declan|Finbarr|Kilian""")
GIVEN_THINGS = _s("""Bella|Max|Luna|Charlie|Daisy|Milo|Oscar|Poppy|Teddy|Alfie|Rosie|Bailey|Archie|
Ruby|Buster|Molly|Winston|Dexter|Percy|Nala|Simba|Loki|Biscuit|Pickles|Mabel|Otis|Ziggy|
Frankie|Stanley|Monty|Reggie|Bruno|Lola|Coco|Peggy|Dolly|Rocco|Barney|Gus|Hector|Maisie|
Bertie|Dotty|Hattie|Nellie|Queenie|Tilly|Bonnie|Clyde|Fergus|Rufus|Murphy|Toby|Benji|
Sukie|Pippa|Kiki|Roxy|Duke|Rex|Sasha|Zeus|Apollo|Athena|Cleo|Juno|Willow|Pepper|Marley""")
