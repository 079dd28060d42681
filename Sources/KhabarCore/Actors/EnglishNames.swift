import Foundation

/// What discovers people in English (Latin-script) text, where a name is written with capitals:
/// a title or role ("President", "Prime Minister", "Mr.", "coach") or a given name ("John",
/// "Maria") followed by one to three capitalised words, none of them a function word, a title, a
/// month or a weekday, or a word that heads a place or an institution ("University", "Street").
/// `ActorMatcher` asks the text for the capitals (the tokens are lowercased).
///
/// Written by the Khabar team from general knowledge. Given names that are also words a sentence
/// may start with ("Will", "May", "Hope", "Grant", "Bill") or names of places and parties
/// ("Georgia", "Jordan", "Victoria", "Sofia", "Christian") are left out, and so are titles that
/// also start institutions' names ("General Motors", "Major League"): only the capital tells a
/// name from a word.
struct EnglishNameLexicon: Sendable {
    /// Titles and roles by their first token, each as its tokens (longest first).
    let titles: ByteKeyMap<[[[UInt8]]]>
    /// Titles written short with a full stop ("Mr.", "Dr.", "Gen."): the stop does not end the
    /// sentence before the name.
    let abbreviations: ByteKeySet
    let givenNames: ByteKeySet
    /// Lowercase particles inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
    let particles: ByteKeySet
    /// Capitalised words that are never a name's: function words, every word of a title, months,
    /// weekdays, and words that head a place or an institution.
    let notNameWords: ByteKeySet

    static let titleSpecs = [
        "president", "vice president", "prime minister", "deputy prime minister", "minister", "foreign minister",
        "secretary", "secretary of state", "secretary general", "secretary-general", "under secretary",
        "chancellor", "king", "queen", "prince", "princess", "crown prince", "emir", "sheikh", "sultan",
        "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah",
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
        "judge", "justice", "chief justice", "ambassador", "envoy", "special envoy", "spokesman", "spokeswoman",
        "spokesperson", "gen", "lt", "lieutenant", "colonel", "col", "maj", "captain", "capt",
        "commander", "admiral", "sergeant", "sgt", "field marshal", "brig", "brigadier",
        "chairman", "chairwoman", "ceo", "chief executive", "director", "director general",
        "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "winger",
        "actor", "actress", "singer", "author", "writer", "novelist", "poet", "producer",
        "journalist", "correspondent", "reporter", "analyst", "economist", "lawyer", "attorney",
        "prosecutor", "leader", "commissioner",
    ]

    static let abbreviationWords = "mr mrs ms dr prof sen rep gov gen lt col maj capt sgt brig st"

    static let givenNameWords = """
    aaron abigail adam adrian alan albert alex alexander alexandra alexis alfred alice alicia alison
    amanda amber amy andrea andreas andrew angela angelina anna anne annie anthony antonio antony
    arnold arthur ashley barack barbara ben benjamin bernard bernie beth betty beverly bob bobby boris
    brad bradley brandon brenda brian bruce bryan carl carla carlos carmen carol caroline catherine
    charles charlie charlotte chris christina christine christopher claire claudia colin
    connor craig cristiano dan daniel danielle david deborah denis dennis derek diana diane diego
    dmitry dominic donald donna doris dorothy douglas dylan edward elena elizabeth ellen emily emma
    emmanuel eric erik evan fernando frances francesco francis francisco frank franz fred frederick
    gabriel gabriela gareth gary george gerald gerhard giorgia giuseppe gordon greg gregory
    hannah hans harold harry heather heidi helen helmut henry hillary howard hugh hugo ian igor isabel
    isabella ivan jack jacob jacques james jamie jane janet jason javier jean jeff jeffrey jennifer
    jeremy jerome jessica jim jimmy joan joe joel johann john johnny jonathan jorge jose
    joseph joshua juan judith julia julian julie justin karen karl kate katherine kathleen kathryn
    keith kelly kenneth kevin kim kimberly klaus kyle larry laura lauren lawrence leonardo leo lewis
    liam linda lisa lorenzo louis louise lucas lucy luis luke manuel marc marcel marco margaret maria
    marie mario marion marjorie martha martin mary matteo matthew maurice max megan melissa
    michael michel michelle miguel mike mohamed mohammed muhammad nancy natalie nathan neil nicholas
    nick nicola nicolas nicole nigel nikolai norman olaf olga oliver olivia pablo pamela patricia
    patrick paul paula pedro peter philip philippe pierre rachel rafael ralph raymond rebecca richard
    rick robert roberto robin roger ronald ruth ryan sam samantha samuel sandra sara sarah scott
    sean sebastian sergei sergey shirley simon sophia sophie stefan stephanie stephen
    steve steven stuart susan tatiana teresa theresa thomas tim timothy tom tony tyler ursula valerie
    victor vincent vladimir walter wayne william wolfgang xavier yuri yusuf zachary mark bill
    ahmad ahmed ali abbas abdel abdul abdullah adel amir amr ayman faisal fatima hamad hamid hasan
    hassan hossein hussein ibrahim ismail jamal javad karim khaled khalid mahmoud mehmet ahmet
    mohammad mohamed mohammed moshe mustafa naftali nasser omar osama rashid saeed salman samir
    saud tariq walid yair yasser youssef yousef zaid volodymyr oleksandr andriy alexei yulia
    """

