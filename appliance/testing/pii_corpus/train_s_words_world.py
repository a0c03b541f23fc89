"""Ambiguous words of `train_s`: Turkish, Arabic and Hindi given and family names that are
everyday words, with their non-person uses in Turkish text and, marked `en:`, in English text
as it is written in the Gulf or in India (format: `train_s_lexicon`)."""

from __future__ import annotations

from appliance.testing.pii_corpus.train_s_lexicon import parse

_TR = """
Deniz | uf | ~[deniz] bugün çok dalgalı; ~yazın [deniz] kenarına gidiyoruz; [deniz ürünleri] menüsü
  ; en:~the [DenizBank] app is down again
Yıldız | uf | ~otel [beş yıldızlı]; ~gökyüzünde [yıldızlar] parlıyor; ~[yıldız] işaretli alanlar zorunludur
Umut | m | ~hâlâ [umut] var; ~[umut] ediyoruz ki kargo yarın gelir; ~doktor [umut] verici konuştu
Güneş | uf | ~bugün [güneş] çok yakıcı; [güneş kremi]; ~[güneş] doğmadan yola çıktık
  ; ~çocuklara [güneş kremi] sürün
Ay | w | ~[ay] sonunda maaş yatıyor; ~bu [ay] elektrik faturası yüksek geldi; ~bu gece [dolunay] var
Aydın | mfp | ~oda çok [aydınlık]; ~[aydın] bir insan
Bulut | mf | ~[bulut] depolama alanı doldu; ~hava [bulutlu] ama yağmur yok
Yağmur | uf | ~[yağmur] yağınca okul servisi gecikti; ~çocuğun [yağmurluğu] okulda kaldı
Toprak | mf | ~bahçedeki [toprak] kurudu; ~saksıya yeni [toprak] koyduk
Çiçek | wf | ~öğretmene [çiçek] aldık; ~masadaki [çiçekler] soldu
Gül | w | ~bahçedeki [güller] açtı; [gül reçeli]; ~[gül] kokulu sabun bitti
Lale | w | ~parkta [lale] festivali var; ~[laleler] nisanda açar
Nergis | w | ~[nergis] soğanları dikildi
Su | w | ~[su] faturası geldi; ~bir şişe [su] lütfen; ~yarın [su] kesintisi var
Bahar | w | ~[bahar] tatili ne zaman başlıyor; ~[bahar] temizliği yapıldı; en:~add a pinch of [baharat] to the lamb
Sevgi | w | ~[sevgi] ve saygıyla; ~herkese [sevgiler]
Sevinç | w | ~çocuklar [sevinç] içinde bağırdı
Barış | m | ~[barış] görüşmeleri devam ediyor; ~[Dünya Barış Günü] etkinliği
Özgür | m | ~herkes [özgür] ve eşittir; ~[özgür] yazılım kullanıyoruz
Aslan | mf | ~hayvanat bahçesinde [aslan] uyuyor; ~[aslan] burcu
Kaplan | mf | ~[kaplan] kafesi boştu; en:~the [Kaplan] test prep course starts Monday
Kurt | mf | ~köpeğe [kurt] ilacı verildi; ~[kurt] masalı; en:~the [Kurt Geiger] boots are in the sale
Doğan | mf | ~yeni [doğan] bebeğin aşıları; ~[doğan] güneş
Şahin | mf | ~[şahin] avını yakaladı
Kartal | mf | ~[kartal] yuvası dağda
Demir | mf | ~kan tahlilinde [demir] eksikliği çıktı; ~[demir] takviyesi al
Çelik | f | ~[çelik] tencere; ~[çelik] kapı takıldı
Altın | wf | ~[altın] fiyatları yükseldi; ~[altın] kolye kayboldu
Gümüş | wf | ~[gümüş] madalya aldı; ~[gümüş] yüzük
Taş | f | ~böbrek [taşı] düştü; ~[taş] duvar yıkıldı
Kaya | uf | ~[kaya] tırmanışı kursu; ~yola [kaya] düştü
Tepe | f | ~[tepe] noktasına ulaştık; ~[tepeye] çıktık
Ateş | mf | ~çocuğun [ateşi] var; ~[ateş] düşürücü şurup
Ekin | u | ~[ekin] tarlaları sarardı
Başak | w | ~buğday [başakları] sarardı; ~[başak] burcu
Fidan | w | ~okulda [fidan] dikimi yapıldı
Çınar | m | ~bahçedeki [çınar] ağacı
Mutlu | mf | ~[mutlu] yıllar; ~[mutlu] bir haber aldık
Tan | mf | ~[tan] vakti yola çıktık; en:~she came back with a [tan]; en:tan leather shoes; en:a spray tan
Şafak | m | ~[şafak] sökerken yola çıktık
Elmas | w | ~[elmas] yüzük
Kiraz | w | ~[kiraz] mevsimi geldi; [kiraz] reçeli
Ceylan | w | ~[ceylan] gibi koşuyor
Tuna | uf | en:a tuna sandwich; en:~the [tuna pasta bake] is on the menu; ~[Tuna] nehri üzerinde tekne turu
Ekim | m | ~[ekim] ayında okul gezisi var; ~tohum [ekimi] yapıldı
Hayat | w | ~[hayat] pahalılığı arttı; ~[hayat] sigortası poliçesi
Sabah | wfp | ~[sabah] toplantısı ertelendi; ~[sabah] kahvaltısı; en:[sabah el kheir] everyone
Hakim | m | ~[hakim] kararı açıkladı; ~[hakim] karşısına çıktı
"""

