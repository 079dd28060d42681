# Countries: ISO code | English | Arabic name | other Arabic names (,) | capital English | capital Arabic (, variants) | nisba base (, more) | irregular plurals (,)
# Written by the Khabar team from general knowledge. An empty field means none (e.g. no safe nisba:
# مالي is also "financial", so Mali has none).
COUNTRIES = """
AF|Afghanistan|أفغانستان||Kabul|كابول,كابل|أفغاني|الأفغان
AL|Albania|ألبانيا||Tirana|تيرانا|ألباني|
DZ|Algeria|الجزائر|||الجزائر العاصمة|جزائري|
AD|Andorra|أندورا||Andorra la Vella|أندورا لا فيلا||
AO|Angola|أنغولا|أنجولا|Luanda|لواندا|أنغولي|
AG|Antigua and Barbuda|أنتيغوا وباربودا||Saint John's|سانت جونز||
AR|Argentina|الأرجنتين||Buenos Aires|بوينس آيرس,بوينس ايرس|أرجنتيني|
AM|Armenia|أرمينيا||Yerevan|يريفان|أرميني|الأرمن
AU|Australia|أستراليا|استراليا|Canberra|كانبرا|أسترالي|
AT|Austria|النمسا||Vienna|فيينا|نمساوي|
AZ|Azerbaijan|أذربيجان||Baku|باكو|أذربيجاني|
BS|Bahamas|جزر البهاما|البهاما|Nassau|ناساو||
BH|Bahrain|البحرين|مملكة البحرين|Manama|المنامة|بحريني|
BD|Bangladesh|بنغلاديش|بنجلاديش|Dhaka|دكا|بنغلاديشي|
BB|Barbados|باربادوس||Bridgetown|بريدجتاون||
BY|Belarus|بيلاروسيا|روسيا البيضاء|Minsk|مينسك|بيلاروسي|
BE|Belgium|بلجيكا||Brussels|بروكسل|بلجيكي|
BZ|Belize|بليز||Belmopan|بلموبان||
BJ|Benin|بنين||Porto-Novo|بورتو نوفو|بنيني|
BT|Bhutan|بوتان||Thimphu|تيمفو|بوتاني|
BO|Bolivia|بوليفيا||Sucre|سوكري,لاباز|بوليفي|
BA|Bosnia and Herzegovina|البوسنة والهرسك|البوسنة|Sarajevo|سراييفو|بوسني|
BW|Botswana|بوتسوانا||Gaborone|غابورون|بوتسواني|
BR|Brazil|البرازيل||Brasília|برازيليا|برازيلي|
BN|Brunei|بروناي||Bandar Seri Begawan|بندر سري بكاوان|بروناوي|
BG|Bulgaria|بلغاريا||Sofia||بلغاري|
BF|Burkina Faso|بوركينا فاسو||Ouagadougou|واغادوغو||
BI|Burundi|بوروندي||Gitega|جيتيجا|بوروندي|
CV|Cabo Verde|الرأس الأخضر|كاب فيردي|Praia|برايا||
KH|Cambodia|كمبوديا||Phnom Penh|بنوم بنه|كمبودي|
CM|Cameroon|الكاميرون||Yaoundé|ياوندي|كاميروني|
CA|Canada|كندا||Ottawa|أوتاوا|كندي|
CF|Central African Republic|جمهورية أفريقيا الوسطى|أفريقيا الوسطى|Bangui|بانغي||
TD|Chad|تشاد||N'Djamena|نجامينا,انجامينا|تشادي|
CL|Chile|تشيلي|شيلي|Santiago|سانتياغو|تشيلي|
CN|China|الصين|جمهورية الصين الشعبية|Beijing|بكين,بيجين|صيني|
CO|Colombia|كولومبيا||Bogotá|بوغوتا|كولومبي|
KM|Comoros|جزر القمر|القمر المتحدة|Moroni|موروني|قمري|
CG|Republic of the Congo|الكونغو|الكونغو برازافيل|Brazzaville|برازافيل||
CD|Democratic Republic of the Congo|جمهورية الكونغو الديمقراطية|الكونغو الديمقراطية|Kinshasa|كينشاسا|كونغولي|
CR|Costa Rica|كوستاريكا|كوستا ريكا|San José|سان خوسيه|كوستاريكي|
CI|Côte d'Ivoire|ساحل العاج|كوت ديفوار|Yamoussoukro|ياموسوكرو,أبيدجان|إيفواري|
HR|Croatia|كرواتيا||Zagreb|زغرب|كرواتي|
CU|Cuba|كوبا||Havana|هافانا|كوبي|
CY|Cyprus|قبرص||Nicosia|نيقوسيا|قبرصي|
CZ|Czechia|التشيك|جمهورية التشيك,تشيكيا|Prague|براغ|تشيكي|
DK|Denmark|الدنمارك|الدانمارك|Copenhagen|كوبنهاغن|دنماركي,دانماركي|
DJ|Djibouti|جيبوتي|||جيبوتي العاصمة|جيبوتي|
DM|Dominica|دومينيكا||Roseau|روسو||
DO|Dominican Republic|جمهورية الدومينيكان|الدومينيكان|Santo Domingo|سانتو دومينغو|دومينيكاني|
EC|Ecuador|الإكوادور||Quito|كيتو|إكوادوري|
EG|Egypt|مصر|جمهورية مصر العربية|Cairo|القاهرة|مصري|المصريون
SV|El Salvador|السلفادور||San Salvador|سان سلفادور|سلفادوري|
GQ|Equatorial Guinea|غينيا الاستوائية||Malabo|مالابو||
ER|Eritrea|إريتريا|أريتريا|Asmara|أسمرة|إريتري|
EE|Estonia|إستونيا|استونيا|Tallinn|تالين|إستوني|
SZ|Eswatini|إسواتيني|سوازيلاند|Mbabane|مباباني||
ET|Ethiopia|إثيوبيا|أثيوبيا|Addis Ababa|أديس أبابا|إثيوبي|
FJ|Fiji|فيجي||Suva|سوفا||
FI|Finland|فنلندا||Helsinki|هلسنكي|فنلندي|
FR|France|فرنسا||Paris|باريس|فرنسي|
GA|Gabon|الغابون||Libreville|ليبرفيل|غابوني|
GM|Gambia|غامبيا||Banjul|بانجول|غامبي|
GE|Georgia|جورجيا||Tbilisi|تبليسي|جورجي|
DE|Germany|ألمانيا|المانيا|Berlin|برلين|ألماني|الألمان
GH|Ghana|غانا||Accra|أكرا|غاني|
GR|Greece|اليونان||Athens|أثينا|يوناني|
GD|Grenada|غرينادا||Saint George's|سانت جورجز||
GT|Guatemala|غواتيمالا||Guatemala City|مدينة غواتيمالا|غواتيمالي|
GN|Guinea|غينيا||Conakry|كوناكري|غيني|
GW|Guinea-Bissau|غينيا بيساو||Bissau|بيساو||
GY|Guyana|غيانا||Georgetown|جورج تاون|غياني|
HT|Haiti|هايتي||Port-au-Prince|بورت أو برنس|هايتي|
HN|Honduras|هندوراس||Tegucigalpa|تيغوسيغالبا|هندوراسي|
HU|Hungary|المجر|هنغاريا|Budapest|بودابست|مجري|
IS|Iceland|آيسلندا|ايسلندا|Reykjavík|ريكيافيك|آيسلندي|
IN|India|الهند||New Delhi|نيودلهي,نيو دلهي|هندي|الهنود
ID|Indonesia|إندونيسيا|اندونيسيا|Jakarta|جاكرتا|إندونيسي|
IR|Iran|إيران|الجمهورية الإسلامية الإيرانية|Tehran|طهران|إيراني|
IQ|Iraq|العراق||Baghdad|بغداد|عراقي|
IE|Ireland|أيرلندا|ايرلندا,إيرلندا|Dublin|دبلن|أيرلندي|
IL|Israel|إسرائيل|دولة إسرائيل|Tel Aviv|تل أبيب|إسرائيلي|
IT|Italy|إيطاليا||Rome|روما|إيطالي|
JM|Jamaica|جامايكا||Kingston|كينغستون|جامايكي|
JP|Japan|اليابان||Tokyo|طوكيو|ياباني|
JO|Jordan|الأردن|المملكة الأردنية الهاشمية|Amman|عمان,عمّان|أردني|
KZ|Kazakhstan|كازاخستان||Astana|أستانا,استانة,أستانة|كازاخستاني,كازاخي|
KE|Kenya|كينيا||Nairobi|نيروبي|كيني|
KI|Kiribati|كيريباتي||Tarawa|تاراوا||
KW|Kuwait|الكويت|دولة الكويت||مدينة الكويت|كويتي|
KG|Kyrgyzstan|قرغيزستان|قيرغيزستان|Bishkek|بيشكيك,بشكيك|قرغيزي|
LA|Laos|لاوس||Vientiane|فيينتيان|لاوسي|
LV|Latvia|لاتفيا||Riga|ريغا|لاتفي|
LB|Lebanon|لبنان||Beirut|بيروت|لبناني|
LS|Lesotho|ليسوتو||Maseru|ماسيرو||
LR|Liberia|ليبيريا||Monrovia|مونروفيا|ليبيري|
LY|Libya|ليبيا||Tripoli|طرابلس الغرب|ليبي|
LI|Liechtenstein|ليختنشتاين||Vaduz|فادوز||
LT|Lithuania|ليتوانيا||Vilnius|فيلنيوس|ليتواني|
LU|Luxembourg|لوكسمبورغ|لوكسمبورج||لوكسمبورغ المدينة|لوكسمبورغي|
MG|Madagascar|مدغشقر||Antananarivo|أنتاناناريفو|مدغشقري|
MW|Malawi|مالاوي|ملاوي|Lilongwe|ليلونغوي|مالاوي|
MY|Malaysia|ماليزيا||Kuala Lumpur|كوالالمبور,كوالا لمبور|ماليزي|
MV|Maldives|جزر المالديف|المالديف|Malé|ماليه|مالديفي|
ML|Mali|مالي|جمهورية مالي|Bamako|باماكو||
MT|Malta|مالطا||Valletta|فاليتا|مالطي|
MH|Marshall Islands|جزر مارشال||Majuro|ماجورو||
MR|Mauritania|موريتانيا||Nouakchott|نواكشوط|موريتاني|
MU|Mauritius|موريشيوس||Port Louis|بورت لويس|موريشيوسي|
MX|Mexico|المكسيك||Mexico City|مكسيكو سيتي,مدينة مكسيكو|مكسيكي|
FM|Micronesia|ميكرونيزيا||Palikir|باليكير||
MD|Moldova|مولدوفا|مولدافيا|Chișinău|كيشيناو|مولدوفي|
MC|Monaco|موناكو|||موناكو المدينة||
MN|Mongolia|منغوليا||Ulaanbaatar|أولان باتور|منغولي|
ME|Montenegro|الجبل الأسود|مونتينيغرو|Podgorica|بودغوريتسا|مونتينيغري|
MA|Morocco|المغرب|المملكة المغربية|Rabat|الرباط|مغربي|المغاربة
MZ|Mozambique|موزمبيق||Maputo|مابوتو|موزمبيقي|
MM|Myanmar|ميانمار|بورما|Naypyidaw|نايبيداو|ميانماري|
NA|Namibia|ناميبيا||Windhoek|ويندهوك|ناميبي|
NR|Nauru|ناورو||Yaren|يارين||
NP|Nepal|نيبال||Kathmandu|كاتماندو|نيبالي|
NL|Netherlands|هولندا|المملكة الهولندية|Amsterdam|أمستردام|هولندي|
NZ|New Zealand|نيوزيلندا|نيوزلندا|Wellington|ويلينغتون|نيوزيلندي|
NI|Nicaragua|نيكاراغوا||Managua|ماناغوا|نيكاراغوي|
NE|Niger|النيجر||Niamey|نيامي|نيجري|
NG|Nigeria|نيجيريا||Abuja|أبوجا|نيجيري|
KP|North Korea|كوريا الشمالية|كوريا الديمقراطية|Pyongyang|بيونغ يانغ,بيونغيانغ|كوري شمالي|
MK|North Macedonia|مقدونيا الشمالية|مقدونيا|Skopje|سكوبيي|مقدوني|
NO|Norway|النرويج||Oslo|أوسلو|نرويجي|
OM|Oman|سلطنة عمان|سلطنة عُمان|Muscat|مسقط|عماني|
PK|Pakistan|باكستان||Islamabad|إسلام آباد|باكستاني|
PW|Palau|بالاو||Ngerulmud|نجيرولمود||
PA|Panama|بنما||Panama City|مدينة بنما|بنمي|
PG|Papua New Guinea|بابوا غينيا الجديدة||Port Moresby|بورت مورسبي||
PY|Paraguay|باراغواي||Asunción|أسونسيون|باراغوياني|
PE|Peru|بيرو||Lima|ليما|بيروفي|
PH|Philippines|الفلبين||Manila|مانيلا|فلبيني|
PL|Poland|بولندا||Warsaw|وارسو|بولندي|
PT|Portugal|البرتغال||Lisbon|لشبونة|برتغالي|
QA|Qatar|قطر|دولة قطر|Doha|الدوحة|قطري|
KR|South Korea|كوريا الجنوبية||Seoul|سول,سيول|كوري جنوبي|
RO|Romania|رومانيا||Bucharest|بوخارست|روماني|
RU|Russia|روسيا|روسيا الاتحادية,الاتحاد الروسي|Moscow|موسكو|روسي|الروس
RW|Rwanda|رواندا||Kigali|كيغالي|رواندي|
KN|Saint Kitts and Nevis|سانت كيتس ونيفيس||Basseterre|باستير||
LC|Saint Lucia|سانت لوسيا||Castries|كاستريس||
VC|Saint Vincent and the Grenadines|سانت فنسنت والغرينادين||Kingstown|كينغستاون||
WS|Samoa|ساموا||Apia|آبيا||
SM|San Marino|سان مارينو|||سان مارينو المدينة||
ST|São Tomé and Príncipe|ساو تومي وبرينسيب||São Tomé|ساو تومي||
SA|Saudi Arabia|السعودية|المملكة العربية السعودية,المملكة السعودية|Riyadh|الرياض|سعودي|
SN|Senegal|السنغال||Dakar|داكار|سنغالي|
RS|Serbia|صربيا||Belgrade|بلغراد|صربي|الصرب
SC|Seychelles|سيشل||Victoria|فيكتوريا|سيشيلي|
SL|Sierra Leone|سيراليون||Freetown|فريتاون|سيراليوني|
SG|Singapore|سنغافورة|||سنغافورة المدينة|سنغافوري|
SK|Slovakia|سلوفاكيا||Bratislava|براتيسلافا|سلوفاكي|
SI|Slovenia|سلوفينيا||Ljubljana|ليوبليانا|سلوفيني|
SB|Solomon Islands|جزر سليمان||Honiara|هونيارا||
SO|Somalia|الصومال||Mogadishu|مقديشو|صومالي|
ZA|South Africa|جنوب أفريقيا|جنوب إفريقيا|Pretoria|بريتوريا||
SS|South Sudan|جنوب السودان||Juba|جوبا||
ES|Spain|إسبانيا|اسبانيا|Madrid|مدريد|إسباني|
LK|Sri Lanka|سريلانكا|سري لانكا|Sri Jayawardenepura Kotte|كوتي,كولومبو|سريلانكي|
SD|Sudan|السودان||Khartoum|الخرطوم|سوداني|
SR|Suriname|سورينام||Paramaribo|باراماريبو|سورينامي|
SE|Sweden|السويد||Stockholm|ستوكهولم|سويدي|
CH|Switzerland|سويسرا||Bern|برن|سويسري|
SY|Syria|سوريا|سورية,الجمهورية العربية السورية|Damascus|دمشق|سوري|
TJ|Tajikistan|طاجيكستان||Dushanbe|دوشانبي|طاجيكي|
TZ|Tanzania|تنزانيا||Dodoma|دودوما|تنزاني|
TH|Thailand|تايلاند|تايلند|Bangkok|بانكوك|تايلاندي,تايلندي|
TL|Timor-Leste|تيمور الشرقية||Dili|ديلي||
TG|Togo|توغو||Lomé|لومي|توغولي|
TO|Tonga|تونغا||Nukuʻalofa|نوكوالوفا||
TT|Trinidad and Tobago|ترينيداد وتوباغو||Port of Spain|بورت أوف سبين||
TN|Tunisia|تونس|الجمهورية التونسية||تونس العاصمة|تونسي|التوانسة
TR|Turkey|تركيا||Ankara|أنقرة|تركي|الأتراك
TM|Turkmenistan|تركمانستان||Ashgabat|عشق آباد|تركماني|
TV|Tuvalu|توفالو||Funafuti|فونافوتي||
UG|Uganda|أوغندا||Kampala|كمبالا|أوغندي|
UA|Ukraine|أوكرانيا|اوكرانيا|Kyiv|كييف|أوكراني|
AE|United Arab Emirates|الإمارات|الإمارات العربية المتحدة,دولة الإمارات|Abu Dhabi|أبوظبي,أبو ظبي|إماراتي|
GB|United Kingdom|بريطانيا|المملكة المتحدة,بريطانيا العظمى|London|لندن|بريطاني|الإنجليز,الانكليز
US|United States|الولايات المتحدة|الولايات المتحدة الأمريكية,الولايات المتحدة الأميركية,أمريكا,أميركا,واشنطن|Washington|العاصمة واشنطن|أمريكي,أميركي|الأمريكان,الأميركان
UY|Uruguay|الأوروغواي|أوروغواي|Montevideo|مونتيفيديو|أوروغواياني|
UZ|Uzbekistan|أوزبكستان||Tashkent|طشقند|أوزبكي|
VU|Vanuatu|فانواتو||Port Vila|بورت فيلا||
VE|Venezuela|فنزويلا||Caracas|كاراكاس,كراكاس|فنزويلي|
VN|Vietnam|فيتنام||Hanoi|هانوي|فيتنامي|
YE|Yemen|اليمن|الجمهورية اليمنية|Sanaa|صنعاء|يمني|
ZM|Zambia|زامبيا||Lusaka|لوساكا|زامبي|
ZW|Zimbabwe|زيمبابوي||Harare|هراري|زيمبابوي|
PS|Palestine|فلسطين|دولة فلسطين,الأراضي الفلسطينية|Ramallah|رام الله|فلسطيني|
VA|Vatican City|الفاتيكان|دولة الفاتيكان||||
XK|Kosovo|كوسوفو||Pristina|بريشتينا|كوسوفي|
TW|Taiwan|تايوان||Taipei|تايبيه|تايواني|
EH|Western Sahara|الصحراء الغربية||Laayoune|العيون||
"""