    static let particleWords = "de del della der di da dos das du van von la le bin ibn al el abu bint ben"

    /// Words that head a place or an institution, and words a sentence or a headline may put in
    /// capitals after a given name.
    static let notNameExtra = """
    university college school institute hospital airport street road avenue square park center centre
    foundation company group bank party council stadium church mosque cup award prize league club
    inc ltd corp co plc news times post daily journal magazine agency ministry department office
    house hall bridge river lake mountain island city county state republic kingdom union
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """

    /// `name` with its Latin letters' accents taken off ("Erdoğan" → "Erdogan", "Modrić" →
    /// "Modric", "Ørsted" → "Orsted"), as English text mostly writes foreign names; nil when
    /// nothing changes. (Canonical decomposition, combining marks dropped, and the letters that
    /// do not decompose: ı ł ø đ ß.)
    static func withoutAccents(_ name: String) -> String? {
        guard name.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var out = String.UnicodeScalarView()
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x300...0x36F: continue  // combining diacritical marks
            case 0x131: out.append("i")
            case 0x142: out.append("l")
            case 0x141: out.append("L")
            case 0xF8: out.append("o")
            case 0xD8: out.append("O")
            case 0x111: out.append("d")
            case 0x110: out.append("D")
            case 0xDF: out.append(contentsOf: "ss".unicodeScalars)
            default: out.append(scalar)
            }
        }
        let folded = String(out)
        return folded == name ? nil : folded
    }

    init(tokens: (String) -> [[UInt8]]) {
        func keys(_ words: String) -> [ByteKey] {
            words.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap { tokens(String($0)) }.map { ByteKey($0) }
        }
        var titles: [ByteKey: [[[UInt8]]]] = [:]
        var titleWords: [ByteKey] = []
        for spec in EnglishNameLexicon.titleSpecs {
            let t = tokens(spec)
            guard let first = t.first else { continue }
            if titles[ByteKey(first)]?.contains(t) == true { continue }
            titles[ByteKey(first), default: []].append(t)
            titleWords += t.map { ByteKey($0) }
        }
        for k in titles.keys { titles[k]!.sort { $0.count > $1.count } }
        self.titles = ByteKeyMap(titles)
        abbreviations = ByteKeySet(keys(EnglishNameLexicon.abbreviationWords))
        givenNames = ByteKeySet(keys(EnglishNameLexicon.givenNameWords))
        particles = ByteKeySet(keys(EnglishNameLexicon.particleWords))
        notNameWords = ByteKeySet(keys(Stopwords.english.joined(separator: " ")) + titleWords + keys(EnglishNameLexicon.notNameExtra))
    }
}
