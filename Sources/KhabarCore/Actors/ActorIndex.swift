#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The gazetteer compiled for matching: every name and alias as a sequence of normalised tokens
/// (text profile v1), indexed by its first token, longest first.
public final class ActorIndex: Sendable {
    public let actors: [Actor]
    /// Each actor's type, apart: the matcher asks for it on every match, and `actors[n].type`
    /// copied the whole `Actor` (its strings and arrays retained and released) where the compiler
    /// did not see through the subscript (40,000 copies on 2,000 articles, ~1% of `report`).
    let actorTypes: [ActorType]
    /// The known people's names of two words or more by their consonants
    /// (`ActorMatcher.consonants`, the words apart by a 0), to the person (-1: two people's), for
    /// `ActorMatcher.knownPersonSpelledOtherwise`. Here, not in the matcher: made once per
    /// index (~2,000 people, ~9 million instructions), not once per worker's matcher.
    let peopleByConsonants: [[UInt32]: Int]
    public let profile: TextProfile

    struct Pattern: Sendable {
        var tokens: [[UInt8]]
        /// `byteHash` of each token (compared before the bytes).
        var hashes: [UInt64]
        var actor: Int
        /// The actor's canonical name (via `gazetteer`) or an alias (via `alias`).
        var canonical: Bool
        /// 1 when the name starts with a descriptor that is not part of the name and the rest
        /// names the same actor ("حركة حماس": حماس, "النادي الأهلي": الأهلي): the mention leaves
        /// it out, as named-entity annotation does ("حزب الله" keeps حزب: الله names no one).
        var descriptorLength = 0
        /// The name is written with a capital first letter (a Latin-script name: "Joe Biden",
        /// "NATO", "Apple"): a text that writes it in lowercase ("an apple", "turkey") names
        /// something else (`ActorMatcher.match(_:candidates:text:)` checks the text).
        var needsCapital = false
        /// A person's alias that shares no word with the canonical name (an epithet: "خادم
        /// الحرمين الشريفين" for سلمان بن عبد العزيز, a kunya: "أبو مازن"): its words are no short
        /// forms of the person ("الحرمين الشريفين", the two mosques, named "الشريفين" the king).
        var epithet = false
    }

