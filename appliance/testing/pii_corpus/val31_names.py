"""People's names for val31, by culture (written from the author's head, no name list).

Each culture gives female given names, male given names and family names, comma-separated;
a family name written "Ivanov/Ivanova" has a male and a female form. `order` says how a full
name is written: "gf" given then family, "fg" family then given, "mono" one whole name (the
given field holds the whole name and there is no family name)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    name: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    order: str = "gf"


def _split(names: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in names.split(",") if n.strip())


_RAW = [
    # West Africa
    (
        "yoruba",
        "Adebimpe, Folasade, Titilayo, Yetunde, Morenike, Oluwaseun",
        "Babatunde, Oluwatobi, Adewale, Olumide, Kehinde, Ayodeji",
        "Adeyemi, Ogunleye, Balogun, Adebayo, Oyelaran, Akinola, Ogunbiyi, Fashola",
    ),
    (
        "igbo",
        "Chiamaka, Ngozi, Adaeze, Chinwe, Ifeoma, Obiageli",
        "Chukwuemeka, Obinna, Ikenna, Nnamdi, Chidi, Uchenna",
        "Okafor, Eze, Nwosu, Okonkwo, Onyekachi, Ugwu, Chukwu, Anyanwu",
    ),
    (
        "hausa",
        "Hadiza, Zainab, Binta, Hauwa, Amina, Rabi",
        "Abubakar, Musa, Sani, Garba, Aminu, Bashir",
        "Danladi, Danjuma, Yakubu, Lawal, Abdullahi, Sule, Gambo, Shehu",
    ),
    (
        "akan",
        "Akosua, Abena, Efua, Adwoa, Afia, Esi",
        "Kwame, Kofi, Kwabena, Kwaku, Kojo, Fiifi",
        "Mensah, Owusu, Boateng, Asante, Appiah, Osei, Agyeman, Darko",
    ),
    (
        "ewe",
        "Dzifa, Enyonam, Sena, Akpene, Esinam, Elikplim",
        "Kodzo, Selorm, Edem, Kwasi, Mawuli, Senyo",
        "Agbeko, Dzokoto, Amegashie, Kpodo, Adzraku, Gbedemah",
    ),
    (
        "wolof",
        "Awa, Fatou, Khady, Ndeye, Coumba, Mariama",
        "Moussa, Cheikh, Ibrahima, Mamadou, Ousmane, Babacar",
        "Ndiaye, Diop, Gueye, Sarr, Mbaye, Seck, Thiam, Ndour",
    ),
    (
        "mande",
        "Kadiatou, Aminata, Oumou, Assitan, Hawa, Djeneba",
        "Seydou, Bakary, Souleymane, Modibo, Drissa, Lassana",
        "Traoré, Keïta, Coulibaly, Diarra, Konaté, Touré, Sissoko, Camara",
    ),
    # East and Horn of Africa
    (
        "amhara",
        "Selamawit, Tigist, Hiwot, Meseret, Liya, Mahlet",
        "Dawit, Yonas, Tesfaye, Abebe, Henok, Biniam",
        "Alemu, Bekele, Tadesse, Girma, Haile, Mengistu, Wolde, Gebremedhin",
    ),
    (
        "somali",
        "Hodan, Ayaan, Ifrah, Sahra, Nimco, Hibaaq",
        "Abdirahman, Mahad, Guled, Abdiwali, Bashiir, Farah",
        "Warsame, Mohamud, Jama, Hersi, Abdi, Egal, Dualeh, Samatar",
    ),
    (
        "swahili",
        "Neema, Rehema, Zawadi, Imani, Mwanaisha, Tumaini",
        "Juma, Baraka, Rashidi, Athumani, Hamisi, Saidi",
        "Mwakyusa, Kombo, Mrisho, Mwinyi, Shabani, Magesa, Mushi, Lyimo",
    ),
    (
        "kikuyu",
        "Wanjiru, Wambui, Njeri, Nyambura, Wairimu, Muthoni",
        "Kamau, Mwangi, Njoroge, Kariuki, Gitau, Macharia",
        "Kimani, Maina, Ngugi, Waweru, Githinji, Karanja, Njenga, Mungai",
    ),
    (
        "luo",
        "Akinyi, Atieno, Achieng, Awino, Anyango, Adhiambo",
        "Otieno, Odhiambo, Ochieng, Omondi, Onyango, Owino",
        "Okoth, Ouma, Ogola, Obuya, Oloo, Ochola, Awuor, Oduor",
    ),
    (
        "dinka",
        "Achol, Nyandeng, Abuk, Ayen, Adut, Awut",
        "Garang, Majok, Akech, Mabior, Manyang, Kuol",
        "Deng, Malual, Mayen, Makuei, Chol, Bior",
    ),
    # Southern Africa
    (
        "zulu",
        "Nomvula, Thandeka, Zanele, Nokuthula, Lindiwe, Sibongile",
        "Sipho, Themba, Bongani, Nkosinathi, Sibusiso, Mandla",
        "Dlamini, Nkosi, Ndlovu, Mthembu, Khumalo, Ngcobo, Shabalala, Buthelezi",
    ),
    (
        "xhosa",
        "Nosipho, Ayanda, Siphokazi, Thembeka, Nomsa, Asanda",
        "Luthando, Sizwe, Lwazi, Xolani, Mzwandile, Lungile",
        "Mabandla, Mxenge, Qwabe, Sobukwe, Madikizela, Nqakula, Mgijima",
    ),
    (
        "sotho",
        "Palesa, Lerato, Mpho, Dineo, Boitumelo, Refiloe",
        "Thabo, Tebogo, Kagiso, Lesego, Tshepo, Karabo",
        "Mokoena, Molefe, Mahlangu, Motaung, Moloi, Letsie, Mofokeng, Masilo",
    ),
    (
        "shona",
        "Tendai, Rudo, Chipo, Nyasha, Tatenda, Rufaro",
        "Tafadzwa, Farai, Tinashe, Kudakwashe, Tonderai, Simbarashe",
        "Moyo, Ncube, Chikwanha, Mutasa, Marufu, Chigumba, Mapfumo, Zvobgo",
    ),
    (
        "malagasy",
        "Voahangy, Hanitra, Lalao, Fanja, Haingo, Tahiry",
        "Andry, Tiana, Hery, Rivo, Njaka, Mamy",
        "Rakotomalala, Andrianarivo, Razafindrakoto, Randriamampionona, Rasoanaivo, Ravelomanana",
    ),
    # Arab world, Iran, Caucasus, Turkey
    (
        "gulf_arab",
        "Noura, Latifa, Hessa, Shamma, Alanoud, Maitha",
        "Khalid, Faisal, Hamad, Rashid, Saif, Mansour",
        "Al Mansoori, Al Nuaimi, Al Suwaidi, Al Shamsi, Al Qasimi, Al Dhaheri, Al Otaibi",
    ),
    (
        "levantine",
        "Rania, Yara, Rasha, Dalia, Nour, Ghinwa",
        "Omar, Karim, Tarek, Fadi, Ziad, Samer",
        "Haddad, Khoury, Nasser, Saleh, Aoun, Najjar, Hijazi, Barakat",
    ),
    (
        "egyptian",
        "Heba, Salma, Nermeen, Dina, Ghada, Shaimaa",
        "Mahmoud, Ahmed, Mostafa, Amr, Hossam, Sherif",
        "Abdel Fattah, El Sayed, Fahmy, Shalaby, Hegazy, Ezzat, Soliman, Radwan",
    ),
    (
        "maghrebi",
        "Khadija, Samira, Nadia, Imane, Houda, Salima",
        "Youssef, Mehdi, Hicham, Rachid, Nabil, Anouar",
        "Benali, Bouazza, El Idrissi, Haddouch, Belkacem, Ouali, Zerrouki, Benjelloun",
    ),
    (
        "amazigh",
        "Tiziri, Thiziri, Dihya, Tanina, Tafsut, Lunja",
        "Massinissa, Aksel, Yuba, Idir, Amayas, Mazigh",
        "Ait Ahmed, Amrouche, Ouyahia, Ait Menguellet, Ferhat, Ait Kaci",
    ),
    (
        "persian",
        "Shirin, Niloufar, Parisa, Leila, Azadeh, Golnaz",
        "Reza, Kourosh, Arash, Behnam, Dariush, Farhad",
        "Hosseini, Rahimi, Moradi, Karimi, Tehrani, Jafari, Ahmadi, Sadeghi",
    ),
    (
        "kurdish",
        "Rojin, Berfin, Zilan, Hêvî, Nazdar, Şîrîn",
        "Rêbwar, Shvan, Dilshad, Azad, Sherzad, Hemin",
        "Amedi, Xoshnaw, Zebari, Hawrami, Qadir, Shwani, Jaff",
    ),
    (
        "turkish",
        "Elif, Zeynep, Ayşe, Merve, Büşra, Ebru, Deniz",
        "Emre, Burak, Mehmet, Mustafa, Oğuz, Kerem, Serkan",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Arslan, Doğan, Aksoy",
    ),
    (
        "azerbaijani",
        "Aysel, Günay, Leyla, Nigar, Sevinj, Lala",
        "Elchin, Rashad, Tural, Ilham, Farid, Vugar",
        "Aliyev/Aliyeva, Mammadov/Mammadova, Hasanov/Hasanova, Guliyev/Guliyeva, "
        "Huseynov/Huseynova, Rzayev/Rzayeva",
    ),
    (
        "armenian",
        "Anahit, Lilit, Nare, Tatevik, Mariam, Siranush",
        "Hayk, Tigran, Aram, Vahe, Narek, Ashot",
        "Petrosyan, Sargsyan, Hovhannisyan, Grigoryan, Avetisyan, Khachatryan",
    ),
    (
        "georgian",
        "Nino, Tamar, Ketevan, Salome, Tinatin, Natia",
        "Giorgi, Levan, Davit, Irakli, Zurab, Lasha",
        "Beridze, Kapanadze, Gelashvili, Lomidze, Tsiklauri, Maisuradze, Japaridze",
    ),
    (
        "hebrew",
        "Noa, Shira, Yael, Michal, Tamar, Hadas",
        "Yonatan, Itai, Noam, Eitan, Omer, Yuval",
        "Cohen, Mizrahi, Peretz, Biton, Friedman, Avraham, Shapiro, Katzir",
    ),
    # South Asia
    (
        "pashtun",
        "Malalai, Zarghona, Palwasha, Shabnam, Gulalai, Wazhma",
        "Wahid, Naqib, Zalmay, Mirwais, Ajmal, Hamid",
        "Afridi, Durrani, Shinwari, Achakzai, Popal, Wardak",
    ),
    (
        "pakistani",
        "Ayesha, Mehwish, Hira, Mahnoor, Fatima, Iqra",
        "Bilal, Usman, Hamza, Zain, Imran, Waqas",
        "Qureshi, Chaudhry, Malik, Siddiqui, Raza, Abbasi, Mirza, Javed",
    ),
    (
        "hindi",
        "Priya, Ananya, Neha, Pooja, Kavya, Aditi",
        "Rahul, Arjun, Vikram, Rohan, Aditya, Siddharth",
        "Sharma, Verma, Gupta, Agarwal, Srivastava, Chaturvedi, Tiwari, Mishra",
    ),
    (
        "punjabi",
        "Harpreet, Simran, Jasleen, Manpreet, Gurleen, Navneet",
        "Gurpreet, Harjit, Jaspal, Amandeep, Balwinder, Kuldeep",
        "Singh, Kaur, Sandhu, Dhillon, Grewal, Sidhu, Bains, Randhawa",
    ),
    (
        "bengali",
        "Moumita, Tanushree, Sharmila, Rituparna, Nusrat, Farzana",
        "Sourav, Arnab, Debashis, Rakib, Tanvir, Anirban",
        "Chatterjee, Banerjee, Mukherjee, Sarkar, Ghosh, Chowdhury, Rahman, Hossain",
    ),
    (
        "tamil",
        "Lakshmi, Kavitha, Meenakshi, Divya, Nithya, Revathi",
        "Karthik, Senthil, Murugan, Arun, Vignesh, Saravanan",
        "Subramanian, Ramasamy, Krishnan, Rajendran, Venkatesan, Natarajan, Palaniappan",
    ),
    (
        "telugu",
        "Sravani, Lavanya, Bhavana, Swathi, Keerthana, Harika",
        "Venkata, Srinivas, Ravi, Praveen, Chaitanya, Sai Kiran",
        "Reddy, Naidu, Chowdary, Gollapudi, Vemuri, Kambhampati, Yarlagadda",
    ),
    (
        "malayali",
        "Anjali, Sreelakshmi, Aswathy, Reshma, Nimisha, Athira",
        "Midhun, Sreejith, Anoop, Jibin, Nikhil, Akhil",
        "Nair, Menon, Pillai, Kurian, Varghese, Panicker, Nambiar",
    ),
    (
        "marathi",
        "Snehal, Madhuri, Ashwini, Rutuja, Pranali, Sayali",
        "Aniket, Sagar, Omkar, Tushar, Swapnil, Ninad",
        "Patil, Deshmukh, Kulkarni, Joshi, Gaikwad, Jadhav, Shinde, Pawar",
    ),
    (
        "gujarati",
        "Hetal, Krupa, Nidhi, Bhavna, Foram, Dhara",
        "Jignesh, Hardik, Chirag, Parth, Nilesh, Kunal",
        "Patel, Desai, Mehta, Trivedi, Parikh, Bhatt, Vaghela, Solanki",
    ),
    (
        "sinhala",
        "Dilini, Nadeesha, Sachini, Tharushi, Hasini, Nilmini",
        "Kasun, Chaminda, Nuwan, Dinesh, Lahiru, Sampath",
        "Perera, Jayasuriya, Wickramasinghe, Bandara, Gunawardena, Dissanayake",
    ),
    (
        "nepali",
        "Sita, Anjana, Sabina, Pratima, Sarita, Srijana",
        "Bikash, Sujan, Prakash, Roshan, Nabin, Santosh",
        "Shrestha, Gurung, Tamang, Thapa, Adhikari, Magar, Karki, Bhattarai",
    ),
    (
        "tibetan",
        "Pema, Drolma, Lhamo, Yangchen, Dechen, Kunsang",
        "Tenzin, Sonam, Dawa, Lobsang, Tashi, Jigme",
        "Dolkar, Wangchuk, Norbu, Tsering, Dorje, Choedon, Gyatso",
    ),
    # East Asia
    (
        "mandarin",
        "Xiuying, Jing, Yan, Yuxin, Jiahui, Xinyi",
        "Wei, Hao, Lei, Zhiwei, Haoran, Jianguo",
        "Wang, Zhang, Liu, Chen, Yang, Zhao, Zhou, Huang, Xu, Gao",
        "fg",
    ),
    (
        "cantonese",
        "Ka Yee, Mei Ling, Hoi Yan, Suet Ying, Wai Kei, Pui San",
        "Chi Keung, Siu Ming, Ka Ho, Tsz Hin, Kwok Wai, Chun Yin",
        "Chan, Wong, Leung, Cheung, Lau, Tsang, Yip, Kwok",
        "fg",
    ),
    (
        "taiwanese",
        "Yi-ting, Shu-fen, Pei-shan, Hsiu-ying, Ya-chu, Hui-chen",
        "Chia-hao, Chien-ming, Tsung-yu, Po-wei, Chih-wei, Cheng-en",
        "Tsai, Hsu, Cheng, Chang, Kuo, Hsieh, Chiang, Tseng",
        "fg",
    ),
    (
        "japanese",
        "Yui, Haruka, Aoi, Rina, Hina, Misaki",
        "Haruto, Ren, Sota, Yuto, Takumi, Kenji",
        "Sato, Takahashi, Tanaka, Watanabe, Nakamura, Kobayashi, Yamamoto, Yoshida, "
        "Inoue, Kimura, Hayashi, Shimizu",
    ),
    (
        "korean",
        "Seo-yeon, Ha-eun, Ye-jin, Eun-ji, Ji-hye, Su-bin",
        "Hyun-woo, Do-hyun, Seung-ho, Tae-yang, Dong-hyuk, Jae-hoon",
        "Kim, Lee, Choi, Jung, Kang, Baek, Yoon, Jang, Lim, Shin, Kwon, Hwang",
        "fg",
    ),
    (
        "mongolian",
        "Oyunchimeg, Enkhjargal, Sarnai, Bolormaa, Khulan, Nomin",
        "Batbayar, Ganbold, Temuulen, Erdene, Batsaikhan, Tuguldur",
        "Ganzorig, Naranbaatar, Tsogtbaatar, Munkhbat, Dorjsuren, Purevdorj",
    ),
    # Southeast Asia
    (
        "vietnamese",
        "Thị Mai, Ngọc Anh, Phương Linh, Bảo Ngọc, Thị Hương, Thanh Hằng",
        "Văn Hùng, Minh Tuấn, Quốc Bảo, Đức Anh, Thanh Tùng, Hoàng Nam",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Võ, Bùi, Huỳnh",
        "fg",
    ),
    (
        "thai",
        "Siriporn, Kanokwan, Pimchanok, Nattaya, Supaporn, Wanida",
        "Somchai, Anan, Thanakorn, Kittisak, Chaiwat, Prasert",
        "Srisawat, Chaiyaporn, Wongsakul, Rattanakorn, Boonmee, Saetang, Phromsiri",
    ),
    (
        "filipino",
        "Ligaya, Marites, Rowena, Jocelyn, Divina, Maricel",
        "Rodrigo, Bayani, Ramil, Arnel, Renato, Jomar",
        "Dela Cruz, Bautista, Villanueva, Macaraeg, Dimaculangan, Pangilinan, Tolentino",
    ),
    (
        "indonesian",
        "Dewi, Sri Rahayu, Ratna, Lestari, Wulan, Anisa",
        "Budi, Agus, Eko, Joko, Bambang, Wahyu",
        "Santoso, Wijaya, Susanto, Hidayat, Pratama, Setiawan, Nugroho, Kusuma",
    ),
    (
        "malay",
        "Nurul Aini, Siti Aishah, Izzati, Farhana, Syazwani, Aisyah",
        "Ahmad Faiz, Hafiz, Azlan, Syafiq, Khairul, Amirul",
        "bin Ismail/binti Ismail, bin Osman/binti Osman, bin Yusof/binti Yusof, "
        "bin Rahim/binti Rahim, bin Hashim/binti Hashim",
    ),
    (
        "burmese",
        "Khin Myo Thant, Su Myat Noe, Hnin Ei Phyu, Thandar Hlaing, Nandar Kyaw",
        "Kyaw Zin Htet, Zaw Lin Oo, Ye Yint Aung, Thura Soe, Htet Aung Kyaw",
        "",
        "mono",
    ),
    (
        "khmer",
        "Sreymom, Sophea, Channary, Bopha, Sokunthea, Raksmey",
        "Dara, Vannak, Sokha, Rithy, Piseth, Vuthy",
        "Sok, Chea, Heng, Keo, Meas, Ouk, Prak, Yem",
        "fg",
    ),
    # Central Asia
    (
        "kazakh",
        "Aigerim, Madina, Gulnara, Zhanar, Saule, Dinara",
        "Yerlan, Daulet, Askar, Timur, Arman, Nurlan",
        "Abenov/Abenova, Seitkali, Zhaksylykov/Zhaksylykova, Omarov/Omarova, "
        "Kassymov/Kassymova, Nurpeisov/Nurpeisova",
    ),
    (
        "uzbek",
        "Dilnoza, Nodira, Gulnora, Shahzoda, Malika, Zarina",
        "Jasur, Sardor, Bekzod, Otabek, Sherzod, Jahongir",
        "Yusupov/Yusupova, Rakhimov/Rakhimova, Tursunov/Tursunova, Khodjaev/Khodjaeva, "
        "Ergashev/Ergasheva, Saidov/Saidova",
    ),
]


def _build() -> dict[str, Culture]:
    from appliance.testing.pii_corpus.val31_names_b import RAW as RAW_B

    out: dict[str, Culture] = {}
    for row in [*_RAW, *RAW_B]:
        name, female, male, family, *rest = row
        order = rest[0] if rest else "gf"
        out[name] = Culture(name, _split(female), _split(male), _split(family), order)
    return out


CULTURES: dict[str, Culture] = _build()

# Word-names: given names that are also everyday words, planted only where the context
# says they are people; their culture is "word".
WORD_NAMES = {
    "Hope": "f",
    "Grace": "f",
    "Rose": "f",
    "Jade": "f",
    "Faith": "f",
    "Summer": "f",
    "Joy": "f",
    "Will": "m",
    "Bill": "m",
    "Mark": "m",
    "Hunter": "m",
    "Sky": "u",
}

NICKNAMES = {
    "Oluwaseun": "Seun",
    "Oluwatobi": "Tobi",
    "Babatunde": "Tunde",
    "Chukwuemeka": "Emeka",
    "Adebimpe": "Bimpe",
    "Folasade": "Sade",
    "Nkosinathi": "Nathi",
    "Abdirahman": "Abdi",
    "Ekaterina": "Katya",
    "Dmitri": "Dima",
    "Mikhail": "Misha",
    "Anastasia": "Nastya",
    "Daria": "Dasha",
    "Małgorzata": "Gosia",
    "Katarzyna": "Kasia",
    "Wojciech": "Wojtek",
    "Oleksandr": "Sasha",
    "Giuseppe": "Beppe",
    "Alessandro": "Sandro",
    "Francesca": "Franci",
    "Venkata": "Venky",
    "Siddharth": "Sid",
    "Guillaume": "Guille",
    "Katharina": "Kathi",
    "Franziska": "Franzi",
    "Mustafa": "Musti",
    "Kourosh": "Kouri",
    "Tafadzwa": "Taf",
    "Kudakwashe": "Kuda",
    "Jahongir": "Jaha",
    "Meenakshi": "Meena",
    "Subramanian": "Subbu",
    "Beatriz": "Bia",
    "Gonçalo": "Gonça",
    "Alejandro": "Alex",
    "Guadalupe": "Lupita",
    "Fernanda": "Nanda",
    "Sebastián": "Sebas",
    "Joaquín": "Joaco",
    "Wiremu": "Wiri",
    "Ruaridh": "Rory",
    "Siobhán": "Shiv",
    "Rhiannon": "Rhi",
    "Pádraig": "Paudie",
    "Ingeborg": "Inge",
    "Ragnhild": "Ragna",
    "Sigríður": "Sigga",
    "Eleanor": "Nell",
    "Philippa": "Pippa",
    "Alastair": "Ali",
    "Latoya": "Toya",
}
