"""val42 names, part B: Africa, Asia, the Americas and Oceania, and names in their own
scripts.

One culture a line: "key | given names (women) | given names (men) | family names", as in
part A. `NATIVE` holds full names written in their own scripts, by culture. Written for
val42 from common names of each culture; no list was copied.
"""

from __future__ import annotations

CULTURES_B = """
yoruba | Folake Yetunde Funmilayo | Babatunde Olumide Adewale | Adeyemi Ogunleye Adebayo
igbo | Chiamaka Ngozi Adaeze | Chukwuemeka Obinna Ikenna | Okafor Nwosu Okonkwo
hausa | Hadiza Binta Hauwa | Abubakar Usman Sani | Shehu Danjuma Garba
akan | Akosua Abena Efua | Kwame Kofi Kwabena | Mensah Asante Boateng
ewe | Enyonam Dzifa Sena | Selorm Edem Mawuli | Agbeko Dzramedo Amegashie
wolof | Ndeye Fatou Aminata | Moussa Ousmane Cheikh | Ndiaye Diop Sarr
fula | Hawa Djenabou Kadiatou | Boubacar Thierno Mamoudou | Diallo Baldé Jalloh
mandinka | Fatoumata Nyima Isatou | Lamin Ebrima Modou | Jallow Ceesay Touray
amharic | Tigist Meron Hiwot | Dawit Yonas Abebe | Tadesse Bekele Gebremariam
oromo | Chaltu Hawi Ebise | Gemechu Tolosa Abdisa | Gudina Regassa Tolera
tigrinya | Senait Yodit Feven | Yohannes Filmon Habtom | Tesfamariam Ghebremedhin Kidane
somali | Hodan Ayaan Sagal | Abdirahman Liban Mahad | Warsame Jama Abdi
swahili | Neema Zawadi Rehema | Baraka Juma Jabari | Mwakilema Kimaro Massawe
kikuyu | Wanjiru Wambui Njeri | Kamau Njoroge Mwangi | Kinyua Gitau Muriuki
luo | Akinyi Atieno Adhiambo | Otieno Odhiambo Ochieng | Owino Okoth Onyango
ganda | Nakato Nabirye Namuli | Mukasa Ssemakula Kizza | Ssebunya Kiggundu Lubega
kinyarwanda | Uwase Ineza Mutoni | Habimana Mugisha Niyonzima | Uwimana Nshimiyimana Hakizimana
zulu | Nomvula Thandeka Zanele | Sipho Themba Bongani | Dlamini Ngcobo Mkhize
xhosa | Nolwazi Ayanda Siphokazi | Lwazi Luyolo Xolani | Mabandla Gqoba Nkwinti
sotho | Palesa Lerato Refiloe | Tumelo Thabo Teboho | Mokoena Mofokeng Nthako
tswana | Boitumelo Onalenna Masego | Tshepo Lesego Oratile | Molefe Masire Motswagae
shona | Rudo Tatenda Chipo | Tafadzwa Farai Tinashe | Moyo Chikwanha Mutasa
malagasy | Hanitra Voahangy Lalao | Rivo Haja Fidy | Rakotomalala Randriamanana Razafindrakoto
congolese | Mbuyi Nsimba Kapinga | Ilunga Kalala Mukendi | Kalonji Mbuyamba Nzuzi
hindi | Priya Ananya Kavya | Rahul Arjun Vikram | Sharma Verma Gupta
bengali | Ishita Moumita Sreya | Sayan Arnab Subhajit | Chatterjee Banerjee Mukherjee
punjabi | Harpreet Gurleen Simran | Gurpreet Harjeet Manpreet | Sandhu Bains Dhillon
tamil | Meenakshi Kavitha Revathi | Karthik Senthil Arun | Subramaniam Ramasamy Krishnan
telugu | Sravani Lavanya Swathi | Srinivas Venkatesh Chaitanya | Reddy Naidu Chowdary
malayalam | Aswathy Divya Reshma | Anoop Jithin Sreejith | Nair Menon Kurian
kannada | Shwetha Pallavi Ranjitha | Prajwal Manjunath Darshan | Gowda Hegde Shetty
marathi | Aishwarya Madhuri Shruti | Omkar Prathamesh Sachin | Deshpande Joshi Patil
gujarati | Hetal Krupa Dhara | Chirag Hardik Jignesh | Patel Shah Desai
sinhala | Dilani Nadeesha Sachini | Kasun Chaminda Nuwan | Perera Jayasuriya Wickramasinghe
nepali | Sushmita Anisha Pratibha | Bikash Sujan Prabin | Shrestha Thapa Gurung
urdu | Ayesha Mehwish Rabia | Bilal Faisal Imran | Qureshi Chaudhry Siddiqui
vietnamese | Thảo Linh Ngọc | Minh Tuấn Hùng | Nguyễn Trần Phạm
thai | Siriporn Pimchanok Kanokwan | Somchai Thanawat Kittisak | Srisuk Wongsawat Chaiyaporn
filipino | Maricel Jocelyn Rowena | Rodel Jomar Arnel | Bautista Villanueva Reyes
indonesian | Dewi Wulan Rini | Budi Agus Hendro | Santoso Wijaya Susanto
malay | Nurul Siti Aisyah | Haziq Amirul Faizal | Ismail Rahman Hashim
burmese | Thandar Hnin Yadanar | Kyaw Zaw Htet | Myint Thein Lwin
khmer | Sreymom Sophea Chanthy | Sokha Vuthy Dara | Sok Meas Keo
mandarin | Xiuying Yuxin Meiling | Haoran Zihao Jianguo | Zhang Chen Zhao
cantonese | Kayan Waiyee Hoiyan | Waiman Chiming Kwokwai | Cheung Leung Wong
japanese | Haruka Yui Misaki | Haruto Kenta Daiki | Takahashi Watanabe Yamamoto
korean | Seoyeon Minji Jiyoung | Minjun Jihoon Hyunwoo | Kim Choi Kang
mongolian | Oyunchimeg Bolormaa Enkhjargal | Batbayar Ganbold Temuulen | Gansukh Tsogtbaatar Purevdorj
tibetan | Dolma Yangchen Pema | Tenzin Norbu Lobsang | Tsering Wangmo Phuntsok
uyghur | Gulnar Mihray Rahile | Erkin Ilham Memet | Tursun Abdukerim Niyaz
kazakh | Aigerim Aruzhan Madina | Nurlan Yerlan Daniyar | Akhmetov/Akhmetova Seitkali Zhaksylykov/Zhaksylykova
uzbek | Dilnoza Gulnora Nodira | Sardor Jasur Otabek | Rakhimov/Rakhimova Tursunov/Tursunova Yusupov/Yusupova
american | Brianna Kayla Ashley | Tyler Brandon Cody | Whitaker Caldwell Harrington
african_american | Latoya Shanice Keisha | DeShawn Jamal Darnell | Pettaway Coleman Gaines
mexican | Guadalupe Ximena Fernanda | Emiliano Rodrigo Ulises | Hernández López González
argentine | Agustina Aldana Milagros | Facundo Nahuel Gonzalo | Pereyra Benítez Giménez
colombian | Daniela Manuela Yuliana | Andrés Camilo Julián | Restrepo Ospina Londoño
quechua | Killa Sisa Wayta | Amaru Inti Kusi | Quispe Condori Huamán
brazilian | Thaís Larissa Juliana | Thiago Leandro Caio | Oliveira Souza Cavalcanti
haitian | Nadège Widline Fabienne | Wesner Frantz Wilner | Desrosiers Lamothe Dorvil
jamaican | Shanique Tameka Sashelle | Delroy Oneil Kemar | Campbell McKenzie Brissett
quebecois | Geneviève Mélanie Josée | Mathieu Sébastien Jean-François | Tremblay Gagnon Bouchard
inuit | Nivi Aaju Taqialuk | Anguti Tulugaq Pauloosie | Kilabuk Arnaquq Ootoova
hawaiian | Leilani Noelani Malia | Keoni Makoa Kawika | Kahananui Kealoha Akana
maori | Aroha Hine Huia | Tama Wiremu Rawiri | Ngata Parata Kereama
samoan | Salote Sina Fetu | Tavita Sione Ioane | Tuilagi Leota Tuiasosopo
tongan | Losana Mele Seini | Viliami Tevita Siaosi | Taufa Fifita Havili
fijian | Litia Mereoni Salanieta | Josefa Eroni Waisale | Vakacegu Naivalu Tuilevuka
"""

