"""Things named like people, or carrying a person's name, for `train_j`: never labelled.

Written by hand from its author's head (blind: only `pii_corpus/__init__.py` and
`validity.py` were read). Each category is a "|"-separated list. None of them is a street,
venue, stadium or other place, and none holds a place name: a prompt that mentions one of
these holds no person and no place because of it. The words of these things are the words a
clean prompt may hold even where they are also given or family names (`THING_WORDS`).
"""

from __future__ import annotations

import re


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split("|") if t.strip())


_HOST_NAMES = (
    "jenkins hopper turing lovelace curie tesla einstein feynman noether gauss euler"
    " bohr fermi kepler volta ampere pascal dirac planck hubble galileo newton"
    " darwin mendel hawking shannon knuth dijkstra ritchie thompson torvalds babbage"
    " boole cantor hilbert ramanujan"
).split()
_HOST_SUFFIXES = (
    "ci-02 gpu-04 dev-1 a100-2 db-03 rack-5 login-1 gpu-12 db-primary hpc-01 n07"
    " login-2 node-3 gpu-7 worker-02 14 build-3 gpu-01 cache-2 ingest-1 edge-04"
    " batch-9 stage-1 lab-2 gpu-22 kafka-1 docs-1 router-3 build-8 mail-relay-1"
    " runner-5 vault-2 replica-2 etl-1 analytics-3 spark-4"
).split()

