"""Ambiguous words of `train_s`: Swahili, Japanese, Slavic, Hebrew, Greek, Malay, Chinese and
Korean given and family names that are everyday words or things, with their non-person uses
in Swahili text and, marked `en:`, in English text (format: `train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_SW = """
Imani | w | ~tuna [imani] kwamba mradi utafanikiwa; ~[imani] yetu ni kubwa
Zawadi | w | ~asante kwa [zawadi] nzuri; ~watoto walipata [zawadi] shuleni
Neema | w | ~ni [neema] ya Mungu; ~tumepata [neema] kubwa mwaka huu
Upendo | w | ~[upendo] wa mama hauna mwisho
Amani | w | ~tunaomba [amani] na utulivu; ~mkutano ulimalizika kwa [amani]
Furaha | w | ~tuna [furaha] kubwa leo; ~ilikuwa siku ya [furaha] shuleni
Tumaini | w | ~bado kuna [tumaini] la kupata kazi
Rehema | w | ~tunashukuru kwa [rehema] za Mungu
Subira | w | ~[subira] huvuta heri
Nuru | w | ~[nuru] ya asubuhi iliingia darasani
Bahati | w | ~[bahati] nzuri kwenye mtihani; ~ilikuwa [bahati] mbaya tu
Asali | w | ~chai yenye [asali] tafadhali
Simba | m | ~[simba] alinguruma usiku kucha; en:a bag of [Simba] cement for the wall
Jua | w | ~[jua] ni kali sana leo
Nyota | w | ~[nyota] zinang'aa angani
Mvua | u | ~[mvua] kubwa imenyesha usiku; ~shule ilifungwa kwa sababu ya [mvua]
Faraja | w | ~alipata [faraja] kutoka kwa marafiki
Hodari | m | ~yeye ni mwanafunzi [hodari] sana
Baraka | m | ~tunawatakia [baraka] tele
"""

_WORLD = """
Hikari | w | ~we took the [Hikari] shinkansen to the conference; Hikari fibre broadband
Sora | u | ~the [Sora] video demo ran during lunch; the Sora app
Haru | u | dinner at [Haru Sushi] before the parents evening
Fuyu | w | a fuyu persimmon; ~there is a [fuyu persimmon] in the lunchbox
Yuki | w | the [yuki-onna] story in the folklore class
Hana | w | ~the office [hanami] picnic is on Saturday
Sakura | w | a sakura latte; the [sakura] mochi from the bakery; sakura season
Momo | w | a plate of momo dumplings; ~the canteen serves [momo] on Thursdays
Ai | w | ~the [AI] assistant summarised the meeting; an AI policy for the school; ~the [AI] chatbot answered parents
Mori | f | a memento mori poem; the [memento mori] theme in the essay
Toyota | f | a Toyota Corolla; ~the [Toyota] hybrid needs a service
Kei | u | a kei car; the tiny [kei truck] on the farm
Nori | w | nori sheets for sushi; ~the kids made [nori] rolls in class
Vera | w | aloe vera gel; ~apply [aloe vera] to the sunburn; it:~la [vera] storia della scuola
Mir | m | the Mir space station; ~the [Mir] card was declined
Slava | u | ~the crowd shouted [Slava Ukraini]
Zvezda | w | the Zvezda module; a [Zvezda] model kit for his birthday
Lada | w | a Lada Niva; ~the [Lada] estate broke down again
Sokol | mf | ~the [Sokol] gymnastics club meets on Wednesdays
Kalina | w | ~a [Lada Kalina] is parked in the bay
Rada | w | the Verkhovna Rada; ~the [Verkhovna Rada] passed the law
Duma | f | the State Duma; ~the [State Duma] vote was on the news
Eden | uf | the Eden Project; the school trip to the [Eden Project]; the Garden of Eden
Shalom | m | ~they said [shalom] as they left; a Shalom greeting card
Tikva | w | ~the choir sang [Hatikvah] at the ceremony
Ahava | w | the [Ahava] Dead Sea hand cream
Simcha | m | ~the [simcha] hall is booked for the party
Chaim | m | ~they raised a glass and said [l'chaim]
Carmel | w | a bottle of Carmel wine; the [Carmel] winery tour
Sharon | w | a Sharon fruit; ~the [Sharon fruit] is ripe
Gal | uf | a 5 gal bucket; ~the tank holds [20 gal]; ~she is a real [gal pal]
Zoe | w | a Renault Zoe; ~the [Renault Zoe] is charging in bay four
Melissa | w | melissa tea; a cup of [melissa] tea before bed
Daphne | w | ~the [daphne] shrub by the door smells lovely
Elpida | w | the old [Elpida] memory chips in the server
Chloe | w | a Chloe perfume; ~the [Chloe] handbag was a gift
Sophia | w | the Hagia Sophia; the [Hagia Sophia] project in history
Bintang | m | a Bintang beer; ~two [Bintang] and a juice please
Bunga | w | ~the [bunga raya] in the school garden is red
Park | f | the car park; ~the [car park] is full by eight; ~we went to the [park] after school; a park run
Moon | f | a full moon; ~the kids looked at the [moon] through the telescope; moon cake
Song | mf | a song for assembly; ~the [song] is stuck in my head; song lyrics
Kim | uf | ~we played [Kim's game] at scouts; Kim's game with twenty objects
Fang | f | ~the vet checked the cracked [fang]; a fang tooth
Ming | mf | a Ming vase; the [Ming dynasty] project in history
Tang | f | Tang orange drink; the [Tang dynasty] poetry unit; a sharp [tang] of lemon
Bao | u | bao buns; the [bao] stall at the food market
Wing | mf | chicken wings; the new [wing] of the hospital; the east [wing] of the school
Bang | f | ~the door shut with a [bang]; a big bang; the [Big Bang] lesson in science
Lee | mf | Lee jeans; ~the [Lee] jeans are in the sale; the lee side of the hill
Lin | f | the [linseed] oil for the cricket bat
Aisling | w | the [aisling] poem in Irish class
"""

WORDS = parse(_SW, "sw", "sw") + parse(_WORLD, "en", "world")