# English demonyms of the peoples above (adjective, then plural nouns), as English news writes
# them: "Russian President", "Israelis". Written by the Khabar team from general knowledge, for
# the peoples that have a group (an Arabic nisba) only. They are matched with their capital letter
# (ActorIndex: "Polish" the people, not "polish"); "Nigerien" is Niger's, "Nigerian" Nigeria's.
DEMONYMS_EN = """
AF|Afghan,Afghans
AL|Albanian,Albanians
DZ|Algerian,Algerians
AO|Angolan,Angolans
AR|Argentine,Argentinian,Argentines,Argentinians
AM|Armenian,Armenians
AU|Australian,Australians
AT|Austrian,Austrians
AZ|Azerbaijani,Azerbaijanis,Azeri,Azeris
BH|Bahraini,Bahrainis
BD|Bangladeshi,Bangladeshis
BY|Belarusian,Belarusians
BE|Belgian,Belgians
BJ|Beninese
BO|Bolivian,Bolivians
BA|Bosnian,Bosnians
BR|Brazilian,Brazilians
BG|Bulgarian,Bulgarians
BI|Burundian,Burundians
KH|Cambodian,Cambodians
CM|Cameroonian,Cameroonians
CA|Canadian,Canadians
TD|Chadian,Chadians
CL|Chilean,Chileans
CN|Chinese
CO|Colombian,Colombians
KM|Comorian,Comorians
CR|Costa Rican,Costa Ricans
CI|Ivorian,Ivorians
HR|Croatian,Croatians,Croats
CU|Cuban,Cubans
CY|Cypriot,Cypriots
CZ|Czech,Czechs
DK|Danish,Danes
DJ|Djiboutian,Djiboutians
DO|Dominican,Dominicans
EC|Ecuadorian,Ecuadorians
EG|Egyptian,Egyptians
SV|Salvadoran,Salvadorans
ER|Eritrean,Eritreans
EE|Estonian,Estonians
ET|Ethiopian,Ethiopians
FI|Finnish,Finns
FR|French
GA|Gabonese
GM|Gambian,Gambians
GE|Georgian,Georgians
DE|German,Germans
GH|Ghanaian,Ghanaians
GR|Greek,Greeks
GT|Guatemalan,Guatemalans
GN|Guinean,Guineans
HT|Haitian,Haitians
HN|Honduran,Hondurans
HU|Hungarian,Hungarians
IS|Icelandic,Icelanders
IN|Indian,Indians
ID|Indonesian,Indonesians
IR|Iranian,Iranians
IQ|Iraqi,Iraqis
IE|Irish
IL|Israeli,Israelis
IT|Italian,Italians
JM|Jamaican,Jamaicans
JP|Japanese
JO|Jordanian,Jordanians
KZ|Kazakh,Kazakhs,Kazakhstani
KE|Kenyan,Kenyans
KW|Kuwaiti,Kuwaitis
KG|Kyrgyz
LA|Laotian,Laotians
LV|Latvian,Latvians
LB|Lebanese
LR|Liberian,Liberians
LY|Libyan,Libyans
LT|Lithuanian,Lithuanians
LU|Luxembourgish,Luxembourgers
MG|Malagasy
MW|Malawian,Malawians
MY|Malaysian,Malaysians
MV|Maldivian,Maldivians
MT|Maltese
MR|Mauritanian,Mauritanians
MX|Mexican,Mexicans
MD|Moldovan,Moldovans
MN|Mongolian,Mongolians
MA|Moroccan,Moroccans
MZ|Mozambican,Mozambicans
MM|Burmese
NA|Namibian,Namibians
NP|Nepalese,Nepali,Nepalis
NL|Dutch
NZ|New Zealander,New Zealanders
NI|Nicaraguan,Nicaraguans
NE|Nigerien,Nigeriens
NG|Nigerian,Nigerians
KP|North Korean,North Koreans
MK|Macedonian,Macedonians
NO|Norwegian,Norwegians
OM|Omani,Omanis
PK|Pakistani,Pakistanis
PA|Panamanian,Panamanians
PE|Peruvian,Peruvians
PH|Filipino,Filipinos,Philippine
PL|Polish,Poles
PT|Portuguese
QA|Qatari,Qataris
KR|South Korean,South Koreans
RO|Romanian,Romanians
RU|Russian,Russians
RW|Rwandan,Rwandans
SA|Saudi,Saudis
SN|Senegalese
RS|Serbian,Serbians,Serbs
SG|Singaporean,Singaporeans
SK|Slovak,Slovaks
SI|Slovenian,Slovenians
SO|Somali,Somalis
ES|Spanish,Spaniards
LK|Sri Lankan,Sri Lankans
SD|Sudanese
SE|Swedish,Swedes
CH|Swiss
SY|Syrian,Syrians
TJ|Tajik,Tajiks
TZ|Tanzanian,Tanzanians
TH|Thai
TG|Togolese
TN|Tunisian,Tunisians
TR|Turkish,Turks
TM|Turkmen
UG|Ugandan,Ugandans
UA|Ukrainian,Ukrainians
AE|Emirati,Emiratis
GB|British,Britons
US|American,Americans
UY|Uruguayan,Uruguayans
UZ|Uzbek,Uzbeks
VE|Venezuelan,Venezuelans
VN|Vietnamese
YE|Yemeni,Yemenis
ZM|Zambian,Zambians
ZW|Zimbabwean,Zimbabweans
PS|Palestinian,Palestinians
XK|Kosovar,Kosovars
TW|Taiwanese
"""

# English names of capitals that the table above leaves empty because the Arabic capital is
# named after its country (الجزائر العاصمة): the capital is the city, its English name is its own.
CAPITALS_EN = {"DZ": "Algiers", "KW": "Kuwait City", "TN": "Tunis"}