    let byFirst: ByteKeyMap<[Pattern]>
    /// `byFirst` laid out flat, for the matcher's lookups.
    let namePatterns: NamePatternTable
    /// Titles and roles that announce a person (discovery), as token sequences; `*` is any token.
    let titles: ByteKeyMap<[[[UInt8]]]>
    /// The first words of the titles of a company's or an agency's officers (of two words: المدير التنفيذي,
    /// المدير العام, الرئيس التنفيذي): a word with ل right after such a title is what it is of
    /// ("المدير التنفيذي لستاربكس"), not a name.
    let officerTitles: ByteKeySet
    /// Words that are never part of a discovered name (stopwords, common verbs).
    let notNames: ByteKeySet
    /// Words that make a religious formula with the word الله after them (رضي الله عنه, رحمه الله,
    /// صلى الله عليه وسلم, رضوان الله عليهم, أطال الله عمره, إن شاء الله): the formula is no part
    /// of the name before it ("عائشة رضي الله عنها" is عائشة), nor a name ("رضوان الله"), though
    /// رضوان is a given name and X الله a compound one (عبد الله, نصر الله, عطا الله).
    let formulaWordsBeforeAllah: ByteKeySet
    /// Words of the language that make a compound given name with الله after them ("حسب الله",
    /// "خير الله", "جار الله", "فضل الله"), read as a name's word there.
    let wordsBeforeAllahInNames: ByteKeySet
    /// The adjectives of the continents and regions, with ال ("الأوروبي", "الآسيوية"), which no
    /// person's name takes after it.
    let continentAdjectives: ByteKeySet
    /// الله, normalised.
    let allah: ByteKeySet
    /// Given names that start a person's name (and are not also common words: علي is على after
    /// normalisation, عمر "age", جمال "beauty", عادل "just" ... are left out).
    let givenNames: ByteKeySet
    /// The given names of other languages than Arabic among `givenNames` (جوزيه, راوول, تيم): a
    /// word of the language with ال after one is no family name ("ورفض جوزيه الإفصاح").
    let otherGivenNames: ByteKeySet
    /// Letter statistics of foreign names against words of the language (`NameLetterModel`).
    let nameLetters: NameLetterModel
    /// The members of the Arab League (ISO 3166 alpha-2): their people's names are Arabic ones.
    static let arabCountries: Set<String> = ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
                                             "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"]
    /// Given names that are also words of the language: they start a discovered person only when
    /// the next word is not a common word (`commonWords`).
    let ambiguousGivenNames: ByteKeySet
    /// Particles of foreign names (دي, دا, دو, فان, فون, ديل ...: "كيفن دي بروين"): the word
    /// after one is the name's, whatever it is.
    let nameParticles: ByteKeySet
    /// Adjectives between a title or a nationality and its name: of time ("وزير الصحة البريطاني
    /// السابق فرانك دوبسون"), of standing ("الأميركي المخضرم أندري أغاسي", "المطرب الراحل"), of
    /// field ("الخبير الاقتصادي").
    let titleAdjectives: ByteKeySet
    /// Those of time (السابق, الحالي, الجديد): after them a name is read as right after the title;
    /// after the others it must start with a given name or stand alone.
    let titleTimeAdjectives: ByteKeySet
    /// Those of party and leaning (الجمهوري, الديمقراطي, الليبرالي, اليساري ...): right after an
    /// organisation's head they are its name's ("زعيم الحزب الليبرالي الحاكم"), not the title's.
    let partyAdjectives: ByteKeySet
    /// The words of the gazetteer's people's names, the given names and the links of names:
    /// never taken for a word of the language.
    let nameWords: ByteKeySet
    /// Ordinals (الأول, الثاني ... عشر): the end of a king's or pope's name, never a short form.
    let ordinals: ByteKeySet
    /// The titles of sovereigns (الملك, الملكة, السلطان, الإمبراطور, البابا, الشاه): an ordinal
    /// after the name discovered after one is the name's ("الملك تشارلز الأول").
    let regnalTitles: ByteKeySet
    /// Titles that announce only a given name and more (`weakTitleSpecs`: "سعادة", "الشاب",
    /// "المتهم" are as often before a noun or a verb).
    let weakTitles: ByteKeySet
    /// Titles of address and of a calling before a person's name nearly always (السيد, الدكتور,
    /// الشيخ, الفنانة ...: `honorificTitleSpecs`): a name after one that stands alone is a person
    /// named once (`ActorMention.confident`), whether or not it starts with a known given name.
    let honorificTitles: ByteKeySet
    /// Nouns that head an organisation's name in construct (حزب, جامعة, منظمة, معهد ...: "حزب
    /// الاتحاد الديمقراطي", "معهد ماساتشوستس للتكنولوجيا", "جامعة القاهرة"), and with ال before a
    /// nisba ("المجلس الاقتصادي والاجتماعي", "البنك الآسيوي للتنمية"): discovered organisations.
    let organizationHeads: ByteKeySet
    /// Nouns before the name of a newspaper, channel or network (صحيفة, جريدة, مجلة, قناة, شبكة)
    /// and of a team (فريق, نادي): the name after them is an organisation's, without them.
    let mediaDescriptors: ByteKeySet
    let teamDescriptors: ByteKeySet
    /// Nouns before a company's name (شركة: "شركة يوكوس", "شركة جنرال موتورز").
    let companyDescriptors: ByteKeySet
    /// Nouns before a place's name (مدينة, بلدة, قرية, منطقة, حي, إقليم, ولاية, محافظة, جزيرة,
    /// قضاء, مقاطعة, مخيم: "حي الشجاعية", "مدينة قوانغتشو"): the name after them is a place's,
    /// without them.
    let placeDescriptors: ByteKeySet
    /// Nouns of places and buildings named after people ("معبر كرم أبو سالم", "شارع أبو بكر
    /// الصديق", "ثانوية أبي بكر"): a kunya after one names the place, not a person. The place
    /// descriptors but ولاية, and معبر شارع طريق ميدان ساحة جسر مسجد جامع مدرسة ثانوية مستشفى مطار ميناء
    /// ملعب محطة سوق جبل وادي بئر قصر جامعة كلية. A known person right after one is not named
    /// either ("مطار جون كينيدي", "جبل عرفات", "مستشفى الملك فيصل").
    let namedPlaceNouns: ByteKeySet
    /// Places whose one-word name is a word of the language as often or more (`placeWordList`):
    /// the name is the place's only where the text says it is a place
    /// (`ActorMatcher.saysItIsAPlace`). The value: 1 when a preposition before it says so
    /// ("في الخبر", "بالعيون"), 0 when only إلى or نحو do ("في مشهد غير معتاد": in a scene;
    /// "إلى مشهد": the city). By actor id, in an array: asked at every one-word match, where a
    /// dictionary hashed the id each time.
    let placesNamedByAWord: ActorFlags
    /// Words before a place's name that say it is one (`placesNamedByAWord`): its descriptors
    /// (مدينة, محافظة ...), دولة, جمهورية, حكومة, عاصمة, and the points of the compass
    /// (شمال, شرقي ...).
    let placeContextNouns: ByteKeySet
    /// في, إلى, من, نحو, قرب ... before a place's name.
    let placePrepositions: ByteKeySet
    /// إلى and نحو: a place's name after them is one even when في before the word is not.
    let placeDirections: ByteKeySet
    /// عاصمة, العاصمة: after a place's name, it says it is one ("مشهد عاصمة الإقليم").
    let capitalNouns: ByteKeySet
    /// صباح, مساء, ظهر, فجر, عصر, ليلة, ظهيرة: a time of the day, a name too (صباح), the time
    /// before a day or a time word (`timeWords`, `organizationNameStops`).
    let timesOfDay: ByteKeySet
    /// يوم, أمس, غد, الغد, اليوم and the like, after a time of the day.
    let timeWords: ByteKeySet
    /// على, عن: after a word with ال that is no nisba, that word is a verbal noun after an
    /// organisation's name, not part of it ("مجلس الوزراء الموافقة على", "الكشف عن"); not في,
    /// من ...: adjectives stand before those ("هيئة الصحة العامة في").
    let prepositionsAfterAVerbalNoun: ByteKeySet
    /// Words of the language that read as a proclitic and a known name: وفيات ("deaths", not و +
    /// فيات, Fiat: 171 false mentions on news-bench), بليون ("billion", not ب + ليون, Lyon), للحج
    /// ("for the Hajj", not ل + لحج: 131), كاسيا (not ك + آسيا), برايس (Price, not ب + رايس:
    /// 51 mentions of Condoleezza Rice on news-bench were Ned Price and others). (Not بابها, "its door": written
    /// so once the alef is folded, "بأبها", in Abha, is 15 times as frequent.)
    let wordsLikeAProcliticAndAName: ByteKeySet
    /// First words of places' names that name no place alone (بيت of "بيت لحم", سان of "سان
    /// بطرسبورغ", عين, دير, كفر, تل, خان, بني ...).
    let placeNamePrefixes: ByteKeySet
    /// Those of `organizationHeads` with ال.
    let definiteOrganizationHeads: ByteKeySet
    /// Words that end an organisation's name: what follows it ("التابع لدار الأوبرا"), days and
    /// times ("مجلس الوزراء الصيني الأحد").
    let organizationNameStops: ByteKeySet
    /// Organisation heads that name the kind of what follows (منظمة, وكالة, بنك ...), not a body
    /// of it (هيئة, مجلس): before a known organisation, a descriptor (`organizationMatch`).
    let organizationKindHeads: ByteKeySet
    /// The one word after a head that makes it a description (`ActorMatcher.organizationMatch`).
    let genericOrganizationWords: ByteKeySet
    /// Verbs of saying ("قال", "أضاف", "أكد" ...): a word after one that is not a word of the
    /// language is the speaker's name ("وقال فيشمان").
    let reportingVerbs: ByteKeySet
    /// Given names too common to stand alone for a person seen earlier in a document.
    let commonGivenNames: ByteKeySet
    /// Common nouns that head the phrases after a title and the formulas after a name (also in
    /// `notNames`; asked apart for words with a proclitic: "لمجلس", "لحقوق").
    let commonNouns: ByteKeySet
    /// Words of titles and roles (every word of the title list, and role nouns such as مسؤول,
    /// عضو, محافظ): a name never runs into one ("محمد منصور وزير النقل" is محمد منصور), and none
    /// becomes a short form of a name.
    let titleWords: ByteKeySet
    /// Roles that follow a person's name in apposition ("وقال سري سكيك المتحدث باسم", "ناشد محرم
    /// الراغب مدير عام النادي"): a noun in construct or with ال, that names what the person is.
    let appositionRoles: ByteKeySet
    /// Honorifics in front of a name (الرئيس, الملك, الشيخ, السيد ...): left out of a person's
    /// mention, as named-entity annotation does (الرئيس الأسد → الأسد), when a name follows.
    let honorifics: ByteKeySet
    /// The links of an Arabic name's chain: بن, ابن, بنت, آل (ال once normalised), ولد (Mauritanian
    /// "son of"), and عبد, ابو, ابي, ام, which need the word after them ("محمد بن راشد آل مكتوم",
    /// "سعد بن أبي وقاص").
    let nameLinks: ByteKeySet
    /// Words that never become a short form of a name: the given names (common, plain and
    /// ambiguous), title words, honorifics and links, in one set (the matcher asked the six sets
    /// one after another for both ends of every name it found).
    let notShortForms: ByteKeySet
    /// The same for the last word of a name: an Arabic given name there is the family name and
    /// stands for the person (محفوظ after نجيب محفوظ, عباس after محمود عباس, حمدان after أسامة
    /// حمدان); not the most common given names (محمد, علي ...).
    let notFamilyNameShortForms: ByteKeySet
    /// Words that never stand for a person as his given name alone (`ActorMatcher.register`): the
    /// most common given names (محمد, أحمد ...), those that are words as well (أمين, كريم),
    /// stopwords and common verbs, title words, honorifics, links and ordinals, in one set.
    let notGivenNameForms: ByteKeySet
    /// The links that join a person to a father or family: a known person's name goes on
    /// through them ("محمد بن زايد" + "آل نهيان").
    let lineageLinks: ByteKeySet
    /// The lineage links that are also words of the language: ولد "was born", ابن "the son".
    let wordLineageLinks: ByteKeySet
    /// The links of a kunya (أبو, أبي, أم: "أبو أيوب المصري"), the start of a name before a given name.
    let kunyaLinks: ByteKeySet
    /// Words after a nationality that make it an adjective of the person named before, not his
    /// family name: "أبو عبد الله البريطاني الجنسية", "اللبناني المولد", "الفلسطيني الأصل".
    let nisbaQualifiers: ByteKeySet
    /// Kin after ابن or بنت ("ابن عمه", "ابن أخيه", "ابن ابنه"): a relative, not a lineage.
    let kinWords: ByteKeySet
    /// Words of the language (used by at least 100 of the 41,686 ANT articles: `CommonWords`),
    /// but for the words of the gazetteer's people, the given names and the links: a discovered
    /// name stops before one once it has two words ("نيكولاي دافيدنكو المصنف"), and none stands
    /// for a discovered person as a short form.
    let commonWords: ByteKeySet
    /// Words used by 15 to 99 ANT articles about once an article (محلل, إداري, زميل, توافر): they end a
    /// discovered name of two words or more ("اندرو هارينجتون محلل الصناعة"), and nothing else
    /// (as the first family name, or after an ambiguous given name, such words are names as often).
    let lessCommonWords: ByteKeySet
    /// The most frequent of them (used by at least 400 articles): not even a discovered name's
    /// first word after a given name or a title ("نزار مرتين", "الرئيس سلطة").
    let veryCommonWords: ByteKeySet
    /// The most frequent words (as `veryCommonWords`) with the article ال, name words or not:
    /// الله, الدين, الرحمن (the second words of عبد الله, عز الدين, عبد الرحمن), الشيخ, الأسد are
    /// words of names and of the language. Never a discovered name's short form: after "رضوان الله" or "عز الدين",
    /// every later الله or الدين of the article was a mention of that person (314 and 174
    /// mentions on news-bench).
    let definiteFrequentWords: ByteKeySet
    /// A name an organisation goes by without its descriptor that is also a word of the language,
    /// or a place's name: القاعدة of "تنظيم القاعدة", فتح of "حركة فتح", الجزيرة of "قناة الجزيرة",
    /// برشلونة of "نادي برشلونة". Found only right after a noun that says what kind of
    /// organisation follows (`contextNouns`: "زعيم القاعدة", "مراسل الجزيرة", "لاعب برشلونة"),
    /// or, for a channel's or newspaper's, with ل before a quote ("قال للجزيرة إن").
    struct ContextualName: Sendable {
        var tokens: [[UInt8]]
        var actor: Int
        /// `ContextKind`: what its descriptor says it is.
        var kind: UInt8
    }
    /// What a descriptor or a context noun says an organisation is (bits).
    enum ContextKind {
        /// A movement or an armed group (حركة, تنظيم, جماعة, منظمة) after its fighters or
        /// branches (عناصر, مسلحي, فرع, جناح ...).
        static let movementByMembers: UInt8 = 1
        /// The same after its leaders or supporters (زعيم, قادة, أنصار ...): not for a name that
        /// most articles use as a word (`contextualNamesTooCommonForLeaders`: الدولة, "قادة
        /// الدولة" are the state's).
        static let movementByLeaders: UInt8 = 2
        /// A channel, newspaper or agency (قناة, صحيفة, جريدة, مجلة, شبكة, وكالة) after its
        /// correspondents (مراسل, موفد, مذيع).
        static let media: UInt8 = 4
        /// A club (نادي, فريق) after its players, coaches and fans (لاعب, مدرب, جماهير ...).
        static let club: UInt8 = 8
        /// A channel's or newspaper's name with ل, before "إن"/"أن" (`told` of `contextualNames`).
        static let told: UInt8 = 16
        static let movement: UInt8 = movementByMembers | movementByLeaders
    }
    /// `ContextualName`s by their first token (longest first); the ل forms of the media's
    /// ("للجزيرة") with kind `told`.
    let contextualNames: ByteKeyMap<[ContextualName]>
    /// Each organisation's one-word `ContextualName`s (its name without its descriptor,
    /// "القاعدة" of "تنظيم القاعدة"), by actor number (empty for most), but those of
    /// `contextualNamesTooCommonForLeaders`: once a document names the organisation, the word
    /// alone stands for it there (`ActorMatcher`).
    let shortNames: [[[UInt8]]]
    /// Each club's namesakes, by actor number (empty for most): clubs named "X + nationality"
    /// ("الأهلي السعودي") where X alone is this club's name ("النادي الأهلي": الأهلي). An
    /// article about a namesake's country more than about the club's means the namesake
    /// (`ActorMatcher`).
    let namesakes: [[Int]]
    /// Whether each actor has namesakes (`namesakes`), asked of every mention of every article:
    /// a flat array, not the list's emptiness (a retain and a release of the inner array).
    let hasNamesakes: [Bool]
    /// Each actor's country as a number (its first actor's in the gazetteer with that country;
    /// -1: none), for `ActorMatcher.resolveNamesakes` to count without hashing strings.
    let countryNumbers: [Int32]
    /// The nouns before a `ContextualName`, and the kinds (`ContextKind`) each announces.
    let contextNouns: ByteKeyMap<UInt8>
    /// Words used by so many articles (2,000 of the 41,686 ANT ones) that a leader's noun before
    /// one is a noun phrase of the language ("قادة الدولة"), not a movement's leaders.
    let contextualNamesTooCommonForLeaders: ByteKeySet
    /// What follows a quote's verb and the one told ("قال للجزيرة إن"): إن, أن, إنه, بأن ...
    let thatWords: ByteKeySet
    /// The verbs and nouns of a match (فاز, تعادل, خسر, مباراة ...), context nouns of a club.
    static let matchWords = "فاز فوز تغلب تعادل خسر خسارة هزم هزيمة واجه يواجه مواجهة التقى يلتقي لاقى يلاقي "
        + "مباراة استضاف يستضيف أقصى"
    /// The prepositions of the other side of a match ("فاز الهلال على النصر", "تعادل مع
    /// الجزيرة", "أمام الاتحاد"): a club's context only after a match's word (`matchPrepositions`).
    let matchPrepositions: ByteKeySet
    /// `matchWords`, normalised.
    let matchWordKeys: ByteKeySet
    /// الذي, التي, الذين ...: after a name, no adjective of a phrase ("قادة القاعدة الذين").
    let relativePronouns: ByteKeySet
    /// ال in UTF-8.
    static let alBytes: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]
    /// Articles using a word at least, for `commonWords` and `veryCommonWords`.
    static let commonWordDocs = 100, veryCommonWordDocs = 400, lessCommonWordDocs = 15
    /// Titles, given names and the rest that discover people in English text.
    let english: EnglishNameLexicon

    /// - Parameter mergeGroups: count a people's nisba mentions (الروسي, الروس) as its country
    ///   (روسيا, place) instead of as the group.
    public init(gazetteer: Gazetteer, profile: TextProfile = .v1, mergeGroups: Bool = false) {
        self.actors = gazetteer.actors
        self.actorTypes = gazetteer.actors.map(\.type)
        var byConsonants: [[UInt32]: Int] = [:]
        for (id, actor) in gazetteer.actors.enumerated() where actor.type == .person {
            for name in [actor.name] + actor.aliases {
                let words = ActorIndex.words(name)
                guard words.count >= 2 else { continue }
                let key = Array(words.map { ActorMatcher.consonants($0) }.joined(separator: [0]))
                if let other = byConsonants[key], other != id { byConsonants[key] = -1 } else { byConsonants[key] = id }
            }
        }
        self.peopleByConsonants = byConsonants
        self.profile = profile
        var countryIndex: [String: Int] = [:]
        // Prefixes compared as bytes (ASCII): `String.hasPrefix` compares Characters, ~850
        // instructions a call over twenty thousand ids at every start.
        for (i, a) in gazetteer.actors.enumerated() where a.id.utf8.starts(with: "country:".utf8) {
            if let c = a.country { countryIndex[c] = i }
        }
        let tokenizer = Tokenizer(profile: profile)
        func tokens(_ s: String) -> [[UInt8]] { tokenizer.tokenBytes(of: s) }
        /// The normalised tokens of space-separated words, as a set.
        func keySet(_ words: String) -> ByteKeySet { ByteKeySet(ActorIndex.words(words).flatMap { tokens($0) }.map { ByteKey($0) }) }
        var byFirst: [ByteKey: [Pattern]] = [:]
        // A name's tokens joined by spaces (tokens hold none) as one key: a `Set<[[UInt8]]>`
        // hashed every byte with SipHash, most of this index's build (on the run's critical path).
        var seen = Set<ByteKey>()
        // A kunya is written أبي after a preposition or a noun ("زعيم تنظيم داعش أبي بكر
        // البغدادي"): a person's name that starts with أبو is also found so.
        let abu = tokens("أبو").first ?? [], abi = tokens("أبي").first ?? []
        for (i, actor) in gazetteer.actors.enumerated() {
            // A people is named like its country (people:RU is روسيا): only its nisba forms find
            // it. Other groups are named as their members are ("الأكراد", "المسلمون").
            let namedLikeItsCountry = actor.type == .group
                && actor.country.flatMap { countryIndex[$0] }.map { gazetteer.actors[$0].name == actor.name } == true
            let names = (namedLikeItsCountry ? [] : [(actor.name, true)]) + actor.aliases.map { ($0, false) }
                + ActorIndex.englishNames(actor).map { ($0, false) }
            let canonicalWords = Set(ActorIndex.abdSpellings(tokens(actor.name)).joined().map { ByteKey($0) })
            for (name, canonical) in names {
                let needsCapital = ActorIndex.startsWithCapital(name)
                // Names with عبد are written both ways (عبد الله, عبدالله): each is found as either.
                let spellings = ActorIndex.abdSpellings(tokens(name))
                for t in spellings + (actor.type == .person ? spellings.filter { $0.count >= 2 && $0[0] == abu }.map { [abi] + $0.dropFirst() } : []) {
                    guard let first = t.first else { continue }
                    // The first actor listed keeps a shared name.
                    guard seen.insert(ByteKey(Array(t.joined(separator: [0x20])))).inserted else { continue }
                    var target = i
                    if mergeGroups, actor.type == .group, let c = actor.country, let country = countryIndex[c] { target = country }
                    let epithet = actor.type == .person && !canonical && !t.contains { canonicalWords.contains(ByteKey($0)) }
                    byFirst[ByteKey(first), default: []].append(Pattern(tokens: t, hashes: t.map { ByteKey($0).hash }, actor: target,
                                                                        canonical: canonical && target == i, needsCapital: needsCapital,
                                                                        epithet: epithet))
                }
            }
        }
        for k in byFirst.keys { byFirst[k]!.sort { $0.tokens.count > $1.tokens.count } }
        let descriptors = Set(["حركة", "النادي", "نادي", "فريق", "جماعة", "تنظيم", "منظمة", "شركة", "مجموعة", "صحيفة",
                               "جريدة", "قناة", "وكالة", "مصرف"].flatMap { tokens($0) }.map { ByteKey($0) })
        let outsideDescriptors = Set(["حركة", "النادي", "نادي", "فريق", "صحيفة", "جريدة", "قناة"].flatMap { tokens($0) }.map { ByteKey($0) })
        for k in byFirst.keys {
            for n in byFirst[k]!.indices {
                let p = byFirst[k]![n]
                guard gazetteer.actors[p.actor].type == .organization, p.tokens.count >= 2,
                      descriptors.contains(ByteKey(p.tokens[0])) else { continue }
                let rest = Array(p.tokens.dropFirst())
                // A movement's, channel's, newspaper's or club's noun stands outside a name of one
                // word ("حركة النهضة", "قناة الجزيرة", "نادي الهلال": the mention is النهضة,
                // الجزيرة, الهلال, as after صحيفة for a newspaper found by discovery; "حركة
                // المقاومة الإسلامية" is a whole name); other descriptors only when the rest is a
                // name of the actor by itself ("شركة أرامكو"; "تنظيم القاعدة", "منظمة الصحة
                // العالمية" are whole names).
                if (outsideDescriptors.contains(ByteKey(p.tokens[0])) && rest.count == 1)
                    || byFirst[ByteKey(rest[0])]?.contains(where: { $0.actor == p.actor && $0.tokens == rest }) == true {
                    byFirst[k]![n].descriptorLength = 1
                }
            }
        }
        // The names organisations go by without their descriptor ("تنظيم القاعدة": القاعدة) when
        // that is not a name of theirs by itself already.
        let contextDescriptorKinds: [String: UInt8] = [
            "حركة": ContextKind.movement, "تنظيم": ContextKind.movement, "جماعة": ContextKind.movement,
            "منظمة": ContextKind.movement, "قناة": ContextKind.media, "صحيفة": ContextKind.media,
            "جريدة": ContextKind.media, "مجلة": ContextKind.media, "شبكة": ContextKind.media,
            "وكالة": ContextKind.media, "نادي": ContextKind.club, "النادي": ContextKind.club, "فريق": ContextKind.club]
        var descriptorKind: [ByteKey: UInt8] = [:]
        for (word, kind) in contextDescriptorKinds { for t in tokens(word) { descriptorKind[ByteKey(t)] = kind } }
        var contextual: [ByteKey: [ContextualName]] = [:]
        var seenContextual = Set<[UInt8]>()
        var shortNames = [[[UInt8]]](repeating: [], count: gazetteer.actors.count)
        // In the gazetteer's order (a dictionary's order changes from run to run): of two actors
        // named alike and of one kind, the first listed keeps the name.
        let descriptorPatterns = byFirst.values.joined().filter { p in
            gazetteer.actors[p.actor].type == .organization && p.tokens.count >= 2 && descriptorKind[ByteKey(p.tokens[0])] != nil
        }.map { (p: $0, joined: Array($0.tokens.joined(separator: [0x20]))) }
            .sorted { $0.p.actor != $1.p.actor ? $0.p.actor < $1.p.actor : $0.joined.lexicographicallyPrecedes($1.joined) }
        for (p, _) in descriptorPatterns {
            let kind = descriptorKind[ByteKey(p.tokens[0])]!
            let rest = Array(p.tokens.dropFirst())
            guard byFirst[ByteKey(rest[0])]?.contains(where: { $0.actor == p.actor && $0.tokens == rest }) != true,
                  seenContextual.insert([kind] + Array(rest.joined(separator: [0x20]))).inserted else { continue }
            contextual[ByteKey(rest[0]), default: []].append(ContextualName(tokens: rest, actor: p.actor, kind: kind))
            if rest.count == 1, !shortNames[p.actor].contains(rest[0]) { shortNames[p.actor].append(rest[0]) }
            // "للجزيرة": ل before ال is written لل.
            if kind == ContextKind.media, rest[0].starts(with: ActorIndex.alBytes), rest[0].count > 4 {
                let toldForm = [0xD9, 0x84] + rest[0][2...]  // ل + الجزيرة = للجزيرة
                contextual[ByteKey(Array(toldForm)), default: []].append(
                    ContextualName(tokens: [Array(toldForm)] + rest.dropFirst(), actor: p.actor, kind: ContextKind.told))
            }
        }
        for k in contextual.keys { contextual[k]!.sort { ($1.tokens.count, $0.actor) < ($0.tokens.count, $1.actor) } }
        // Namesakes: a club named "X + nationality" ("الأهلي السعودي", Jeddah's; "الهلال
        // السوداني") where X alone is another club's name ("النادي الأهلي", Cairo's): X, and
        // "النادي الأهلي" too, were always the other one, in Saudi articles as well.
        var namesakes = [[Int]](repeating: [], count: gazetteer.actors.count)
        let nationalityPatterns = byFirst.values.joined().filter { p in
            gazetteer.actors[p.actor].type == .organization && gazetteer.actors[p.actor].country != nil && p.tokens.count == 2
                && p.tokens[1].withUnsafeBufferPointer { ActorMatcher.isDefiniteNisba($0) }
        }.sorted { $0.actor != $1.actor ? $0.actor < $1.actor : $0.tokens[0].lexicographicallyPrecedes($1.tokens[0]) }
        for p in nationalityPatterns {
            guard let other = contextual[ByteKey(p.tokens[0])]?.first(where: { $0.kind == ContextKind.club && $0.tokens.count == 1 }),
                  other.actor != p.actor, gazetteer.actors[other.actor].country != gazetteer.actors[p.actor].country,
                  !namesakes[other.actor].contains(p.actor) else { continue }
            namesakes[other.actor].append(p.actor)
        }
        self.namesakes = namesakes
        self.hasNamesakes = namesakes.map { !$0.isEmpty }
        var countryNumber: [String: Int32] = [:]
        self.countryNumbers = gazetteer.actors.enumerated().map { (i, actor) in
            guard let c = actor.country else { return -1 }
            if let n = countryNumber[c] { return n }
            countryNumber[c] = Int32(i)
            return Int32(i)
        }
        self.contextualNames = ByteKeyMap(contextual)
        var contextNouns: [ByteKey: UInt8] = [:]
        for (list, kind) in [("عناصر مقاتلي مقاتلو مسلحي مسلحو فرع جناح ذراع معاقل", ContextKind.movementByMembers),
                             ("زعيم زعماء قائد قادة قيادات قيادي قياديي أمير أنصار", ContextKind.movementByLeaders),
                             ("مراسل مراسلة مراسلو مراسلي موفد موفدة مذيع مذيعة فضائية", ContextKind.media),
                             ("لاعب لاعبو لاعبي لاعبة مدرب مدربو مهاجم حارس مدافع جماهير جمهور مشجعي مشجعو فريق", ContextKind.club),
                             // A game's words that only a club takes after them ("حارس مرمى برشلونة",
                             // "في شباك العين", "نجم الوحدة", "بقميص النصر"); a longer name still
                             // wins. Not صفوف, a group's ranks as often ("البطالة في صفوف الشباب").
                             ("مرمى شباك نجم نجما نجمي نجوم قميص مهاجمي مهاجمو مدافعي مدافعو", ContextKind.club),
                             // A match's verbs and nouns: a city does not win or draw ("فاز برشلونة",
                             // "تعادل الجزيرة", "مباراة الهلال").
                             (ActorIndex.matchWords, ContextKind.club)] {
            for w in ActorIndex.words(list) { for t in tokens(w) { contextNouns[ByteKey(t), default: 0] |= kind } }
        }
        self.contextNouns = ByteKeyMap(contextNouns)
        self.relativePronouns = ByteKeySet(ActorIndex.words("الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي").flatMap { tokens($0) }.map { ByteKey($0) })
        self.matchPrepositions = ByteKeySet(ActorIndex.words("على أمام ضد مع").flatMap { tokens($0) }.map { ByteKey($0) })
        self.matchWordKeys = ByteKeySet(ActorIndex.words(ActorIndex.matchWords).flatMap { tokens($0) }.map { ByteKey($0) })
        self.thatWords = ByteKeySet(ActorIndex.words("إن أن إنه أنه إنها أنها بأن بأنه بأنها").flatMap { tokens($0) }.map { ByteKey($0) })
        self.byFirst = ByteKeyMap(byFirst)
        self.namePatterns = NamePatternTable(self.byFirst)

        var titles: [ByteKey: [[[UInt8]]]] = [:]
        let titleSpecs = ["الرئيس", "رئيس الوزراء", "رئيس الحكومة", "رئيس *", "رئيسة *", "وزير *", "وزيرة *",
                          "المتحدث باسم *", "الناطق باسم *", "المتحدثة باسم *", "الامين العام", "امين عام *",
                          "الملك", "الملكة", "الامير", "الاميرة", "الشيخ", "السفير", "سفير *", "المبعوث", "مبعوث *",
                          "المستشار", "السيناتور", "السناتور", "الجنرال", "اللواء", "العميد", "المشير", "العقيد", "الدكتور",
                          "القاضي", "النائب", "زعيم *", "قائد *", "ولي العهد", "العاهل", "مدير *", "مديرة *",
                          "المرشح", "المرشحة", "الوزير", "الوزيرة", "رئيسة الوزراء", "نائب الرئيس", "نائب رئيس *",
                          "السيد", "السيدة", "الامام", "الاستاذ", "المهندس", "الحاج", "المدرب", "اللاعب", "اللاعبة",
                          "النجم", "النجمة", "الفنان", "الفنانة", "الكاتب", "الكاتبة", "المخرج", "الشاعر", "الروائي",
                          "الصحفي", "الصحفية", "المطرب", "المطربة", "الممثل", "الممثلة", "الزعيم", "البطل", "البطلة",
                          "الحارس", "المهاجم", "المدافع",
                          // the feminine of those above, honorifics, and roles the news puts before
                          // a name ("الدكتورة نجاح العطار", "معالي عباس الفاسي", "الصحافية إيفون ريدلي")
                          "الدكتورة", "الشيخة", "الاستاذة", "المهندسة", "المستشارة", "السلطان", "الامبراطور",
                          "الامبراطورة", "البابا", "الكابتن", "كابتن", "صاحب السمو",
                          // without ال too ("وقال دكتور ريتشارد كيد", "بروفيسور ألبرتو فيرلين")
                          "دكتور", "دكتورة", "بروفيسور",
                          // "د." (دكتور): the tokenizer's sentence break after its period is no
                          // end of the phrase (`ActorMatcher.abbreviatedTitle`)
                          "د",
                          "المذيع", "المذيعة", "المخرجة",
                          "الشاعرة", "الروائية", "الاديب", "الاديبة", "المؤلف", "المؤلفة", "المؤرخ", "الفيلسوف",
                          "الموسيقار", "الملحن", "المغني", "المغنية", "الرسام", "الرسامة", "المصور", "الناقد",
                          "الناقدة", "المحامي", "المحامية", "الباحث", "الباحثة", "البروفيسور", "الخبير",
                          "الخبيرة", "المحلل", "المعلق", "الناشط", "الناشطة", "القيادي", "القيادية",
                          "الملياردير", "رجل الاعمال", "سيدة الاعمال", "الكاردينال", "المطران", "البطريرك",
                          "الحاخام", "المفتي", "الداعية", "الصحابي", "الخليفة", "العداء",
                          "العداءة", "الملاكم", "الاسير", "الاسيرة", "الشهيد", "الشهيدة",
                          // a company's, an agency's or a team's officers, and the spokesman with
                          // his adjective ("وقال المدير التنفيذي نبيل فرحات", "المدير الفني حسام
                          // البدري", "المتحدث الرسمي باسم الجيش العقيد ...", "النائب العام نبيل صادق")
                          "المدير التنفيذي", "المديرة التنفيذية", "المدير العام", "المديرة العامة", "المدير الفني",
                          "الرئيس التنفيذي", "الرئيسة التنفيذية", "المتحدث الرسمي", "المتحدثة الرسمية",
                          "الناطق الرسمي", "المتحدث الرسمي باسم *", "الناطق الرسمي باسم *", "المتحدث العسكري",
                          "المدعي العام", "النائب العام"]
        // Words before a name that are as often before a noun or a verb ("سعادة كبيرة", "المتهم يقر
        // بجريمته", "فريقي معالي سجنان", "نادي الرائد ساهم"): a title only before a given name and
        // more (`weakTitles`).
        let weakTitleSpecs = ["سعادة", "سمو", "الشاب", "الشابة", "المواطن", "المواطنة", "الطفل", "الطفلة",
                              "الفتي", "الفتاة", "الزميل", "الزميلة", "المعتقل", "المعتقلة", "المتهم", "المتهمة",
                              "الضحية", "الاب", "معالي", "فخامة", "سماحة", "فضيلة", "النقيب", "الرائد",
                              // also adjectives ("المتحدث الإعلامي لجوازات", "المهنية الصحافية تقتضي")
                              "الصحافي", "الصحافية", "الاعلامي", "الاعلامية",
                              // a work's credits ("تأليف لينين الرملي وإخراج خيري بشارة"; also "removal")
                              "اخراج", "تاليف",
                              // military ranks that are words too ("الفريق" the team, "المقدم" the
                              // presenter): "الفريق عبد الرحيم محمد حسين", "المقدم عبد الله الهلالي"
                              "الفريق", "الفريق اول", "المقدم", "الملازم", "الملازم اول", "العريف", "الرقيب",
                              // and ركن ("staff") after a rank, the title's ("اللواء ركن فياض بن حامد الرويلي")
                              "الفريق ركن", "الفريق اول ركن", "المقدم ركن", "اللواء ركن", "العميد ركن", "العقيد ركن"]
        // Roles that are a title only of a known place, organisation or nationality right after
        // them ("@": that actor, whose name then needs two words or more after it): "ملك الأردن
        // عبد الله الثاني", "مهاجم ليفربول محمد صلاح", "ممثل اليابان كنزو أوشيما". Alone they are
        // words as often ("ملك" property, "نجم" star, "حارس" guard), and not title words.
        let actorTitleSpecs = ["ملك @", "ملكة @", "امير @", "اميرة @", "حاكم @", "محافظ @", "عمدة @", "مستشار @",
                               "ممثل @", "ممثلة @", "مندوب @", "مندوبة @", "لاعب @", "لاعبة @", "مهاجم @", "مدافع @",
                               "حارس @", "مدرب @", "نجم @", "نجمة @", "قنصل @", "مراسل @", "مراسلة @"]
        var weakTitles: [ByteKey] = []
        for spec in titleSpecs + weakTitleSpecs + actorTitleSpecs {
            let t = ActorIndex.words(spec).map { $0 == "*" || $0 == "@" ? [UInt8(ascii: $0 == "*" ? "*" : "@")] : Array(tokens($0).first ?? []) }
            titles[ByteKey(t[0]), default: []].append(t)
            if weakTitleSpecs.contains(spec) { weakTitles.append(ByteKey(t[0])) }
        }
        self.weakTitles = ByteKeySet(weakTitles)
        self.officerTitles = ByteKeySet(["المدير", "المديرة", "الرئيس", "الرئيسة"].map { ByteKey(Array(tokens($0).first ?? [])) })
        let honorificTitleSpecs = ["السيد", "السيدة", "الدكتور", "الدكتورة", "د", "الشيخ", "الشيخة", "الاستاذ", "الاستاذة",
                                   "المهندس", "المهندسة", "الحاج", "الفنان", "الفنانة", "الامبراطور", "الامبراطورة",
                                   "دكتور", "دكتورة", "بروفيسور", "البروفيسور"]
        self.honorificTitles = ByteKeySet(honorificTitleSpecs.map { ByteKey(Array(tokens($0).first ?? [])) })
        for k in titles.keys { titles[k]!.sort { $0.count > $1.count } }
        self.titles = ByteKeyMap(titles)
        // The heads that name an organisation most of the time in the NER gold corpora (حزب 95%,
        // معهد, جامعة, منظمة, مجلس, اتحاد ...; not شركة 3-20%, صحيفة, مركز, whose phrases are as
        // often descriptions: "شركة الكهرباء", "مركز المدينة"). وزارة since the twenty-sixth
        // session: a ministry is an organisation (NewsFANE tags it so, +32 right; ANERCorp mostly
        // not, −2 right and 40 more found); "وزارة الداخلية" without a nationality is every
        // country's, as the text says it.
        // Not تنظيم ("organising": "تنظيم النسل") or جبهة ("a front": "جبهة الساحل الغربي") without
        // ال; الجبهة and التنظيم before a nisba are ("الجبهة الشعبية").
        let organizationHeadList = "حزب جامعة منظمة اتحاد معهد كلية مجلس هيئة وكالة بنك مصرف رابطة جمعية أكاديمية وزارة"
        self.organizationHeads = ByteKeySet(ActorIndex.words(organizationHeadList).flatMap { tokens($0) }.map { ByteKey($0) })
        self.organizationKindHeads = ByteKeySet(ActorIndex.words("حزب منظمة اتحاد وكالة بنك مصرف رابطة جمعية").flatMap { tokens($0) }
            .map { ByteKey($0) })
        // Nouns before an organisation's name that are not part of it (the gold corpora tag
        // "صحيفة [بيلد]", "فريق [برشلونة]", "نادي [الهلال]").
        self.mediaDescriptors = ByteKeySet(ActorIndex.words("صحيفة جريدة مجلة قناة شبكة").flatMap { tokens($0) }.map { ByteKey($0) })
        self.teamDescriptors = ByteKeySet(ActorIndex.words("فريق نادي").flatMap { tokens($0) }.map { ByteKey($0) })
        self.companyDescriptors = ByteKeySet(ActorIndex.words("شركة").flatMap { tokens($0) }.map { ByteKey($0) })
        self.placeDescriptors = ByteKeySet(ActorIndex.words("مدينة بلدة قرية منطقة حي إقليم ولاية محافظة جزيرة قضاء مقاطعة مخيم")
            .flatMap { tokens($0) }.map { ByteKey($0) })
        // (Not ولاية, "term of office" as often: "في ولاية فرانسوا هولاند".)
        self.namedPlaceNouns = ByteKeySet(ActorIndex.words("مدينة بلدة قرية منطقة حي إقليم محافظة جزيرة قضاء مقاطعة مخيم "
                                                           + "معبر شارع طريق ميدان ساحة جسر مسجد جامع مدرسة ثانوية مستشفى "
                                                           + "مطار ميناء ملعب محطة سوق جبل وادي بئر قصر جامعة كلية "
                                                           // institutions and prizes named after people ("مكتبة الملك فهد", "مركز الملك
                                                           // سلمان للإغاثة", "جائزة الملك فيصل")
                                                           + "مكتبة حديقة مجمع مؤسسة مركز قاعة جائزة معهد مستشفى "
                                                           // stadiums, halls, bases, cups and chairs ("ستاد الملك فهد",
                                                           // "قاعدة الملك عبد العزيز الجوية", "كأس الأمير فيصل بن فهد")
                                                           + "ستاد استاد صالة قاعدة كأس كرسي")
            .flatMap { tokens($0) }.map { ByteKey($0) })
        // (ids, not names: the built-in list's; a user's list that replaces it has none of them)
        let placeWordList: [(id: String, afterPreposition: UInt8)] = [
            ("place:khobar", 1),  // الخبر: "the news" ("رابط الخبر", "هذا الخبر")
            ("capital:EH", 1),  // العيون: "the eyes" ("طب العيون", "مستشفى العيون")
            ("place:zarqa", 1),  // الزرقاء: "the blue" ("الديوك الزرقاء", "المياه الزرقاء")
            ("country:ML", 1),  // مالي: "financial" ("مبلغ مالي", "تعويض مالي")
            ("place:kef", 1),  // الكاف: also the Confederation of African Football, in Tunisia's sport news
            ("place:mashhad", 0),  // مشهد: "a scene" ("في مشهد مؤثر"; "إلى مشهد" is the city)
            ("capital:TL", 0),  // ديلي: "Daily" ("ديلي ميل", "ذا ديلي شو"), and Dele Alli
        ]
        var placesNamedByAWord = ActorFlags(count: gazetteer.actors.count)
        for (id, afterPreposition) in placeWordList {
            if let i = gazetteer.actors.firstIndex(where: { $0.id == id }) { placesNamedByAWord[i] = afterPreposition }
        }
        self.placesNamedByAWord = placesNamedByAWord
        self.placeContextNouns = keySet("مدينة بلدة قرية منطقة حي إقليم ولاية محافظة جزيرة قضاء مقاطعة "
                                        + "بلدية دولة جمهورية حكومة عاصمة العاصمة عاصمتها عاصمته مدن "
                                        + "محافظات ولايات إمبراطورية مملكة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط")
        self.placePrepositions = keySet("في وفي إلى وإلى من ومن نحو قرب داخل خارج بين")
        self.placeDirections = keySet("إلى وإلى نحو")
        self.capitalNouns = keySet("عاصمة العاصمة")
        self.timesOfDay = keySet("صباح مساء ظهر فجر عصر ليلة ظهيرة")
        self.timeWords = keySet("يوم أمس غد الغد اليوم باكر")
        self.prepositionsAfterAVerbalNoun = keySet("على عن")
        self.placeNamePrefixes = keySet("بيت سان سانت سانتا سانتو عين دير كفر تل خان بني بئر أبو أم رأس جبل وادي جسر سيدي")
        self.wordsLikeAProcliticAndAName = keySet("وفيات ووفيات بليون وبليون بلايين للحج وللحج فللحج كاسيا برايس وبرايس")
        self.organizationNameStops = ByteKeySet(ActorIndex.words("التابع التابعة التابعين المعني المعنية المختص المختصة "
                                                                 + "الحاكم الحاكمة المعارض الموالي الموالية المحظور المحظورة المنحل المنحلة "
                                                                 + "الأحد الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
                                                                 + "الشهر العام الأسبوع اليوم الماضي الماضية المقبل المقبلة")
            .flatMap { tokens($0) }.map { ByteKey($0) })
        self.definiteOrganizationHeads = ByteKeySet(ActorIndex.words(organizationHeadList + " جبهة تنظيم").flatMap { tokens("ال" + $0) }
            .map { ByteKey($0) })
        // Complements that make a head a description, not a name ("مجلس الإدارة" of any company,
        // "هيئة التدريس", "الجمعية العمومية", "التنظيم الإرهابي", "وكالة الأنباء" of any country).
        self.genericOrganizationWords = ByteKeySet(ActorIndex.words("الإدارة التدريس العمومية الإرهابي الأمناء الأنباء الرئيسي الرئيسية")
            .flatMap { tokens($0) }.map { ByteKey($0) })
        let verbs = ["قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "اوضح", "اوضحت", "اشار", "اشارت", "اضاف", "اضافت",
                     "دعا", "دعت", "التقي", "بحث", "استقبل", "زار", "يزور", "تزور", "ان", "انه", "انها", "الذي", "التي",
                     "خلال", "امس", "اليوم", "يوم", "في", "الي", "علي", "عن", "مع", "من", "و", "او", "ثم", "لدي", "بعد",
                     "قبل", "حيث", "كما", "ايضا", "الجديد", "السابق", "الحالي", "الاسبق", "المنتهية", "ولايته", "نفسه",
                     "شخصيا", "بدوره", "بدورها", "يدعي", "يدعى", "المدعو", "هو", "هي", "ذلك", "هذا", "هذه", "امام",
                     "تصريحات", "تصريح", "بيان", "كلمة", "لقاء", "زيارة", "اتصالا", "هاتفيا", "مؤتمر", "صحفي",
                     // prepositions of time and place that are no stopwords ("وتعهد الرئيس صالح عقب
                     // أدائه اليمين": the name was "صالح عقب")
                     // (not فور, "as soon as": a name too, أوليفييه فور)
                     "عقب", "اثر", "غداة", "عشية", "ابان", "وسط",
                     // circumstantial adverbs after a title ("الرئيس قائلا")
                     "قائلا", "قائلة", "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة", "مؤكدا", "مؤكدة",
                     "معربا", "معربة", "لافتا", "لافتة", "مطالبا", "مطالبة", "داعيا", "داعية", "معتبرا", "معتبرة",
                     // kinship words that follow names ("سكريبال وابنته")
                     "ابنه", "ابنته", "وابنه", "وابنته", "زوجته", "وزوجته", "زوجها", "وزوجها", "نجله", "ونجله",
                     "شقيقه", "وشقيقه", "شقيقته", "وشقيقته", "والده", "ووالده", "والدته", "ووالدته", "عائلته", "وعائلته",
                     // and kin with ال or in construct ("إسماعيل الابن البكر", "تشارلز هاملتون أخو زوجة ويلكس")
                     "الابن", "الابنة", "الأب", "الأخ", "الأخت", "الأم", "الزوجة", "الشقيق", "الشقيقة", "الحفيد", "الحفيدة",
                     "أخو", "أخي", "أخا", "زوجة", "أرملة", "شقيق", "شقيقة", "حفيد", "حفيدة"]
        // Common nouns that head the phrases after a title ("رئيس مجلس إدارة الهيئة", "قائد كتائب
        // ...") and the formulas after a name ("صلى الله عليه وسلم", "رحمه الله"): never a name's word.
        let commonNouns = ["ادارة", "مجلس", "هيئة", "الهيئة", "لجنة", "اتحاد", "جمعية", "شركة", "مؤسسة", "نادي", "مركز",
                           "جامعة", "كلية", "وزارة", "بلدية", "حقوق", "كرة", "لكرة", "مكتب", "قسم", "فرع", "منظمة", "حزب",
                           "حركة", "جبهة", "قوات", "جيش", "دولة", "مدينة", "محافظة", "منطقة", "كتائب", "قناة", "صحيفة",
                           "وكالة", "مجموعة", "فريق", "منتخب", "برنامج", "مشروع", "قطاع", "ادارات", "شؤون", "شئون", "مجال",
                           "رسالة", "رسالته", "كتاب", "بيانا", "تقرير", "صلي", "رحمه", "رحمها", "رحمهم", "حفظه", "حفظها",
                           "حفظهم", "تعالي", "عليه", "عليها", "وسلم", "السلام", "حظر", "ارسل", "ارسلت", "كبار",
                           // adjectives of institutions ("جامعة نايف العربية", "مطار خالد الدولي")
                           "العربية", "العربي", "الدولية", "الدولي", "الوطنية", "الوطني", "الاسلامية", "الاسلامي",
                           "العامة", "الاهلي", "الاهلية", "الخاصة", "المركزي", "المركزية", "الاتحادية", "الملكية"]
        self.commonNouns = ByteKeySet(Stopwords.normalized(commonNouns, profile: profile).map { ByteKey($0) })
        self.notNames = ByteKeySet(Stopwords.normalized(Stopwords.arabic + Stopwords.english + verbs + commonNouns, profile: profile)
            .map { ByteKey($0) })
        // Given names: Arabic ones, then those of other languages (a family name with ال after
        // one of those is a word of the language: "جوزيه الإفصاح", "راوول الهدف").
        let arabicGivenNameList = [
            "محمد أحمد محمود مصطفى إبراهيم يوسف خالد حسين عبد عبدالله عبدالرحمن عبدالعزيز فيصل طارق وليد هشام أيمن عمرو",
            "ياسر زياد مروان سلمان تركي بندر نايف حمد زايد سلطان عيسى موسى هاني سعد إسماعيل يحيى زكريا أسامة عثمان",
            // More Arabic given names (male, then female): only those that are not also common words
            // (سعيد, كريم, أمين, صالح, فارس, نبيل, هدى, أمل, باسم, أشرف, صدام, رائد, حازم, سليم, خليفة,
            // جهاد, رضا ... are left out; so is صلاح: صلاح الدين is also an Iraqi province).
            "أنس أسعد إياد بسام بشار بشير ثامر جاسم جابر جعفر حاتم حامد حمدي حمزة خليل راشد رامي زهير سامح سامي",
            "سليمان سمير سهيل شادي طلال عاصم عبدالحميد عبدالرحيم عبدالكريم عبدالمجيد عبدالملك عبدالناصر عبدالفتاح",
            "عبدالقادر عبداللطيف عبدالسلام عبدالوهاب عبدالمنعم عبدالرزاق عبدالإله عبدالهادي عبدالباسط عبدالحكيم عدنان",
            "عصام علاء عماد عمار غازي غسان فادي فؤاد فراس فهد فوزي قاسم قيس كمال لؤي ماجد مازن ماهر مجدي مدحت مراد",
            "معاذ معتز مهدي ناصر نزار نواف هيثم وائل وجدي يونس يعقوب داود إدريس أيوب هارون بلال حسام شوقي صبري فتحي",
            "فاروق قصي لطفي مأمون محسن مرتضى مشعل معمر منذر مهند ميشال نجيب نوري ياسين يسري تميم حمدان سعود طحنون هزاع",
            "إيهاب باسل تامر حسني رأفت زكي سامر سعدي شكري صفوت طه عزمي فايز قدري مهاب",
            "فاطمة عائشة خديجة زينب مريم رانيا سلمى سميرة سعاد نادية نوال هالة هند لبنى مها رشا ريهام شيرين ياسمين",
            "لمياء سوزان غادة ميساء نجلاء نسرين هيفاء دينا رغدة سهير عبير نجوى منيرة",
            // Twenty-second session: more Arabic given names (male, compound عبدال..., female) and
            // names of other languages as Arabic news writes them, again none a word of the
            // language (those are in the ambiguous list below); a name that is frequent in the
            // news (عباس, منصور, بنيامين) is no common word for it. Not the family names that
            // Chinese and Korean names start with (وانغ, كيم, لي): those are the short forms; nor
            // واين, ويل, ويلي ("and where", "woe", "woe is me").
            "نبيه بهاء إلياس طلعت عزام معاوية عمير نعمان نصري نهاد همام وضاح وهيب أكرم أمجد باهر بهجت حسان",
            "حسنين حلمي حمادة حماد خضر دريد ذياب رامز رضوان رمزي زاهر صبحي صفوان ظافر عاطف عاكف عدي",
            "عفيف عقيل عوني غانم غياث فهمي فواز قحطان كاظم كنان لبيب لقمان مرعي مصعب مظفر معتصم معن منيب",
            "ناظم نبهان نزيه نصار وصفي وفيق يامن جودت حسيب سعدون ضاحي عبود مشاري ميسرة ممدوح زهران",
            "سرحان عباس حيدر سفيان منصور مسعود",
            "عبدالرؤوف عبدالغني عبدالمحسن عبدالجليل عبدالحليم عبدالخالق عبدالجبار عبدالستار عبدالصمد",
            "عبدالعليم عبدالغفار عبدالواحد عبدالمطلب عبدالحي عبدالقوي عبدالمعطي عبدالعاطي عبدالمولى",
            "بثينة خلود ديما رزان رغد رقية روان ريم ريما زهراء سمر سمية سهى سوسن شذى عبلة علياء فدوى كوثر",
            "لانا لينا ماجدة منال ميرفت ميسون ناديا نادين هنادي آلاء أروى رنا رندة شيماء فايزة لمى مايا",
            "مروة نرمين يارا جيهان نيفين هويدا نوف موضي لولوة ليلى",
            // Twenty-seventh session: first words of the people discovered on news-bench that were
            // in neither list, read one by one (names only; those that are words too are in the
            // ambiguous list below). Arabic, then other languages.
            "حمود متعب جمعان مسفر عواد معز عايض عائض راجح لسعد مفرح مكرم راكان سطام نديم مفلح جلوي جاسر",
            "شويش فيحان مهنا نوفل جاويد جديع شايع بخيت عصمت مشبب سحيم برجس فهاد فهيد مسعد عيدروس",
            "بلقاسم ناصيف ناصف عساف مقرن رميح منجي دولت بيجان حشمت إيناس نورا نورة ديانا ناهد أسمهان مديحة",
            // Moved here from the lists of names of other languages: Arabic (and Kurdish) names.
            "مصطفي بلقيس تارا برهم بطرس جبران جبريل قابوس منصف مهاتير نذير هوشيار",
            // (second pass, names of two discovered people or more)
            "أبوبكر مرزوق مفرج داوود محمدو رؤوف هذلول رشدي سامية فوزان شاهر طراد متولي مناف حارث سنية عايدة",
            "فراج حنيف ذيب رائف رستم عبادي عكرمة علوان غزوان فطيس خلدون جرير سميح شيروان عايشة غزاي فوزية",
            "مدثر مضحي بوشعيب مدلج معيض نصيف مارون ميرزا بهروز",
        ]
        let otherGivenNameList = [
            "جورج جون جيمس ديفيد مايكل مايك توماس روبرت ريتشارد تشارلز جوزيف دانيال ماثيو أندرو بيتر بول مارك ستيفن",
            "كيفن إدوارد فرانك هنري ألبرت ويليام وليام توني جاك بيل نيكولا فرانسوا جان بيير ميشيل فيليب ألان أنطونيو خوسيه",
            "كارلوس ماريو فلاديمير سيرغي دميتري أليكسي نيكولاي هانز أنجيلا ماري إليزابيث سارة",
            // More given names of other languages, as Arabic news writes them.
            "برايان كريستوفر ستيف جيف جيفري باتريك دونالد رونالد هيلاري هيلين كاثرين جوليا ماريا لويس لوكا ماركو باولو",
            "فرانشيسكو جوزيبي سيلفيو أليساندرو دييغو فرناندو خوان مانويل رافاييل روبرتو ريكاردو أوليفر هاري جوردون نيك",
            "نيكولاس سيرجيو إيغور بوريس ميخائيل يوري أندريه إيفان ألكسندر كلاوس فولفغانغ هيلموت غيرهارد أولاف كارل",
            "فريدريش يوهان أندرياس ستيفان مارتن مارتين جوزيه أنطوان إيمانويل كريستين آنجيلا تيريزا مارغريت جوليان",
            "سيباستيان كريستيان فيكتور فيكتوريا باراك",
            // Common given names of English, French, Spanish, Portuguese, Italian, German, Dutch and
            // Russian, as Arabic news transliterates them (several spellings where usage varies).
            // Not those written like common words once normalised: آن (أن), آنا (أنا), راي (رأي),
            // روس ("Russians").
            "آدم أليكس اليكس أماندا أنتوني أنطوني آرثر باري بنجامين بوب براد براندون كارولين كيث كيلي",
            "كريس كولين كريغ دان داني ديف دينيس دوغلاس دوجلاس إريك اريك إميلي إيما فيليكس فرانسيس غاري جاري",
            "غريغ إيان إيزابيل جيسون جيمي جانيت جين جنيفر جينيفر جيري جيسيكا جوش جاستن كيت لاري ليزا لورا",
            "ليندا لوسي ميغان ميليسا ناتالي نانسي نيل أوليفيا راشيل ريبيكا ريك روب رون سام سامانثا",
            "ساندرا سكوت شون تيد تيري تيم توم والتر وارن زاك ديفيد ديفد ستيفن ستيفان جوزيف جوزف مايكل ميكائيل",
            "برنار كريستوف دومينيك جيرار لوران أوليفييه باسكال رينيه روجيه إيف ديدييه جيروم كلود سيلفي",
            "مارين فرانسوا إيزابيل أليخاندرو إدواردو إنريكي غابرييل خافيير خيسوس خورخي ميغيل بابلو",
            "بيدرو ماتيو ماسيمو أنجيلو كريستيانو فابيو جورجيو لورينزو برونو جواو يورغن ماركوس فرانز ماكس",
            "لارس أندرس يان هورست فريدريك أناتولي أوليغ يفغيني غينادي فاليري فياتشيسلاف ليونيد ناتاليا أولغا",
            "تاتيانا سفيتلانا يوليا رامون",
            // Twenty-second session: Hebrew, South Asian and other names.
            "إيهود أرييل شمعون موشيه إسحاق نفتالي يائير تسيبي شاؤول أفيف يوسي بنيامين أفيغدور دافيد",
            "برويز نواز شهباز بينظير آصف نيجيرفان مسرور ناريندرا راهول سونيا مجتبى",
            "نيلسون كوفي شينزو جاسيندا ألفريد إميل جوستين رايمون هوغو هوجو إرنست غوستاف فرديناند ليونارد",
            "لودفيغ أرنولد ألبرتو ريموند سيمون أنجيلينا انجلينا سكارليت ميلاني إيلي ستيفين داستين أوبرا روبي",
            "جاكي إدغار ماكسيميليان ألفارو راؤول سيرجي يوجين فيودور كونستانتين تشاك ناثان بيرني كاتي",
            "كيتي بريجيت سيغولين أنغيلا إدوار أندريس ديمتري جوناثان ويسلي وودي",
            // Twenty-third session: the first words of the gazetteer's people that were in
            // neither list (none a word of the language, nor a family name that starts a Chinese
            // or Korean name)
            "أدولف أرتورو إسحق آندي أورسولا إيتمار إيدن إيرلينغ إيفانكا إيكر إيلون برابوو بيترو",
            "تيريزا تيبو تيدروس تييري ثابو جاريد جاكوب جانلويجي جايير جوزيب جوكو جولدا جونيشيرو",
            "جياني جيك رافائيل رافايل رودريغو رومانو ريشي زلاتان ساديو سيريل سيرينا سيغموند سيجموند سيلفان",
            "شارل غادي غاليليو غريتا غوردون غولدا فاسيلي فرانكلين فولوديمير فوميو فيدل فيديريكا فيليبو",
            "كارلو كامالا كريستالينا كولن كوندوليزا لويد ماريانو مانموهان مناحيم منوشهر مهاتما",
            "نابليون نوفاك نيكول هاكان هانس هيرفي وليم ونستون وينستون يسرائيل ينس يوآف",
            "يوحنا يوشكا",
            // Twenty-seventh session (as in the Arabic list).
            "ليوناردو ريان كلير ليو تياغو تياجو فابيان غريغ جريج كريغ كريج موريس دييغو دييجو",
            "جيرارد لوك إيوانيس جولي لويز فولفجانج باربرا فرانسيسكو كريستينا رودريجو لوسيان سيرج دانيلو",
            "كوستاس سيزار إيليا أناستازيا ديبورا ماريان كونور فيتالي نيستور نستور فرانكو ديرك فريديريك",
            "ساندرو طوني ناتاشا فيديريكو فيدريكو فولكر لازلو أوهورو باستيان دارين ميك إيفا مورغان داريا",
            "ميكايل بافل بافيل جويل جوردان ستيفانوس إيرينا جودي روبير كاتيا كارستن برنارد جوني راسل سوزي",
            "مارسيل مونيكا ميلوس ميلوش بولنت تومي سيموني شتيفان أكيرا باتريشيا أرنو بيكي تريستان سانجاي",
            "مارجريت مارغريت مايلز ريتا زلاتكو خاميس بيدرو بدرو إستيبان جيورجيوس جورجيوس سيغمار كيت ماكسي",
            "ماكسيم بورنا كوليندا توبي نورمان كايو يانيس جيانيس خافي فانيسا كريستيان ليفيو جينا كاميلا لويك",
            "تاكاشي سيليا لورينتيو إنزو جيانلوكا نورودوم هيو يانيك أوريليو جورجينيو خايمي راينهارد فابريس",
            "فريدي فيليكس فلاد ميراي ميهاي هوراسيو أنديرس إيكاترينا بيرس جيريمي جريمي خوسي داريل دامير",
            "دانييلا لوتشيانو ميشا نيلز هانا هولغر هولجر باميلا جريجوري غريغوري داميان دانييلي ريبيكا",
            "ريشار ريناتو سيسيل غراهام لورانس لوسيانو ميشائيل ميشائل تانيا خوردي سانجيف سيندي ميرا صامويل",
            "سيمونا أردا كيريل أريثا سانتي أوبير فانسان فنسان فينسنت إيلينا غييرمو ميلوراد يايا تيلور",
            "تيودور كيرا أكسل كارليس كارلس ليروي أوزفالدو بارنبي",
            // (second pass, names of two discovered people or more)
            "كاري فرنسوا فرانسوا فرانسواز فرنسواز أنجي أمبر كارين دانيل راين جول صوفي كرستيان كيكي",
            "جاكلين أرتور جايمي لوي إيزيكيل دايفيد غاي ستورمي أورهان جونين جوسيمار نيتا سيلفستر ميري",
            "زيجمار لودوفيك إيميلي رافي زفن فيتور ليندسي مورجان أميت إيرك بانوس تيسا جوزي مامادو إيجور",
            "زدرافكو غابريل غرانت غونتر كلوديا كلاوديا كليمنت ماريوس نايجل نيكيتا أوتو أوناي جانيس رولا",
            "ريمي سادي سيرجو فليب فيكرام فيونا كارمن كورت مارينا ياكوف إيهان تريفور جيرالد جيني دراغان",
            "دينو روزا غلوريا فريدون ماريك مينورو نونو دافيدي جوردي جولن خوسيب بريندان جوليو جيراردو",
            "إيسوفو دنيز مارلين أوسيبيو إيلتون بوني أنجيليك إيزاك جينارو كايلي كليمان نيكلاس يولن إيميليانو",
            "تامي ديميتريوس ديميتريس ديمتريس سيلسو شيري غيوم ميتش ميريل ميكيل نيقولا أدام أنابيلا إيثان",
            "جنكيز جونزالو ديديي فيران فيليشيا فينتشنزو مانولو ميكي هيرنان أغوستي أوليج بريجيته تاماس",
            "ثيو جورجينا داريو رودريك رونان ريني كارن ليليا مارغو ماسيمليانو هارالد هيرفيه أبراهام أفونسو",
            "أموس أنطون أنيتا أودري أوفير تيدي تيرينس جابرييل جانا جوفاني دوايت ساندي ستيفانو شتيفن غريس",
            "فرانشيسكا فريدريكو كاميليا لورنزو مارتينا ماكوتو مالكوم ملادن أنثوني إنجريد أنستاسيا أنيكا",
            "أوجست أوجيني أوريول أوزيبيو باريش براين برنابا بريتاني بلايز بيرنارد تريسي ترينت ثيودور جاريث",
            "جيكوب جيليان جينفر جينفير جنيفير دانتي راندي رايتشل رودولفو ريتشار ريشارد زاكري زاكاري",
            "سالفادور سامويل صمويل صاموئيل سرجيو سيرغيو سوزانا فرانتس فكتور فلاديسلاف فيسنتي كاتارينا كارلا",
            "كارول كاميل كريستن كلايف كلوديو ليسلي ليفنت نوربرت يورغ أكسيل أمادو إيتان إيليوت إيملي إيوان",
            "باتريسيا باربورا بلاسيدو بورخا بيترا تايلر جارود جريجوريو جوسيبي جوليانو دافني دوريس",
            "رومولو روميو سامانتا غابور غارث فلوريان فيتوريو كاثي كلينت لوبومير ميريام ميلودي ناعومي نينا",
            "هارولد هاميش ياروسلاف يهودا ماتيوش",
        ]
        let givenNameList = arabicGivenNameList + otherGivenNameList
        // Arabic given names that are also words of the language (سعيد "happy", حسن "good", أمين
        // "faithful", نور "light" ...): a person only before a word that is not one ("سعيد صيام",
        // "نبيل العربي" yes; "عيد سعيد للجميع", "حسن النية" no). Not عمر: "عمرها" (her age) is
        // often written "عمر ها"; nor باسم ("المتحدث باسم الحكومة") or أمين ("أمين عسير", a title).
        let ambiguousGivenNameList = "سعيد سعد حسن عادل نبيل صالح جمال كريم سالم أشرف نور هاشم فارس جهاد "
            + "حازم رائد سليم منير شريف عزيز كامل فاضل منى هدى "
            // twenty-second session ("حبيب" beloved, "وسام" medal, "رجب" and "جمعة" of the calendar ...)
            + "حبيب رشيد شاكر صابر راضي طاهر غالب فرج حميد شهاب مختار مجيد محفوظ عطية وسام برهان ضياء عوض "
            + "جاد درويش مؤيد صقر نعيم رفيق نضال بركات رشاد عمران فائز فكري موفق منتصر خيري مصباح توفيق جلال "
            + "نادر ناجي سلامة زين نصر هادي أنور بدر بكر جواد حافظ سيف صادق فريد مبارك وحيد أنيس رجب جمعة "
            + "خميس عيد زيد حنان دعاء سحر صفاء وفاء ولاء بشرى زهرة هبة نجاة حنين منار كريمة أميرة عزيزة رياض "
            // verbs of the past too: "رفعت دعوى", "حكمت المحكمة", "نشأت في"
            + "رفعت حكمت نشأت عزت "
            // twenty-ninth session ("سيد" master: "سيد قطب", Iran's "سيد" names; not نجاح, أمل:
            // "نجاح باهر", "أمل ضعيف" on news-bench)
            + "سيد "
            + "تغريد رحاب سلوى سماح سناء عفاف غدير لطيفة نبيلة وداد ابتسام بسمة جنى فاتن هيا سهام إسراء "
            + "إيمان جميلة فريدة أحلام إلهام آمنة أوسكار وسيم "
            // twenty-seventh session (from news-bench's discovered people, as above)
            + "مشاعل عابد رابح شفيق ليث بكري عايد رافع غيث مصلح نائل مجاهد تيسير محرم شجاع أماني هناء علا "
            + "عواطف دلال عهود نغم ملاك مناهل أشواق أنغام هاجر رومان مناحي تود "
            + "عامر عارف مبروك مطر ربيع ساجد رعد فلاح مجد جوهر دخيل مكي منتظر صدقة فردوس جبر رجا سنان "
            + "نظير هديل أنوار تاج زاهد منور"
        /// The normalised tokens of space-separated words, as keys.
        func keys(_ words: String) -> Set<ByteKey> {
            Set(ActorIndex.words(words).flatMap { tokens($0) }.map { ByteKey($0) })
        }
        // Without those that normalise to a stopword: ألان is written like الآن (الان), "now".
        let stopwordKeys = Set(Stopwords.normalized(Stopwords.arabic, profile: profile).map { ByteKey($0) })
        self.givenNames = ByteKeySet(keys(givenNameList.joined(separator: " ")).subtracting(stopwordKeys))
        self.otherGivenNames = ByteKeySet(keys(otherGivenNameList.joined(separator: " ")).subtracting(stopwordKeys))
        self.ambiguousGivenNames = ByteKeySet(keys(ambiguousGivenNameList).subtracting(stopwordKeys))
        self.titleTimeAdjectives = ByteKeySet(keys("السابق السابقة الأسبق الحالي الحالية الجديد الجديدة"))
        self.continentAdjectives = ByteKeySet(keys("الأوروبي الأوروبية الأوربي الأوربية الآسيوي الآسيوية الأسيوي الأسيوية "
                                                   + "الأفريقي الأفريقية الإفريقي الإفريقية الأمريكي الأمريكية الأميركي الأميركية "
                                                   + "اللاتيني اللاتينية العربي العربية الغربي الغربية الشرقي الشرقية"))
        self.wordsBeforeAllahInNames = ByteKeySet(keys("حسب خير جار فضل عطا نصر رزق فتح ضيف حرز جاد عوض فرج هبة منة سعد"))
        self.formulaWordsBeforeAllah = ByteKeySet(keys("رضي رضوان رحمه رحمها رحمهما رحمهم رحمة صلى صلوات قدس أطال حفظه حفظها "
                                                       + "حفظهم أيده أيدها أعزه سبحان بسم شاء يرحمه يحفظه تبارك"))
        self.allah = ByteKeySet(keys("الله"))
        let partyAdjectiveList = "الجمهوري الجمهورية الديمقراطي الديمقراطية الليبرالي الليبرالية "
            + "اليساري اليسارية اليميني اليمينية المستقل المستقلة البارز البارزة الإصلاحي الإصلاحية "
            + "المعتدل المعتدلة"
        self.partyAdjectives = ByteKeySet(keys(partyAdjectiveList))
        self.titleAdjectives = ByteKeySet(keys("السابق السابقة الأسبق الحالي الحالية الجديد الجديدة الراحل الراحلة "
                                              + "الشهير الشهيرة المخضرم المخضرمة المعروف المعروفة المخلوع المخلوعة "
                                              + "المعزول المعزولة المستقيل المستقيلة المقال المقالة الصاعد الصاعدة "
                                              + "الشاب الشابة الدولي الدولية الكبير الكبيرة القدير القديرة "
                                              + "المنتخب المنتخبة المكلف المكلفة المؤقت المؤقتة "
                                              + "الاقتصادي الاقتصادية السياسي السياسية العسكري العسكرية "
                                              // of party and leaning ("السيناتور الجمهوري أرلن سبيكتر",
                                              // "النائبة الديمقراطية نانسي بيلوسي", "القيادي البارز")
                                              + partyAdjectiveList))
        self.nameParticles = ByteKeySet(keys("دي دا دو ده فان فون ديل دل دوس دي لا"))
        self.reportingVerbs = ByteKeySet(keys("قال قالت أضاف أضافت أكد أكدت أوضح أوضحت صرح صرحت أشار أشارت تابع "
                                              + "تابعت ذكر ذكرت اعتبر اعتبرت أعلن أعلنت أفاد أفادت شدد شددت نفى نفت "
                                              + "يقول تقول أعرب أعربت رأى رأت"))
        // Not the titles that are also family names ("عبد الرحمن السلطان", "نبيل النقيب"): a name
        // may run into those.
        let familyNameTitles: Set<String> = ["السلطان", "الخليفة", "النقيب", "الرائد", "المفتي", "البابا"]
        var titleWords = Set((titleSpecs + weakTitleSpecs).filter { !familyNameTitles.contains($0) }
            .flatMap { ActorIndex.words($0) }.filter { $0 != "*" }
            .flatMap { tokens($0) }.map { ByteKey($0) })
        titleWords.formUnion(keys("رئيس رئيسة وزير وزيرة مدير مديرة نائب نائبة أمين سفير مبعوث زعيم قائد مسؤول مسؤولة "
                                  + "مستشار مستشارة عضو عضوة محافظ حاكم أمير ملك شيخ سيد سيدة رئيسا وزيرا نائبا عضوا "
                                  + "المدير المديرة المسؤول المسؤولة المحافظ الحاكم العضو الأمين القائد المتحدث الناطق "
                                  + "المتحدثة الناطقة السفيرة المبعوثة المستشارة الدكتورة المهندسة الأستاذة الكابتن "
                                  + "الحارس المهاجم المدافع الرئيسة الأمينة المفوض المفوضة الرئاسة الحكومة الوزراء "
                                  + "الخارجية الداخلية الدفاع الجيش الأركان الشرطة البرلمان مجلس "
                                  + "صاحب السمو سمو معالي فخامة سعادة جلالة "
                                  // (twenty-eighth session: "وقال مفتي السعودية", "مصدران")
                                  + "مفتي المفتي مصدر مصدران مصادر "
                                  // roles and kin that a verb of saying has before it ("قال رسول الله",
                                  // "وقال ناطق", "وقال زوج المعلمة")
                                  + "رسول ناطق عميد حرس خفر زوج زوجة"))
        self.titleWords = ByteKeySet(titleWords)
        self.appositionRoles = ByteKeySet(keys("رئيس رئيسة وزير وزيرة مدير مديرة نائب نائبة سفير سفيرة مبعوث مبعوثة زعيم "
                                               + "قائد مسؤول مسؤولة مستشار مستشارة عضو عضوة محافظ حاكم المتحدث المتحدثة "
                                               + "الناطق الناطقة مفتي عمدة ممثل ممثلة أستاذ أستاذة عميد مساعد مساعدة "
                                               + "سكرتير مدرب مدربة مراسل مراسلة مؤسس مؤسسة"))
        self.honorifics = ByteKeySet(keys("الرئيس الرئيسة الملك الملكة الأمير الأميرة الشيخ الشيخة السيد السيدة السلطان الإمام "
                               + "البابا الدكتور الدكتورة الحاج المستشار المستشارة الجنرال المشير العقيد اللواء"))
        self.nameLinks = ByteKeySet(keys("بن ابن بنت آل ولد عبد أبو أبي أم"))
        self.lineageLinks = ByteKeySet(keys("بن ابن بنت آل ولد"))
        self.wordLineageLinks = ByteKeySet(keys("ابن بنت ولد"))
        self.kunyaLinks = ByteKeySet(keys("أبو أبي أبا أم"))
        self.nisbaQualifiers = ByteKeySet(keys("الجنسية الأصل المولد المنشأ الهوى"))
        self.kinWords = ByteKeySet(keys("عم عمه عمها عمي عمهم عمة عمته خال خاله خالها خالي خالة خالته أخ أخي أخيه أخيها أخت أخته "
                                        + "أختها ابن ابنه ابنها ابني بنت بنته بنتها ابنة ابنته ابنتها"))
        // Words of the gazetteer's people, given names and links are never common words.
        var nameWords = Set<ByteKey>()
        for k in byFirst.keys {
            for p in byFirst[k]! where gazetteer.actors[p.actor].type == .person {
                for t in p.tokens { nameWords.insert(ByteKey(t)) }
            }
        }
        nameWords.formUnion(keys(givenNameList.joined(separator: " ")))
        nameWords.formUnion(keys(ambiguousGivenNameList))
        nameWords.formUnion(keys("بن ابن بنت آل ولد عبد أبو أبي أم"))
        // (Not the ordinals and honorifics of the gazetteer's names: "الحسن الثاني", "الملكة
        // إليزابيث"; "فرناندو غونزاليز الثالث" ends before the ordinal, a place in a ranking.)
        nameWords.subtract(keys("الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس "
                                + "السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة عشر"))
        nameWords.subtract(keys("الرئيس الملك الملكة الأمير الأميرة الشيخ الشيخة السيد السيدة السلطان الإمام البابا"))
        var common: [ByteKey] = [], lessCommon: [ByteKey] = [], veryCommon: [ByteKey] = [], definiteFrequent: [ByteKey] = [], tooCommonForLeaders: [ByteKey] = []
        var languageWords: [[UInt8]] = []
        languageWords.reserveCapacity(30_000)
        for (word, docs) in ActorIndex.commonWordRows() where docs >= ActorIndex.lessCommonWordDocs {
            // The words are in text profile v1 already: read as they are unless the profile differs.
            let written = profile == .v1 ? [word] : tokens(String(decoding: word, as: UTF8.self))
            languageWords += written
            // And as Egypt's press writes a medial ؤ, on ي (ئ): "مسئول", "الشئون" for مسؤول, الشؤون
            // (the list's ANT articles use the other spelling; "محمد يزبك المسئول" ended the name).
            // (Appended only where there is one: 261 of the 28,745 words; a new array per row was ~1% of a
            // short run's instructions.)
            var words = written
            for t in written { if let other = ActorIndex.withMedialHamzaOnYa(t) { words.append(other) } }
            if docs < ActorIndex.commonWordDocs {
                for t in words where !nameWords.contains(ByteKey(t)) { lessCommon.append(ByteKey(t)) }
                continue
            }
            if docs >= ActorIndex.veryCommonWordDocs {
                for t in words where t.starts(with: ActorIndex.alBytes) { definiteFrequent.append(ByteKey(t)) }
            }
            if docs >= 2000 { tooCommonForLeaders += words.map { ByteKey($0) } }
            for t in words where !nameWords.contains(ByteKey(t)) {
                common.append(ByteKey(t))
                if docs >= ActorIndex.veryCommonWordDocs { veryCommon.append(ByteKey(t)) }
            }
        }
        self.nameWords = ByteKeySet(nameWords)
        self.commonWords = ByteKeySet(common)
        self.lessCommonWords = ByteKeySet(lessCommon)
        self.veryCommonWords = ByteKeySet(veryCommon)
        // The letters of foreign names against those of the language's words: the gazetteer's
        // people of countries where Arabic is not spoken, the given names of other languages;
        // none that is a word of the language (but those of the gazetteer's names, which are
        // never common words).
        var foreignNames = Set<ByteKey>()
        let (commonSet, lessCommonSet) = (self.commonWords, self.lessCommonWords)
        func isLanguageWord(_ t: [UInt8]) -> Bool {
            t.withUnsafeBufferPointer { commonSet.contains($0) || lessCommonSet.contains($0) }
        }
        for k in byFirst.keys {
            for p in byFirst[k]! where gazetteer.actors[p.actor].type == .person {
                guard let country = gazetteer.actors[p.actor].country, !ActorIndex.arabCountries.contains(country) else { continue }
                for t in p.tokens where !isLanguageWord(t) { foreignNames.insert(ByteKey(t)) }
            }
        }
        for w in keys(otherGivenNameList.joined(separator: " ")) where !isLanguageWord(w.bytes) { foreignNames.insert(w) }
        self.nameLetters = NameLetterModel(names: foreignNames.map(\.bytes), words: languageWords)
        self.definiteFrequentWords = ByteKeySet(definiteFrequent)
        self.contextualNamesTooCommonForLeaders = ByteKeySet(tooCommonForLeaders)
        // Not the words most articles use (الدولة of "تنظيم الدولة", العالم of "قناة العالم":
        // the state, the world).
        let tooCommon = Set(tooCommonForLeaders)
        self.shortNames = shortNames.map { names in names.filter { !tooCommon.contains(ByteKey($0)) } }
        self.commonGivenNames = ByteKeySet(["محمد", "احمد", "علي", "عبد", "بن", "ابن", "ابو", "ال", "عمر", "حسن", "حسين", "خالد",
                                     "عبدالله", "عبد الله", "سعد", "سعيد", "محمود", "مصطفي", "ابراهيم", "يوسف", "الشيخ",
                                     "الامير", "الملك", "جون", "جو", "مايك", "ديفيد"].map { ByteKey(Array($0.utf8)) })
        self.english = EnglishNameLexicon(tokens: tokens)
        // Nor an ordinal ("عبد الله الثاني" is not "الأسبوع الثاني").
        self.ordinals = ByteKeySet(keys("الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة "
                                        + "السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة عشر"))
        self.regnalTitles = ByteKeySet(keys("الملك الملكة السلطان الإمبراطور الإمبراطورة البابا الشاه القيصر"))
        self.notShortForms = ByteKeySet(self.ordinals.keys + self.commonGivenNames.keys + self.givenNames.keys + self.ambiguousGivenNames.keys
                                        + self.titleWords.keys + self.honorifics.keys + self.nameLinks.keys
                                        + self.english.givenNames.keys + self.english.notNameWords.keys)
        self.notFamilyNameShortForms = ByteKeySet(self.ordinals.keys + self.commonGivenNames.keys + self.titleWords.keys
                                                  + self.honorifics.keys + self.nameLinks.keys
                                                  + self.english.givenNames.keys + self.english.notNameWords.keys)
        self.notGivenNameForms = ByteKeySet(self.ordinals.keys + self.commonGivenNames.keys + self.ambiguousGivenNames.keys
                                            + self.notNames.keys + self.titleWords.keys + self.honorifics.keys + self.nameLinks.keys)
    }

    static let abd: [UInt8] = Array("عبد".utf8)

    /// `word` with each ؤ before its last letter written ئ, when it has one: the spelling of
    /// Egypt's press ("مسئول", "شئون").
    static func withMedialHamzaOnYa(_ word: [UInt8]) -> [UInt8]? {
        var out = word, changed = false
        var k = 0
        while k + 3 < out.count {  // a letter follows
            if out[k] == 0xD8 && out[k + 1] == 0xA4 { out[k + 1] = 0xA6; changed = true }
            k += out[k] < 0x80 ? 1 : 2
        }
        return changed ? out : nil
    }

    /// The rows of `CommonWords.tsv` (word, articles), read on its bytes: 29,000 lines at every
    /// start of an actor run (as Strings, with `byteFields` and `Int(_:)`, ~70 million
    /// instructions, ~15 ms).
    static func commonWordRows() -> [([UInt8], Int)] {
        var tsv = CommonWords.tsv
        return tsv.withUTF8 { bytes -> [([UInt8], Int)] in
            var rows: [([UInt8], Int)] = []
            rows.reserveCapacity(30_000)
            guard let base = bytes.baseAddress else { return rows }
            var start = 0
            let n = bytes.count
            while start < n {
                let end = memchr(base + start, 0x0A, n - start).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? n
                defer { start = end + 1 }
                // Not a comment, the header or a line without a tab and a number after it.
                guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
                guard let hit = memchr(base + start, 0x09, end - start) else { continue }
                let tab = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                guard tab > start, tab + 1 < end else { continue }
                var docs = 0, digits = 0
                for k in (tab + 1)..<end {
                    let d = bytes[k] &- UInt8(ascii: "0")
                    guard d < 10 else { digits = 0; break }
                    docs = docs * 10 + Int(d)
                    digits += 1
                }
                guard digits > 0 else { continue }
                rows.append((Array(bytes[start..<tab]), docs))
            }
            return rows
        }
    }

    /// The space-separated words of `s`, cut on bytes: a String split on Characters runs grapheme
    /// breaking over every letter (the name lists hold thousands).
    static func words(_ s: String) -> [String] {
        byteFields(s, separator: 0x20, omittingEmpty: true)
    }

    /// The names an actor is found by in English (and other Latin-script) text: its English
    /// name ("Joe Biden", "NATO", "Gaza"), and for a person whose Arabic surname alone is one of
    /// its aliases (بايدن for جو بايدن) the English name's last word too ("Biden": the gazetteer
    /// says the surname alone names the person). Not a descriptive English name ("capital of
    /// Algeria", "people of Syria"), and not a surname that is also a word a sentence may start
    /// with or a date's word ("Said", "Begin", "Rice", "May"). Each also without its accents
    /// ("Erdogan"). A name with a capital first letter is found only written with one
    /// (`Pattern.needsCapital`).
    static func englishNames(_ actor: Actor) -> [String] {
        // On bytes (`words`): Character-based splits and String comparisons of the Arabic names
        // ran grapheme breaking and normalisation, ~12,000 instructions an actor at every start.
        guard actor.type != .group, let english = actor.nameEn,
              english.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return [] }
        let words = ActorIndex.words(english)
        guard let first = words.first?.utf8.first else { return [] }
        // "capital of Algeria": a lowercase word, then "of".
        if words.count >= 2, words[1] == "of", first >= 0x61 && first <= 0x7A { return [] }
        var names = [words.joined(separator: " ")]
        if actor.type == .person, words.count >= 2, let arabicLast = ActorIndex.words(actor.name).last,
           actor.aliases.contains(where: { $0.utf8.elementsEqual(arabicLast.utf8) }),
           let last = byteFields(words[words.count - 1], separator: 0x2D, omittingEmpty: true).last {
            // The last word's last part: "al-Assad" → "Assad".
            if last.unicodeScalars.count >= 3, ActorIndex.startsWithCapital(last),
               !ActorIndex.notEnglishSurnames.contains(last) {
                names.append(last)
            }
        }
        // "Erdogan" as English text mostly writes "Erdoğan".
        return names + names.compactMap { EnglishNameLexicon.withoutAccents($0) }
    }

    /// `name` starts with a capital letter (of any script that has them: "Joe", "Émile"). Arabic
    /// has none (and is asked first, on its lead byte).
    static func startsWithCapital(_ name: String) -> Bool {
        guard let b = name.utf8.first else { return false }
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        if b >= 0xD6 && b <= 0xDF { return false }  // U+0580–U+07FF: Armenian to N'Ko, Arabic among them
        return name.unicodeScalars.first!.properties.isUppercase
    }

    /// English surnames left out as names on their own: words a sentence may start with, given
    /// names, month and weekday names, and parts of longer surnames.
    static let notEnglishSurnames: Set<String> = [
        "Said", "Begin", "Rice", "Brown", "Woods", "Gates", "Sessions", "Ali", "Pen", "Austin", "Sharon",
        "Shalom", "Enrique", "Habib", "Hamilton", "Carter", "Powell", "Murray", "Emery", "Vidal",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday",
    ]

    /// A name's tokens as written, then with every "عبد X" joined into one token and every
    /// "عبدX" split in two (each only when it differs): "علي عبدالله صالح" is also found where the
    /// gazetteer wrote "علي عبد الله صالح".
    static func abdSpellings(_ t: [[UInt8]]) -> [[[UInt8]]] {
        // Most names hold no عبد: themselves, without the two copies below.
        guard t.contains(where: { $0.starts(with: abd) }) else { return [t] }
        var joined: [[UInt8]] = [], split: [[UInt8]] = []
        var k = 0
        while k < t.count {
            if t[k] == abd && k + 1 < t.count {
                joined.append(abd + t[k + 1])
                split.append(abd); split.append(t[k + 1])
                k += 2
                continue
            }
            joined.append(t[k])
            if t[k].count >= abd.count + 4 && t[k].starts(with: abd) {
                split.append(abd); split.append(Array(t[k][abd.count...]))
            } else {
                split.append(t[k])
            }
            k += 1
        }
        var out = [t]
        for v in [joined, split] where !out.contains(v) { out.append(v) }
        return out
    }

    /// The built-in gazetteer compiled once per process.
    public static let builtin = ActorIndex(gazetteer: .builtin)
}

/// A small value (0–254) for some actors, by actor id: an array with one byte an actor, 255 for
/// none, read with the cost of an index (a `[Int: UInt8]` hashed the id at every read).
struct ActorFlags: Sendable {
    private var values: [UInt8]

    init(count: Int) { values = [UInt8](repeating: 255, count: count) }

    /// The value of `actor` (nil: none was set).
    subscript(actor: Int) -> UInt8? {
        get {
            guard actor >= 0 && actor < values.count else { return nil }
            let v = values[actor]
            return v == 255 ? nil : v
        }
        set { values[actor] = newValue ?? 255 }
    }
}
