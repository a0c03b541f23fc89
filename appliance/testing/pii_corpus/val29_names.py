"""Names for val29 (see val29.py): people's names by culture, written from the author's head.

Each culture: its home region (ISO code, used for the person's phone and places), a naming
style, male and female given names ("Full/Nick" gives a nickname), family names and, for
cultures whose family names change with gender, the female forms in the same order.

Styles: "w" given + family; "e" family + given always; "e50"/"e30"/"e20" family first with
that chance; "mono" one name, no family name; "malay" given + bin/binti + father's name;
"gulf" sometimes "bin <father>" in the middle; "tamil" initial of the family name before
the given name in the initial form; "dbl" sometimes two family names; "vi" Vietnamese
(family first, called by the last given syllable).
"""

from __future__ import annotations

from dataclasses import dataclass

from .val29_names_more import _RAW_MORE

# region, style, male given, female given, family, female family (or "")
_RAW: dict[str, tuple[str, str, str, str, str, str]] = {
    "yoruba": (
        "NG",
        "w",
        "Oluwaseun/Seun, Adewale/Wale, Babatunde/Tunde, Olumide, Ayodele, Oluwadamilare/Dami,"
        " Kayode, Gbenga",
        "Temitope/Tope, Folasade/Sade, Omolara, Yetunde, Titilayo/Titi, Funmilayo/Funmi, Bukola,"
        " Morenike",
        "Adeyemi, Ogunleye, Balogun, Afolabi, Oyelaran, Adesanya, Ogundipe, Bamidele, Olatunji,"
        " Akinola, Adebayo, Oyinlola",
        "",
    ),
    "igbo": (
        "NG",
        "w",
        "Chukwuemeka/Emeka, Obinna, Nnamdi, Ikenna, Kelechi, Chinedu, Ebuka, Uchenna",
        "Ngozi, Ifeoma, Chiamaka, Chidinma, Amarachi, Adaeze, Nkechi, Chinonso",
        "Okafor, Nwosu, Eze, Obi, Nwachukwu, Okeke, Anyanwu, Ibekwe, Uzoma, Onwuachi, Ezeudu,"
        " Nwankwo",
        "",
    ),
    "hausa": (
        "NG",
        "w",
        "Abubakar, Aminu, Yakubu, Rabiu, Nasiru, Salisu, Sani, Muazu",
        "Zainab, Hadiza, Halima, Hauwa, Rukayya, Binta, Amina, Fatima",
        "Danjuma, Garba, Usman, Lawal, Shehu, Abdullahi, Sule, Idris, Tanko, Bashir",
        "",
    ),
    "akan": (
        "GH",
        "w",
        "Kwame, Kofi, Kwabena, Kwesi, Kojo, Kwaku, Fiifi, Kwadwo",
        "Akosua, Abena, Efua, Adwoa, Esi, Akua, Afua, Yaa",
        "Mensah, Owusu, Boateng, Asante, Appiah, Ofori, Osei, Amoako, Acheampong, Darko,"
        " Agyeman, Antwi",
        "",
    ),
    "wolof": (
        "SN",
        "w",
        "Moussa, Cheikh, Ibrahima, Mamadou, Ousmane, Abdoulaye, Modou, Babacar",
        "Aminata, Fatou, Awa, Ndeye, Khady, Mariama, Astou, Coumba",
        "Diop, Ndiaye, Sarr, Gueye, Faye, Mbaye, Ndour, Seck, Cissé, Thiam, Diouf, Sène",
        "",
    ),
    "kenyan": (
        "KE",
        "w",
        "Baraka, Juma, Kipchoge, Omondi, Wekesa, Mutua, Kiplagat, Githinji",
        "Wanjiru, Achieng, Njeri, Wambui, Zawadi, Neema, Makena, Atieno",
        "Kamau, Mwangi, Kariuki, Njoroge, Ochieng, Otieno, Wafula, Chege, Maina, Kiprotich,"
        " Onyango, Mutiso",
        "",
    ),
    "ethiopian": (
        "ET",
        "w",
        "Abebe, Dawit, Yonas, Biruk, Getachew, Henok, Tewodros, Eyob",
        "Tigist, Selam, Meron, Hirut, Mekdes, Liya, Rahel, Meseret",
        "Bekele, Tadesse, Haile, Alemu, Girma, Wolde, Kebede, Assefa, Mengistu, Tesfaye,"
        " Gebremedhin, Desta",
        "",
    ),
    "somali": (
        "KE",
        "w",
        "Abdirahman, Mahad, Guled, Abdiwali, Mohamud, Khadar, Hamse, Abdikarim",
        "Hodan, Ifrah, Sahra, Ayaan, Nasra, Ubah, Hibaaq, Fadumo",
        "Warsame, Farah, Jama, Abdi, Duale, Hirsi, Osman, Samatar, Yusuf, Guleed, Elmi, Dirie",
        "",
    ),
    "nguni": (
        "ZA",
        "w",
        "Sipho, Bongani, Themba, Mandla, Sibusiso, Lwazi, Thabo, Siyabonga",
        "Thandiwe, Nomvula, Lindiwe, Zanele, Nokuthula, Ayanda, Nandi, Lerato",
        "Dlamini, Nkosi, Ndlovu, Khumalo, Mthembu, Mkhize, Ngcobo, Shabalala, Mahlangu, Sithole,"
        " Zungu, Cele",
        "",
    ),
    "shona": (
        "ZW",
        "w",
        "Tendai, Tatenda, Farai, Tafadzwa, Kudakwashe, Tinashe, Takudzwa, Tapiwa",
        "Rudo, Chipo, Nyasha, Rumbidzai, Fadzai, Tsitsi, Vimbai, Ruvimbo",
        "Moyo, Chikwanha, Mutasa, Madziva, Chinembiri, Mapfumo, Zvobgo, Nyamande, Mushonga,"
        " Sibanda, Chigumba, Marufu",
        "",
    ),
    "egyptian": (
        "EG",
        "w",
        "Mohamed, Ahmed, Mostafa, Karim, Amr, Tarek, Sherif, Hossam",
        "Yasmin, Nour, Dina, Heba, Mariam, Salma, Shaimaa, Nermeen",
        "El-Sayed, Abdelrahman, Mansour, Farouk, Hegazy, Shalaby, Soliman, Fahmy, Ragab, Zaki,"
        " Abdelaziz, Mahmoud",
        "",
    ),
    "levantine": (
        "LB",
        "w",
        "Rami, Ziad, Fadi, Nadim, Elias, Wassim, Charbel, Georges",
        "Lina, Rania, Rola, Joumana, Rima, Zeina, Hiba, Nisrine",
        "Haddad, Khoury, Nassar, Saad, Hamdan, Aoun, Karam, Habib, Sleiman, Abboud, Sfeir,"
        " Frangieh",
        "",
    ),
    "gulf": (
        "AE",
        "gulf",
        "Khalid, Faisal, Abdulaziz, Saud, Hamad, Rashed, Saif, Majed",
        "Noura, Hessa, Maha, Reem, Latifa, Shamma, Alanoud, Moza",
        "Al-Harbi, Al-Qahtani, Al-Otaibi, Al-Mansoori, Al-Suwaidi, Al-Shamsi, Al-Dosari,"
        " Al-Mutairi, Al-Ghamdi, Al-Zahrani, Al-Falasi, Al-Nuaimi",
        "",
    ),
    "maghrebi": (
        "MA",
        "w",
        "Youssef, Mehdi, Hamza, Anouar, Walid, Nabil, Othmane, Ilyas",
        "Fatima-Zahra, Imane, Khadija, Soukaina, Meryem, Samira, Houda, Ghizlane",
        "Benali, El Amrani, Bouazza, Haddadi, Belkacem, Tazi, Alaoui, Chraibi, Benjelloun, Ouali,"
        " Berrada, Lahlou",
        "",
    ),
    "kurdish": (
        "IQ",
        "w",
        "Rebin, Azad, Sherko, Karwan, Dilshad, Hemin, Zana, Soran",
        "Dilan, Rojda, Nazdar, Hêvî, Berfin, Avin, Shilan, Zhilwan",
        "Rashid, Zebari, Hawrami, Dizayee, Jaff, Barzinji, Hamawandi, Qadir, Salih, Shwani,"
        " Mahmoudi, Sindi",
        "",
    ),
    "persian": (
        "IR",
        "w",
        "Arash, Dariush, Kaveh, Babak, Farhad, Kourosh, Behnam, Omid",
        "Shirin, Niloufar, Parisa, Mahsa, Leila, Roya, Golnaz, Yasaman",
        "Hosseini, Rahimi, Moradi, Karimi, Jafari, Shahbazi, Ghorbani, Mohammadi, Rezaei,"
        " Ashrafi, Farahani, Sadeghi",
        "",
    ),
    "turkish": (
        "TR",
        "w",
        "Emre, Mehmet, Burak, Oğuz, Kerem, Mert, Tolga, Barış",
        "Elif, Zeynep, Ayşe, Selin, Buse, Ebru, Gizem, Damla",
        "Yılmaz, Şahin, Çelik, Yıldız, Öztürk, Arslan, Doğan, Kılıç, Aksoy, Ekinci, Korkmaz, Erdem",
        "",
    ),
    "azerbaijani": (
        "AZ",
        "w",
        "Elvin, Rashad, Tural, Orkhan, Farid, Elchin, Anar, Ramil",
        "Aysel, Günay, Nigar, Leyla, Sevinj, Aynur, Narmin, Konul",
        "Mammadov, Huseynov, Hasanov, Guliyev, Ismayilov, Babayev, Rzayev, Abbasov, Jafarov,"
        " Suleymanov",
        "Mammadova, Huseynova, Hasanova, Guliyeva, Ismayilova, Babayeva, Rzayeva, Abbasova,"
        " Jafarova, Suleymanova",
    ),
    "hindi": (
        "IN",
        "w",
        "Arjun, Rohan, Vikram, Aditya, Siddharth, Rahul, Karan, Abhishek",
        "Priya, Ananya, Kavya, Neha, Pooja, Shreya, Ishita, Nandini",
        "Sharma, Verma, Gupta, Agarwal, Saxena, Tiwari, Chaturvedi, Malhotra, Kapoor, Bhatnagar,"
        " Srivastava, Mishra",
        "",
    ),
    "punjabi": (
        "IN",
        "w",
        "Gurpreet, Manjit, Baljit, Rajinder, Sukhwinder, Harjit, Jaswinder, Amrik",
        "Harpreet, Jaspreet, Simran, Kiranjeet, Navjot, Amandeep, Parminder, Rupinder",
        "Singh, Dhillon, Sandhu, Sidhu, Grewal, Bains, Brar, Randhawa, Chahal, Virk",
        "Kaur, Dhillon, Sandhu, Sidhu, Grewal, Bains, Brar, Randhawa, Chahal, Virk",
    ),
    "tamil": (
        "IN",
        "tamil",
        "Karthik, Senthil, Arun, Murugan, Vignesh, Prakash, Balaji, Saravanan",
        "Lakshmi, Meenakshi, Divya, Kavitha, Saranya, Revathi, Nithya, Anitha",
        "Subramanian, Ramasamy, Krishnan, Natarajan, Venkatesan, Palaniappan, Sundaram,"
        " Rajendran, Annamalai, Shanmugam, Arumugam, Chidambaram",
        "",
    ),
    "telugu": (
        "IN",
        "w",
        "Srinivas, Venkat, Chaitanya, Naveen, Mahesh, Sai Kiran, Pavan, Harsha",
        "Lavanya, Sravani, Harika, Sirisha, Madhavi, Sowmya, Deepthi, Keerthi",
        "Reddy, Naidu, Rao, Chowdary, Varma, Kommineni, Gummadi, Pothineni, Vemuri, Nallapati,"
        " Boddu, Yarlagadda",
        "",
    ),
    "bengali": (
        "BD",
        "w",
        "Arnab, Sourav, Debashis, Anirban, Indranil, Rajarshi, Subhajit, Tanmoy",
        "Rituparna, Moumita, Tanushree, Sayani, Paromita, Sreeja, Ankita, Debolina",
        "Chatterjee, Banerjee, Mukherjee, Bhattacharya, Ghosh, Dasgupta, Chakraborty, Sengupta,"
        " Mitra, Roychowdhury, Basu, Majumdar",
        "",
    ),
    "gujarati": (
        "IN",
        "w",
        "Jignesh, Nirav, Chirag, Hiren, Parth, Mitesh, Ketan, Bhavesh",
        "Hetal, Krupa, Bhavna, Foram, Dhara, Komal, Falguni, Jinal",
        "Patel, Shah, Desai, Joshi, Parikh, Trivedi, Pandya, Vyas, Thakkar, Chauhan, Mehta, Bhatt",
        "",
    ),
    "pakistani": (
        "PK",
        "w",
        "Bilal, Zain, Fahad, Faizan, Waqas, Talha, Junaid, Adeel",
        "Ayesha, Hira, Sadia, Mahnoor, Iqra, Areeba, Zunaira, Maham",
        "Qureshi, Siddiqui, Chaudhry, Malik, Sheikh, Abbasi, Mirza, Hashmi, Raza, Awan, Bhatti,"
        " Khattak",
        "",
    ),
    "sinhala": (
        "LK",
        "w",
        "Kasun, Lahiru, Tharindu, Nuwan, Ruwan, Dinesh, Chathura, Isuru",
        "Chamari, Nadeesha, Dilini, Sachini, Ishara, Hasini, Sanduni, Tharushi",
        "Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Gunawardena, Ranasinghe,"
        " Dissanayake, Rathnayake, Senanayake, Herath, Karunaratne",
        "",
    ),
    "nepali": (
        "NP",
        "w",
        "Bishal, Prabin, Sujan, Roshan, Aashish, Kiran, Bikash, Nabin",
        "Sarita, Anjali, Pratiksha, Sabina, Srijana, Bimala, Sushma, Rojina",
        "Shrestha, Gurung, Tamang, Adhikari, Thapa, Magar, Poudel, Karki, Bhandari, Maharjan,"
        " Limbu, Khadka",
        "",
    ),
    "mandarin": (
        "CN",
        "e50",
        "Haoran, Zhiwei, Junjie, Tianyu, Zihao, Yuchen, Jianguo, Mingxuan",
        "Jiayi, Xinyi, Zihan, Ruoxi, Mengyao, Shuhui, Wenjing, Yutong",
        "Wang, Zhang, Liu, Chen, Yang, Zhao, Huang, Zhou, Xu, Guo, Gao, Deng",
        "",
    ),
    "cantonese": (
        "HK",
        "e50",
        "Ka-Wai, Siu-Ming, Tsz-Hin, Yiu-Fai, Chun-Hei, Wai-Lok, Kwok-Leung, Chi-Hang",
        "Mei-Ling, Hoi-Yan, Suet-Ying, Ka-Yan, Pui-Shan, Lok-Yi, Hiu-Tung, Yuen-Ting",
        "Chan, Wong, Cheung, Leung, Lau, Yeung, Tsang, Kwok, Fung, Tse, Mak, Yip",
        "",
    ),
    "taiwanese": (
        "TW",
        "e30",
        "Chih-Wei, Tsung-Han, Wei-Lun, Yu-Cheng, Kuan-Ting, Cheng-Yu, Shih-Chieh, Yi-Hsiang",
        "Yu-Ting, Pei-Shan, Hsin-Yi, Shu-Fen, I-Chen, Ya-Wen, Hui-Ling, Wan-Ting",
        "Tsai, Hsu, Cheng, Chang, Lai, Kuo, Hsieh, Lin, Chiu, Yeh, Tseng, Liao",
        "",
    ),
    "singaporean": (
        "SG",
        "e",
        "Wei Ming, Kai Xiang, Zhi Hao, Wen Jie, Yong Sheng, Kok Wai, Jian Hong, Zi Yang",
        "Hui Shan, Siew Ling, Jia Hui, Yi Ting, Yu Xuan, Pei Ling, Mei Xuan, Qian Hui",
        "Tan, Lim, Goh, Ong, Teo, Koh, Chua, Heng, Yeo, Toh, Quek, Seah",
        "",
    ),
    "japanese": (
        "JP",
        "e20",
        "Haruto, Sota, Ren, Kenji, Takumi, Daiki, Kaito, Shota",
        "Yui, Aoi, Hina, Misaki, Yuki, Ayaka, Haruka, Nanami",
        "Nakamura, Takahashi, Watanabe, Yamamoto, Kobayashi, Sasaki, Matsumoto, Inoue, Kimura,"
        " Hayashi, Shimizu, Okada",
        "",
    ),
    "korean": (
        "KR",
        "e50",
        "Minjun, Jiho, Doyoon, Hyunwoo, Jaewon, Seunghyun, Taeyang, Junseo",
        "Seoyeon, Haeun, Jiwoo, Eunji, Sooah, Yoonseo, Chaewon, Dahye",
        "Kim, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Shin, Seo, Kwon, Hwang",
        "",
    ),
    "vietnamese": (
        "VN",
        "vi",
        "Văn Hùng, Minh Tuấn, Đức Thắng, Quang Huy, Thành Đạt, Bảo Khang, Tiến Dũng, Hữu Phước",
        "Thị Mai, Thị Hồng Nhung, Thùy Linh, Ngọc Hân, Bảo Ngọc, Khánh Linh, Phương Thảo,"
        " Thanh Trúc",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi, Đỗ, Võ, Phan, Huỳnh",
        "",
    ),
    "thai": (
        "TH",
        "w",
        "Somchai, Nattapong, Kittisak, Thanawat, Anucha, Chaiwat, Supachai, Worawut",
        "Siriporn/Ploy, Pimchanok, Kanokwan/Fah, Sasithorn, Wilaiwan, Naruemon, Rattana, Chanida",
        "Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Sukprasert, Thongchai, Boonmee, Phongphan,"
        " Jaidee, Saetang, Kaewmanee, Sirisombat",
        "",
    ),
    "indonesian": (
        "ID",
        "w",
        "Budi, Agus, Wahyu, Eko, Hendra, Bambang, Joko, Rizky",
        "Siti, Dewi, Rina, Putri, Ayu, Wulan, Ratna, Yuliana",
        "Santoso, Wijaya, Susanto, Hidayat, Kusuma, Setiawan, Pratama, Nugroho, Saputra, Gunawan,"
        " Wibowo, Hartono",
        "",
    ),
    "filipino": (
        "PH",
        "w",
        "Jomar, Arnel, Rodel, Jhun, Dindo, Efren, Rolando, Jerome",
        "Maricel, Rowena, Rhea, Analyn, Kristine, Jovelyn, Lorna, Marites",
        "Dela Cruz, Santos, Reyes, Bautista, Villanueva, Aquino, Macaraeg, Pangilinan,"
        " Dimaculangan, Manalo, Soriano, Tolentino",
        "",
    ),
    "malay": (
        "MY",
        "malay",
        "Ahmad Faiz, Muhammad Haziq, Mohd Firdaus, Amirul Hakim, Hafiz, Iskandar, Syahmi, Danial",
        "Nurul Aina, Siti Aishah, Izzati, Farah Nadia, Syafiqah, Nabilah, Aisyah, Atiqah",
        "Ismail, Rahman, Hamid, Yusof, Abdullah, Hassan, Razak, Jamil, Zakaria, Othman, Ibrahim,"
        " Kamarudin",
        "",
    ),
    "burmese": (
        "MM",
        "mono",
        "Aung Kyaw Moe, Kyaw Zeya, Phyo Wai Aung, Thura Htoo, Zaw Lin Htet, Htet Naing,"
        " Pyae Sone, Nay Lin Tun",
        "Thiri Nandar, Hnin Wutt Yee, Shwe Yi Win, Thandar Htun, Khin Myo Thant,"
        " Phyu Phyu Thant, Nandar Hlaing, Yamin Thwe",
        "",
        "",
    ),
    "mongolian": (
        "MN",
        "w",
        "Batzorig, Ganbaatar, Temuulen, Munkhbat, Tuvshin, Batbold, Erdenebat, Ochirbat",
        "Oyunchimeg, Sarangerel, Enkhjargal, Altantsetseg, Bolormaa, Nomin, Khulan, Anujin",
        "Dorj, Batbayar, Tserendorj, Ganbold, Purevsuren, Enkhbold, Naranbaatar, Davaasuren,"
        " Lkhagva, Bayarsaikhan, Otgonbayar, Gantulga",
        "",
    ),
    "kazakh": (
        "KZ",
        "w",
        "Yerlan, Daulet, Askar, Timur, Nurlan, Aidos, Serik, Bauyrzhan",
        "Aigerim, Madina, Aruzhan, Gulnara, Dinara, Saltanat, Zhanna, Assel",
        "Nurpeisov, Abenov, Omarov, Sarsenbayev, Kassymov, Zhaksylykov, Ermekov, Tulegenov,"
        " Baimukhanov, Seitkaliev",
        "Nurpeisova, Abenova, Omarova, Sarsenbayeva, Kassymova, Zhaksylykova, Ermekova,"
        " Tulegenova, Baimukhanova, Seitkalieva",
    ),
}
_RAW.update(_RAW_MORE)