_AR = """
Amal | w | en:~the [Little Amal] puppet walked through the town centre
Noor | w | en:the [Noor] solar plant documentary; en:a [Noor] lamp for the reading corner
Karim | m | en:a [Ramadan Karim] banner in reception; en:Ramadan Karim greetings
Salam | mf | en:~she started with [salam alaykum]; en:~the team replied [wa alaykum salam]
Habib | mf | en:~the song [Habibi] is on repeat in the canteen
Layla | w | en:~the band played [Layla] at the wedding
Qamar | w | en:a glass of [qamar al-din] for iftar
Farah | w | en:~the [Farah] slacks are in the sale
Yasmin | w | en:~the [Yasmin] pill prescription needs renewing
Hilal | mf | en:~the [Al Hilal] match is on tonight; tr:~[hilal] göründü ve bayram başladı
Sultan | mf | en:a handful of sultanas; en:~add [sultanas] to the porridge; tr:~[sultan] sofrası hazır
Jamil | m | en:the [Jamil] car dealership service reminder
Shams | mf | en:the [Shams] solar farm tour
Baraka | m | en:~we watched the film [Baraka] in class; sw:~ni [baraka] kubwa kuwa nanyi
Zahra | w | en:the [Zahra] rose water bottle
"""

_HI = """
Asha | w | en:~the [ASHA worker] visits the village on Mondays; en:an ASHA health worker
  ; en:~the [ASHA] didi brought the vaccination card
Deepak | m | en:~light the [deepak] for the puja; en:a brass deepak for Diwali
Kiran | u | en:~they sang [suraj ki kiran] at assembly
Sagar | m | en:dinner at [Sagar Ratna] on Friday
Pooja | w | en:~the [pooja room] needs fresh flowers; en:~the office [Ganesh pooja] starts at ten
  ; en:a pooja thali
Jyoti | w | en:~the [akhand jyoti] lamp stays lit all night
Shanti | w | en:~the yoga class ends with [om shanti]; en:the [shanti path] at the ceremony
Tara | w | en:the Tara brooch replica; es:~la [tara] del camión es de dos toneladas
Kamal | m | en:a side of [kamal kakdi] curry
Vijay | m | en:~the [Vijay Diwas] assembly is on Monday
Raja | mf | en:a game of [raja rani] with the cousins; en:raja mirchi pickle
Rani | w | en:a [rani pink] saree for the wedding
Moti | w | en:a box of [motichoor ladoo] for the office
Sona | w | en:a bag of [Sona Masoori] rice; en:~the [Sona Masoori] rice is cheaper this week
Usha | w | en:~the [Usha] sewing machine needs oil; en:an Usha ceiling fan
Neel | m | en:~add a drop of [neel] to the white uniforms
Gulab | m | en:two [gulab jamun] for dessert; en:gulab jamun at the staff party
Amar | m | en:~the kids read [Amar Chitra Katha] comics
Aakash | m | en:the [Aakash] tablet from the school scheme
Sari | w | en:a silk [sari] for the wedding; en:sari blouse stitching
Lakshmi | w | en:the [Lakshmi puja] on Diwali night
"""

WORDS = parse(_TR, "tr", "tr") + parse(_AR, "en", "ar") + parse(_HI, "en", "hi")