# Full names in their own scripts, by culture (planted whole, as full names only).
NATIVE = {
    "russian": ["Екатерина Смирнова", "Дмитрий Кузнецов", "Светлана Волкова", "Алексей Соколов"],
    "ukrainian": ["Оксана Коваленко", "Тарас Бондаренко", "Ірина Ткаченко"],
    "bulgarian": ["Десислава Тодорова", "Стоян Христов", "Радка Николова"],
    "serbian": ["Јелена Јовановић", "Немања Петровић", "Милица Николић"],
    "greek": ["Ελένη Παπαδοπούλου", "Γιώργος Νικολαΐδης", "Κατερίνα Αλεξίου", "Σταύρος Βλάχος"],
    "georgian": ["ნინო ბერიძე", "გიორგი კაპანაძე", "თამარ ლომიძე"],
    "armenian": ["Անահիտ Հակոբյան", "Վահան Պետրոսյան", "Լուսինե Սարգսյան"],
    "hebrew": ["נועה כהן", "יונתן מזרחי", "שירה פרץ"],
    "levantine": ["رانيا حداد", "كريم خوري", "هالة نصرالله"],
    "persian": ["شیرین حسینی", "آرش رحیمی", "پریسا کریمی"],
    "hindi": ["प्रिया शर्मा", "राहुल वर्मा", "अनन्या गुप्ता"],
    "thai": ["สมชาย ศรีสุข", "ศิริพร วงศ์สวัสดิ์", "ณัฐยา บุญมี"],
    "mandarin": ["张秀英", "陈浩然", "赵雨欣", "黄文博", "周静怡"],
    "japanese": ["高橋遥", "渡辺結衣", "山本健太", "中村大輝", "小林美咲"],
    "korean": ["김서연", "최민준", "강지훈", "윤하은", "황현우"],
    "mongolian": ["Болормаа Гансүх", "Батбаяр Энхболд"],
    "amharic": ["ትግስት ታደሰ", "ዳዊት በቀለ"],
}