# Word-names: everyday English words that are also given names. Planted only where the
# context says they are people; their culture is "word".
WORD_NAMES_F = (
    "Hope, Grace, Faith, Summer, Jade, Sky, Joy, Ivy, Hazel, Holly, Amber, Ruby, Pearl, Iris,"
    " Dawn, Rose, Autumn, Patience, Blessing, Precious"
)
WORD_NAMES_M = "Will, Mark, Bill, Hunter, Chase, River, Frank, Sunny"

# Name parts that are not name words on their own (compared as whole words, without case).
PARTICLES = frozenset(
    "van der den de da das do dos del della di du la le von zu bin binti bint ibn al el abu"
    " ben y e mac ap te dela st ter ten af av ó ní o mc".split()
)


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


@dataclass(frozen=True)
class Culture:
    key: str
    region: str
    style: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]
    family_f: tuple[str, ...]


CULTURES: dict[str, Culture] = {}
for _key, (_reg, _style, _m, _f, _fam, _famf) in _RAW.items():
    _famf_list = _split(_famf)
    if _famf_list and len(_famf_list) != len(_split(_fam)):
        raise ValueError(f"{_key}: female family names do not line up")
    CULTURES[_key] = Culture(
        _key,
        _reg,
        _style,
        tuple(_split(_m)),
        tuple(_split(_f)),
        tuple(_split(_fam)),
        tuple(_famf_list),
    )

WORD_F = tuple(_split(WORD_NAMES_F))
WORD_M = tuple(_split(WORD_NAMES_M))
WORD_NAMES = frozenset(w.casefold() for w in WORD_F + WORD_M)