THINGS: dict[str, tuple[str, ...]] = {
    # libraries, tools, languages and frameworks named like people
    "lib": _split(
        "Jenkins | Hudson | Kafka | Cassandra | Django | Celery | Gunicorn | Sinatra | Jasmine |"
        " Mocha | Karma | Jest | Ansible | Nomad | Consul | Grafana | Kibana | Prometheus |"
        " Jaeger | Zipkin | Hugo | Jekyll | Gatsby | Ember | Marko | Aurelia | Sentry |"
        " Cypress | Selenium | Puppeteer | Mercurial | Bokeh | Seaborn | Altair | Luigi |"
        " Dagster | Kedro | Dask | Numba | Pyro | Stan | Edward | Arrow | Polars | Pydantic |"
        " Marshmallow | Hypothesis | Faust | Nikola | Pelican | Sphinx | Tornado | Falcon |"
        " Sanic | Starlette | Ada | Julia | Pascal | Haskell | Erlang | Kotlin | Eiffel |"
        " Clojure | Elixir | Scala | Godot | Blender | Rufus | Homer | Alfred | Bazel | Otto |"
        " Sherlock | Watson | Wagtail | Jinja | Mako | Genshi | Dexter | Maven | Gradle"
    ),
    # AI assistants, chatbots and bots
    "bot": _split(
        "Alexa | Siri | Cortana | Bixby | Clippy | Jarvis | Jeeves | Marvin | Dobby | Bender |"
        " Baymax | Rosie | Hubot | Probot | Dependabot | Renovate | Mergify | Otto | Einstein |"
        " Erica | Claude | Gemini | Copilot | Devin | Watson | Ernie | Grover | Tars | Kitt |"
        " Friday | Karen | Edith | Sophia | Ameca | Pepper | Nao | Mitsuku | Eliza | Parry |"
        " Jabberwacky | Tay | Xiaoice | Replika | Mona | Lenny"
    ),
    # ML models named like people or characters
    "model": _split(
        "BERT | RoBERTa | ALBERT | DistilBERT | ELMo | ERNIE | Grover | BigBird | Marian |"
        " Llama | Mistral | Falcon | Dolly | Gemma | Orca | Zephyr | Hermes | Olmo | Grok |"
        " Whisper | Codex | Chinchilla | Gopher | Megatron | Galactica | Vicuna | Alpaca |"
        " Jamba | Phi | Aya | Bloom | Pythia | Cerebras-GPT | Starling | Tulu | Qwen"
    ),
    # codenames of projects, releases and services
    "codename": _split(
        "Athena | Apollo | Artemis | Orion | Hermes | Juno | Minerva | Persephone | Odin |"
        " Freya | Thor | Loki | Baldur | Frigg | Osiris | Anubis | Pandora | Medusa | Achilles |"
        " Hector | Ajax | Ulysses | Penelope | Cassandra | Electra | Calypso | Circe | Orpheus |"
        " Mercury | Neptune | Vesta | Janus | Aurora | Luna | Gaia | Titan | Atlas | Kronos |"
        " Jessie | Lenny | Woody | Buster | Bullseye | Bookworm | Trixie | Wheezy | Sid | Etch |"
        " Sarge | Hamm | Rex | Slink | Jasper | Nightingale | Bluebird | Kestrel | Blackbird |"
        " Magellan | Galileo | Copernicus | Kepler | Hubble | Cassini | Huygens | Curiosity |"
        " Voyager | Pioneer | Columbus | Shackleton | Amundsen | Darwin | Mendel | Tesla"
    ),
    # algorithms, methods and data structures named after people
    "algo": _split(
        "Dijkstra's algorithm | Kalman filter | Bloom filter | Fourier transform |"
        " Huffman coding | Levenshtein distance | Markov chain | Newton's method |"
        " Euler's method | Runge-Kutta | Boyer-Moore search | Floyd-Warshall | Bellman-Ford |"
        " Prim's algorithm | Kruskal's algorithm | Tarjan's algorithm | Hamming distance |"
        " Reed-Solomon code | Lamport timestamps | Viterbi algorithm | Cholesky decomposition |"
        " Gram-Schmidt | Gauss-Seidel | Jacobi iteration | Lanczos resampling |"
        " Householder reflection | Fisher-Yates shuffle | Knuth shuffle |"
        " Bresenham's line algorithm | Diffie-Hellman | Bezier curve | Catmull-Rom spline |"
        " Phong shading | Gouraud shading | Perlin noise | Voronoi diagram |"
        " Delaunay triangulation | Mandelbrot set | Turing machine | von Neumann architecture |"
        " Game of Life | Adam optimizer | Nesterov momentum | Xavier initialization |"
        " Glorot initialization | Kaiming initialization | Boltzmann machine |"
        " Hopfield network | Kohonen map | Hebbian learning | Jaccard index |"
        " Kullback-Leibler divergence | Wasserstein distance | Sinkhorn iterations |"
        " Nelder-Mead | Levenberg-Marquardt | Gibbs sampling | Metropolis-Hastings |"
        " Bellman equation | Lloyd's algorithm | Kosaraju's algorithm | Karatsuba multiplication |"
        " Strassen multiplication | Cooley-Tukey FFT | Rabin-Karp | Aho-Corasick | Fenwick tree"
    ),
    # CamelCase identifiers and class names
    "camel": _split(
        "DijkstraRouter | KalmanFilter | BloomFilter | FourierTransform | HuffmanEncoder |"
        " LevenshteinDistance | MarkovChain | BayesClassifier | PoissonSampler | GaussianBlur |"
        " NewtonRaphsonSolver | EulerIntegrator | RungeKutta4 | BoyerMooreSearch | FloydWarshall |"
        " BellmanFord | TarjanSCC | HammingCode | ReedSolomonCodec | LamportClock |"
        " ViterbiDecoder | CholeskySolver | LaplaceSmoother | WelfordVariance | FisherYatesShuffle |"
        " ShannonEntropy | DiffieHellmanExchange | GaloisField | HilbertCurve | MortonCode |"
        " PoincareEmbedding | TuringTestHarness | LovelaceScheduler | HopperQueue | CurieExporter |"
        " NoetherInvariant | FeynmanCache | TeslaCoilSim | BoltzmannSampler | FibonacciHeap |"
        " PascalTriangle | ErdosGraph | KnuthShuffle | AdaBoostRegressor | WeibullFit"
    ),
    # laws, principles and effects named after people
    "law": _split(
        "Murphy's law | Hofstadter's law | Brooks's law | Conway's law | Goodhart's law |"
        " Parkinson's law | Metcalfe's law | Moore's law | Amdahl's law | Gustafson's law |"
        " Little's law | Postel's law | Linus's law | Wirth's law | Zipf's law | Benford's law |"
        " Hyrum's law | Sturgeon's law | Godwin's law | Poe's law | Betteridge's law |"
        " Pareto principle | Peter principle | Dilbert principle | Occam's razor |"
        " Hanlon's razor | Dunning-Kruger effect | Hawthorne effect | Streisand effect |"
        " Ohm's law | Hooke's law | Kirchhoff's laws | Faraday's law | Lenz's law |"
        " Coulomb's law | Boyle's law | Charles's law | Gauss's law | Snell's law | Fick's law |"
        " Newton's third law | Kepler's laws | Bernoulli's principle | Archimedes' principle |"
        " Pascal's law | Heisenberg uncertainty principle | Pauli exclusion principle |"
        " Doppler effect | Raman scattering | Compton scattering | Zeeman effect | Hall effect |"
        " Seebeck effect | Peltier effect | Joule heating | Le Chatelier's principle"
    ),
    # theorems, equations, numbers and constants
    "theorem": _split(
        "Pythagorean theorem | Fermat's Last Theorem | Bayes' theorem | Noether's theorem |"
        " Gödel's incompleteness theorems | Stokes' theorem | Green's theorem |"
        " Cauchy-Schwarz inequality | Jensen's inequality | Chebyshev's inequality |"
        " Markov's inequality | Hoeffding's inequality | Rolle's theorem | Taylor series |"
        " Maclaurin series | Fourier series | Laplace transform | Navier-Stokes equations |"
        " Schrödinger equation | Maxwell's equations | Arrhenius equation |"
        " Michaelis-Menten kinetics | Henderson-Hasselbalch equation | Nernst equation |"
        " Hardy-Weinberg equilibrium | Lotka-Volterra equations | Nyquist-Shannon theorem |"
        " Riemann hypothesis | Poincaré conjecture | Goldbach conjecture | Collatz conjecture |"
        " Euler's identity | Fibonacci sequence | Pascal's triangle | Möbius strip |"
        " Klein bottle | Sierpinski triangle | Koch snowflake | Cantor set | Hilbert space |"
        " Banach space | Sobolev space | Dirac delta | Kronecker delta | Levi-Civita symbol |"
        " Hermitian matrix | Jacobian | Hessian | Laplacian | Lagrangian | Hamiltonian |"
        " Christoffel symbols | Reynolds number | Mach number | Prandtl number |"
        " Nusselt number | Avogadro's number | Planck constant | Boltzmann constant |"
        " Hubble constant | Feynman diagram | Higgs boson | Cooper pair |"
        " Bose-Einstein condensate | Carnot cycle | Rankine cycle | Brayton cycle | Otto cycle"
    ),
    # statistics tests and measures
    "stat": _split(
        "Student's t-test | Welch's t-test | Mann-Whitney U test | Wilcoxon signed-rank test |"
        " Kruskal-Wallis test | Kolmogorov-Smirnov test | Shapiro-Wilk test |"
        " Fisher's exact test | Bonferroni correction | Tukey's HSD | Cohen's kappa |"
        " Cronbach's alpha | Kaplan-Meier estimator | Cox regression | Poisson distribution |"
        " Gaussian distribution | Bernoulli trial | Weibull distribution | Cauchy distribution |"
        " Dirichlet prior | Pearson correlation | Spearman's rho | Kendall's tau |"
        " Mahalanobis distance | Chebyshev distance | Euclidean distance | Gini coefficient |"
        " Benjamini-Hochberg procedure | Durbin-Watson statistic | Box-Cox transform"
    ),
    # units named after people (as written in measurements)
    "unit": _split(
        "newtons | pascals | kilopascals | joules | kilojoules | watts | megawatts | volts |"
        " millivolts | amperes | milliamps | ohms | kilohms | coulombs | farads | microfarads |"
        " henries | teslas | millitesla | webers | siemens | kelvin | hertz | gigahertz |"
        " becquerels | grays | sieverts | millisieverts | degrees Celsius | degrees Fahrenheit |"
        " angstroms | gauss | maxwells | oersteds | debyes | daltons | kilodaltons | curies |"
        " roentgens | decibels"
    ),
    # instruments, lab kit and apparatus
    "instrument": _split(
        "Bunsen burner | Erlenmeyer flask | Büchner funnel | Liebig condenser |"
        " Pasteur pipette | Petri dish | Geiger counter | Soxhlet extractor | Schlenk line |"
        " Dewar flask | Vernier caliper | Bourdon gauge | Pitot tube | Venturi meter |"
        " Wheatstone bridge | Tesla coil | Faraday cage | Fresnel lens | Cassegrain telescope |"
        " Foucault pendulum | Van de Graaff generator | Rubens tube | Helmholtz coil |"
        " Kelvin bridge | Josephson junction | Stirling engine | Diesel engine | Gilson pipette |"
        " Eppendorf tube | Falcon tube | Hamilton syringe | Neubauer chamber | Abbe refractometer |"
        " Kipp generator | Dean-Stark trap | Thiele tube | Hirsch funnel | Mohr burette"
    ),
    # lab methods and stains
    "method": _split(
        "Gram stain | Ziehl-Neelsen stain | Western blot | Southern blot | Sanger sequencing |"
        " Kjeldahl method | Bradford assay | Lowry assay | Kirby-Bauer test | Grignard reaction |"
        " Diels-Alder reaction | Friedel-Crafts acylation | Wittig reaction | Suzuki coupling |"
        " Heck reaction | Fischer esterification | Williamson ether synthesis |"
        " Michael addition | Claisen condensation | Haber process | Bosch reaction |"
        " Karl Fischer titration | Edman degradation | Merrifield synthesis | Miller-Urey setup"
    ),
    # diseases, syndromes and signs named after people
    "disease": _split(
        "Alzheimer's disease | Parkinson's disease | Huntington's disease | Crohn's disease |"
        " Addison's disease | Cushing's syndrome | Graves' disease | Hashimoto's thyroiditis |"
        " Hodgkin lymphoma | Kaposi sarcoma | Tourette syndrome | Asperger syndrome |"
        " Down syndrome | Guillain-Barré syndrome | Sjögren's syndrome | Raynaud's phenomenon |"
        " Bell's palsy | Ménière's disease | Marfan syndrome | Ehlers-Danlos syndrome |"
        " Turner syndrome | Klinefelter syndrome | Wilson's disease | Paget's disease |"
        " Tay-Sachs disease | Creutzfeldt-Jakob disease | Lou Gehrig's disease |"
        " Osgood-Schlatter disease | Dupuytren's contracture | Barrett's oesophagus |"
        " Hirschsprung disease | Munchausen syndrome | Reye's syndrome |"
        " Wernicke's encephalopathy | Korsakoff syndrome | Broca's aphasia | Horner's syndrome |"
        " Stevens-Johnson syndrome | Wolff-Parkinson-White syndrome | Brugada syndrome |"
        " Takayasu arteritis | Buerger's disease | Burkitt lymphoma | Ewing sarcoma |"
        " Wilms tumour | Pancoast tumour | tetralogy of Fallot | Eisenmenger syndrome |"
        " Conn's syndrome | Zollinger-Ellison syndrome | Gilbert's syndrome |"
        " Meckel's diverticulum | Charcot foot | Cheyne-Stokes breathing | Kussmaul breathing |"
        " Babinski sign | Murphy's sign | Trousseau's sign | Chvostek's sign | Kernig's sign"
    ),
    # procedures, manoeuvres, scores and devices in medicine
    "procedure": _split(
        "Whipple procedure | Nissen fundoplication | Billroth II | Roux-en-Y bypass |"
        " Hartmann's procedure | Kasai procedure | Fontan procedure | Ross procedure |"
        " Bentall procedure | Mohs surgery | Caesarean section | Heimlich manoeuvre |"
        " Valsalva manoeuvre | Epley manoeuvre | Trendelenburg position | Apgar score |"
        " Gleason score | Breslow depth | Snellen chart | Ishihara test | Rinne test |"
        " Weber test | Romberg test | Mantoux test | Coombs test | Pap smear | Guthrie test |"
        " Foley catheter | Swan-Ganz catheter | Hickman line | Holter monitor |"
        " Doppler ultrasound | Ambu bag | Guedel airway | Macintosh laryngoscope |"
        " Yankauer suction | Kocher clamp | Metzenbaum scissors | Allis forceps |"
        " Babcock forceps | Kelly clamp | Deaver retractor | Balfour retractor | Gigli saw |"
        " Steinmann pin | Kirschner wire | Thomas splint | Jamshidi needle | Tenckhoff catheter |"
        " Ryles tube | Venturi mask | Hudson mask | Wood's lamp | Seldinger technique"
    ),
    # anatomy named after people
    "anatomy": _split(
        "Achilles tendon | Adam's apple | bundle of His | loop of Henle | circle of Willis |"
        " islets of Langerhans | Eustachian tube | Fallopian tube | Purkinje fibres |"
        " Schwann cells | Kupffer cells | Leydig cells | Sertoli cells | Golgi apparatus |"
        " Broca's area | Wernicke's area | Lewy bodies | Reed-Sternberg cells | Auer rods |"
        " Howell-Jolly bodies | Heinz bodies | Bence Jones protein | Meissner corpuscles |"
        " Pacinian corpuscles | Bowman's capsule | Peyer's patches | Haversian canals"
    ),
    # finance: indices, funds and firms named after people
    "fund": _split(
        "Dow Jones Industrial Average | Russell 2000 | Nikkei 225 | Hang Seng |"
        " Morgan Stanley | Goldman Sachs | JPMorgan | Charles Schwab | Merrill Lynch |"
        " Lehman Brothers | Wells Fargo | Edward Jones | T. Rowe Price | Franklin Templeton |"
        " Baillie Gifford | Schroders | Warburg Pincus | Vanguard | Fidelity | Janus Henderson"
    ),
    # finance and economics: rules, ratios, models and theorems named after people
    "econ": _split(
        "Volcker rule | Sarbanes-Oxley | Dodd-Frank | Glass-Steagall | Taylor rule |"
        " Sharpe ratio | Sortino ratio | Treynor ratio | Kelly criterion | Black-Scholes model |"
        " Gordon growth model | Fama-French model | Markowitz frontier | Herfindahl index |"
        " Laffer curve | Phillips curve | Lorenz curve | Engel curve | Giffen good |"
        " Veblen good | Ponzi scheme | Fibonacci retracement | Bollinger Bands | Elliott wave |"
        " Dow theory | Macaulay duration | Jensen's alpha | Modigliani-Miller theorem |"
        " Coase theorem | Arrow's impossibility theorem | Nash equilibrium | Pigouvian tax |"
        " Tobin's q | Keynesian multiplier"
    ),
    # sports trophies (not stadiums)
    "trophy": _split(
        "Stanley Cup | Ryder Cup | Davis Cup | Webb Ellis Cup | Larry O'Brien Trophy |"
        " Vince Lombardi Trophy | Heisman Trophy | Claret Jug | Jules Rimet Trophy |"
        " Ballon d'Or | Walker Cup | Solheim Cup | Curtis Cup | Grey Cup |"
        " Frank Worrell Trophy | Bledisloe Cup | Borg-Warner Trophy | Lady Byng Trophy |"
        " Hart Trophy | Vezina Trophy | Conn Smythe Trophy | James Norris Trophy |"
        " Cy Young Award | Naismith Trophy | Sam Maguire Cup | Liam MacCarthy Cup |"
        " Billie Jean King Cup | Thomas Cup | Uber Cup | Sudirman Cup | Hopman Cup"
    ),
    # awards, prizes, medals and fellowships
    "award": _split(
        "Nobel Prize | Turing Award | Fields Medal | Abel Prize | Pulitzer Prize |"
        " Booker Prize | Hugo Award | Oscar | Emmy | Grammy | Tony Award | Lasker Award |"
        " Wolf Prize | Crafoord Prize | Kavli Prize | Dirac Medal | Copley Medal |"
        " Darwin Medal | Faraday Medal | Rumford Medal | Gödel Prize | Knuth Prize |"
        " Dijkstra Prize | Grace Murray Hopper Award | von Neumann Medal | Shaw Prize |"
        " Templeton Prize | Sakharov Prize | Nansen Refugee Award | Carnegie Medal |"
        " Newbery Medal | Caldecott Medal | Stirling Prize | Pritzker Prize | Turner Prize |"
        " Ivor Novello Award | Olivier Award | Bocuse d'Or | James Beard Award |"
        " Fulbright scholarship | Marshall Scholarship | Humboldt Fellowship |"
        " Marie Curie Fellowship | Darwin Award | Lovelace Medal | Max Planck Medal |"
        " Wollaston Medal | Royal Society Rosalind Franklin Award | Ramon Magsaysay Award"
    ),
    # ships and boats
    "ship": _split(
        "HMS Victory | RMS Titanic | Queen Mary 2 | USS Enterprise | USS Ronald Reagan |"
        " USS Gerald R. Ford | USS Nimitz | USS Harry S. Truman | USS Carl Vinson |"
        " Cutty Sark | Mary Rose | Golden Hind | Santa Maria | Mayflower | Endeavour |"
        " HMS Beagle | Bismarck | Yamato | Vasa | Fram | Kon-Tiki | Calypso |"
        " RRS Sir David Attenborough | RRS Ernest Shackleton | Emma Maersk | Ever Given |"
        " Harmony of the Seas | Queen Anne | Rainbow Warrior | MV Steve Irwin |"
        " Flying Dutchman | Black Pearl | Nautilus | Pequod | Nostromo | Rocinante |"
        " Millennium Falcon | Serenity | Sir Winston Churchill | Astrid | Christian Radich |"
        " Statsraad Lehmkuhl | Alexander von Humboldt | Gorch Fock | Amerigo Vespucci"
    ),
    # named storms
    "storm": _split(
        "Hurricane Katrina | Hurricane Sandy | Hurricane Harvey | Hurricane Maria |"
        " Hurricane Ian | Hurricane Irma | Hurricane Andrew | Hurricane Ida | Hurricane Dorian |"
        " Hurricane Wilma | Hurricane Rita | Hurricane Otis | Typhoon Haiyan | Typhoon Hagibis |"
        " Cyclone Idai | Cyclone Freddy | Cyclone Gabrielle | Cyclone Tracy | Storm Eunice |"
        " Storm Arwen | Storm Babet | Storm Isha | Storm Dennis | Storm Ophelia |"
        " Storm Desmond | Storm Gerrit | Storm Jocelyn | Storm Henk | Storm Agnes |"
        " Hurricane Beryl | Hurricane Helene | Hurricane Milton | Tropical Storm Alberto |"
        " Hurricane Hugo | Hurricane Camille | Hurricane Gilbert | Storm Ciarán | Storm Bert"
    ),
    # racehorses
    "horse": _split(
        "Secretariat | Seabiscuit | Red Rum | Frankel | Shergar | Arkle | Desert Orchid |"
        " Kauto Star | Enable | Winx | Black Caviar | Makybe Diva | Phar Lap | Sea the Stars |"
        " American Pharoah | Justify | Zenyatta | Man o' War | War Admiral | Denman |"
        " Tiger Roll | Best Mate | Istabraq | Golden Miller | Nijinsky | Mill Reef |"
        " Brigadier Gerard | Dancing Brave | Hurricane Fly | Sprinter Sacre"
    ),
    # brands, makers and shops named after people or looking like names
    "brand": _split(
        "Ford | Tesla | Ferrari | Porsche | Lamborghini | Bugatti | Citroën | Peugeot |"
        " Renault | Honda | Dell | Hewlett-Packard | Siemens | Bosch | Philips | Miele |"
        " Dyson | Boeing | Disney | McDonald's | Wendy's | Kellogg's | Heinz | Cadbury |"
        " Nestlé | Hershey's | Ben & Jerry's | Dr Pepper | Jack Daniel's | Johnnie Walker |"
        " Jim Beam | Captain Morgan | Tia Maria | Baileys | Jameson | Guinness | Heineken |"
        " Carlsberg | Tim Hortons | Sara Lee | Betty Crocker | Papa John's | Little Caesars |"
        " Gucci | Prada | Versace | Armani | Chanel | Dior | Givenchy | Hermès |"
        " Louis Vuitton | Yves Saint Laurent | Ralph Lauren | Tommy Hilfiger | Hugo Boss |"
        " Marc Jacobs | Michael Kors | Kate Spade | Ted Baker | Paul Smith | Fred Perry |"
        " Ericsson | Olivetti | Marconi | Westinghouse | Lockheed Martin | Northrop Grumman |"
        " Rolls-Royce | Bentley | Aston Martin | McLaren | Mercedes-Benz | Chrysler | Dodge |"
        " Chevrolet | Opel | Škoda | Michelin | Goodyear | Pirelli | Dunlop | Hoover |"
        " Kenwood | Braun | Gillette | Colgate | Procter & Gamble | Johnson & Johnson |"
        " Levi's | Wrangler | Helly Hansen | Marks & Spencer | Sainsbury's | Morrisons |"
        " Harrods | Selfridges | John Lewis | Barnes & Noble | Walgreens | Trader Joe's |"
        " Macy's | Nordstrom | Kroger | Denny's | Arby's | Carl's Jr. | Popeyes |"
        " Farrow & Ball | Sherwin-Williams | Benjamin Moore | Estée Lauder | Elizabeth Arden |"
        " Max Factor | Mary Kay | Bobbi Brown | Charlotte Tilbury | Laura Mercier"
    ),
    # fictional characters, heroes, agents and mascots
    "character": _split(
        "Sherlock Holmes | Dr Watson | Hercule Poirot | Miss Marple | James Bond |"
        " Jason Bourne | Jack Reacher | Harry Potter | Hermione Granger | Frodo Baggins |"
        " Gandalf | Luke Skywalker | Darth Vader | Han Solo | Indiana Jones | Lara Croft |"
        " Mario | Luigi | Princess Peach | Zelda | Sonic | Pikachu | Master Chief | Kratos |"
        " Nathan Drake | Captain America | Tony Stark | Peter Parker | Bruce Wayne |"
        " Clark Kent | Wonder Woman | Homer Simpson | Bart Simpson | SpongeBob | Mickey Mouse |"
        " Donald Duck | Winnie the Pooh | Paddington | Peppa Pig | Shrek | Elsa | Moana |"
        " Mulan | Aladdin | Simba | Buzz Lightyear | Forrest Gump | Atticus Finch |"
        " Elizabeth Bennet | Mr Darcy | Jay Gatsby | Captain Ahab | Ebenezer Scrooge |"
        " Oliver Twist | Huckleberry Finn | Tom Sawyer | Pippi Longstocking | Tintin | Asterix |"
        " Obelix | Naruto | Goku | Totoro | Doraemon | Agent Smith | Neo | Morpheus |"
        " Ethan Hunt | Jack Ryan | George Smiley | Lisbeth Salander | Inspector Clouseau |"
        " Inspector Morse | Columbo | Walter White | Don Draper | Ted Lasso | Jon Snow |"
        " Tyrion Lannister | Rick Deckard | Ellen Ripley | Sarah Connor | HAL 9000 |"
        " Arthur Dent | Zaphod Beeblebrox | Hari Seldon | Paul Atreides | Ender Wiggin |"
        " Captain Kirk | Spock | Jean-Luc Picard | Kathryn Janeway | Gordon Freeman | GLaDOS |"
        " Solid Snake | Samus Aran | Professor Layton | Alan Wake | Max Payne | Duke Nukem |"
        " Ronald McDonald | Colonel Sanders | Tony the Tiger | Mr. Clean | Mr. Peanut |"
        " Chester Cheetah | Bibendum | Wally | Dilbert | Garfield | Snoopy | Charlie Brown"
    ),
    # games named after people
    "game": _split(
        "Sid Meier's Civilization | Tom Clancy's Rainbow Six | Madden NFL |"
        " Tony Hawk's Pro Skater | Leisure Suit Larry | Sam & Max | Crash Bandicoot |"
        " Banjo-Kazooie | Kirby | Cooking Mama | Jak and Daxter | Ratchet & Clank |"
        " Mario Kart | Luigi's Mansion | Donkey Kong | Spyro | Rayman | Alan Wake 2"
    ),
    # dishes, drinks, cocktails, cheeses and fruit varieties
    "food": _split(
        "Caesar salad | Eggs Benedict | Beef Stroganoff | Peach Melba | Pavlova |"
        " pizza Margherita | Carpaccio | Bellini | Earl Grey tea | Bloody Mary | Tom Collins |"
        " Shirley Temple | Arnold Palmer | Rob Roy | Harvey Wallbanger | Margarita | Negroni |"
        " Garibaldi biscuits | Madeleines | Crêpes Suzette | Oysters Rockefeller |"
        " Lobster Thermidor | Chicken Tetrazzini | Fettuccine Alfredo | Nachos |"
        " Granny Smith apples | Pink Lady apples | Cox's Orange Pippin | Bramley apples |"
        " McIntosh apples | Williams pears | Bartlett pears | Brillat-Savarin | Saint Agur |"
        " Stinking Bishop | Baron Bigod | Cornish Yarg | Marco Polo tea | Lady Grey tea |"
        " Sachertorte | Linzer cookies | Napoleon slice | Battenberg cake | Victoria sponge |"
        " Charlotte russe | Reuben sandwich | Sloppy Joe | Oreo | Teddy Grahams"
    ),
    # rose varieties, paint colours, finishes, perfumes and make-up shades
    "colour": _split(
        "Rose Gold | Elephant's Breath | Cornforth White | Skimming Stone | Mole's Breath |"
        " Setting Plaster | Tiffany Blue | International Klein Blue | Hooker's green |"
        " Payne's grey | Van Dyke brown | Davy's grey | Perkin's mauve | Scheele's green |"
        " Titian red | Alice Blue | Dusty Rose | Amber | Jade | Ruby | Hazel | Ivy Green |"
        " Heather Grey | Violet | Lily White | Pearl White | Guards Red | Rosso Corsa |"
        " Gertrude Jekyll rose | Graham Thomas rose | Darcey Bussell rose |"
        " Olivia Rose Austin rose | Munstead Wood rose | Desdemona rose | Gabriel Oak rose |"
        " Chanel No. 5 | Miss Dior | Coco Mademoiselle | Daisy by Marc Jacobs |"
        " Acqua di Giò | Ruby Woo lipstick | Pillow Talk lipstick | Velvet Teddy"
    ),
    # yoga, dance, teaching and work methods named after people
    "style": _split(
        "Iyengar yoga | Bikram yoga | Sivananda yoga | Pilates | Feldenkrais method |"
        " Alexander Technique | Lindy Hop | Foxtrot | Balanchine technique | Cecchetti method |"
        " Vaganova method | Graham technique | Horton technique | Cunningham technique |"
        " Laban movement analysis | Dalcroze eurhythmics | Suzuki method | Kodály method |"
        " Montessori method | Ishikawa diagram | Gantt chart | Deming cycle | Taguchi methods |"
        " Shewhart chart | Eisenhower matrix | Ivy Lee method | Feynman technique |"
        " Socratic method | Maslow's hierarchy | Myers-Briggs | Rorschach test |"
        " Skinner box | Turing test | Bechdel test | Pomodoro technique"
    ),
    # trains and locomotives
    "train": _split(
        "Flying Scotsman | Mallard | Stephenson's Rocket | Thomas the Tank Engine |"
        " Orient Express | Hogwarts Express | Sir Nigel Gresley | Tornado | Evening Star |"
        " Green Arrow | Oliver Cromwell | Blue Peter | Princess Elizabeth"
    ),
    # job titles and roles
    "role": _split(
        "Account Manager | Dean | Provost | Chancellor | Registrar | Bursar | Principal |"
        " Head of Engineering | Staff Engineer | Tech Lead | Scrum Master | Product Owner |"
        " Release Manager | Site Reliability Engineer | Chief Medical Officer | Charge Nurse |"
        " Consultant Cardiologist | Ward Sister | Matron | Senior House Officer | Attending |"
        " Principal Investigator | Lab Manager | Postdoc | Data Protection Officer |"
        " Compliance Officer | Treasurer | Comptroller | Actuary | Underwriter | Quartermaster |"
        " Bosun | First Officer | Purser | Referee | Head Coach | Kit Manager"
    ),
    # holidays and named days
    "holiday": _split(
        "Christmas Eve | Boxing Day | New Year's Day | Easter Monday | Good Friday |"
        " Whit Monday | St. Patrick's Day | Valentine's Day | St. Andrew's Day |"
        " St. David's Day | St. George's Day | St. Nicholas Day | St. Martin's Day |"
        " Guy Fawkes Night | Burns Night | Martin Luther King Jr. Day | Presidents' Day |"
        " Columbus Day | Juneteenth | Thanksgiving | Labor Day | Diwali | Eid al-Fitr |"
        " Hanukkah | Lunar New Year | Holi | Nowruz | Midsummer | Walpurgis Night |"
        " Bastille Day | Mardi Gras | Halloween | Remembrance Day | Anzac Day | Mother's Day |"
        " Father's Day | Pi Day | Star Wars Day | Towel Day | Ada Lovelace Day"
    ),
    # hostnames (scientists' names in lower case, as machines are named)
    "host": tuple(
        f"{n}-{_HOST_SUFFIXES[(i * 3 + j) % len(_HOST_SUFFIXES)]}"
        for i, n in enumerate(_HOST_NAMES)
        for j in range(3)
    ),
    # git branches
    "branch": _split(
        "feature/kalman-filter-tuning | fix/dijkstra-overflow | chore/bump-jenkins-plugins |"
        " feature/alexa-skill | hotfix/cassandra-timeouts | feature/huffman-v2 |"
        " refactor/lovelace-scheduler | feature/ada-support | spike/bayes-ranker |"
        " release/athena-3.2 | fix/hopper-queue-race | feature/turing-test-harness |"
        " bugfix/fourier-window | feature/noether-migrations | exp/boltzmann-sampler"
    ),
    # team, room and squad names
    "team": _split(
        "Team Phoenix | Team Lovelace | Team Hopper | Squad Turing | Curie Room |"
        " Lovelace meeting room | Hopper Room | Turing Room | Franklin Room | Darwin Lab |"
        " Faraday Suite | Babbage Pod | Noether Huddle Space | Ramanujan Room | Tesla Bay |"
        " the Avengers squad | Team Sherlock | Team Jarvis | the Marvin crew | Guild Athena"
    ),
}

ALL_THINGS: tuple[str, ...] = tuple(t for ts in THINGS.values() for t in ts)

THING_WORDS: frozenset[str] = frozenset(
    w.lower() for t in ALL_THINGS for w in re.findall(r"[^\W\d_]+", t)
)
