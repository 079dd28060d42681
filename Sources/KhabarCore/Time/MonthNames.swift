/// Month and weekday names in the forms that news pages use, normalised as `DateLexer` does
/// (no marks or tatweel, alef variants → ا, ى → ي, lowercase).
enum MonthNames {
    enum Calendar: Sendable, Equatable { case gregorian, hijri }

    struct Month: Sendable, Equatable {
        var calendar: Calendar
        var number: Int
    }

    /// Names of one or two words → month. Arabic systems: Egyptian/Gulf (يناير …), Levantine/
    /// Iraqi (كانون الثاني …), Algerian/Tunisian (جانفي …), Moroccan (يوليوز, غشت, شتنبر, نونبر,
    /// دجنبر), with common spelling variants; English full and short names; Hijri months.
    static let table: [String: Month] = {
        var t: [String: Month] = [:]
        func g(_ n: Int, _ names: String...) { for name in names { t[name] = Month(calendar: .gregorian, number: n) } }
        func h(_ n: Int, _ names: String...) { for name in names { t[name] = Month(calendar: .hijri, number: n) } }
        // Egyptian / Gulf, with variants
        g(1, "يناير", "ينايير"); g(2, "فبراير", "فبرابر", "فيبراير"); g(3, "مارس", "مارص")
        g(4, "ابريل", "ابرايل", "افريل", "أبريل"); g(5, "مايو", "ماي", "مايس")
        g(6, "يونيو", "يونيه", "يونية", "جوان", "حزيران"); g(7, "يوليو", "يوليه", "يولية", "يوليوز", "جويلية", "جويليه", "تموز")
        g(8, "اغسطس", "اغشت", "غشت", "اوت", "آب", "اب"); g(9, "سبتمبر", "شتنبر", "ايلول")
        g(10, "اكتوبر", "اكتوبر"); g(11, "نوفمبر", "نونبر"); g(12, "ديسمبر", "دجنبر", "ديسيمبر")
        // Levantine / Iraqi
        g(1, "كانون الثاني", "كانون ثاني", "جانفي"); g(2, "شباط", "فيفري"); g(3, "اذار")
        g(4, "نيسان"); g(5, "ايار")
        g(10, "تشرين الاول", "تشرين اول"); g(11, "تشرين الثاني", "تشرين ثاني"); g(12, "كانون الاول", "كانون اول")
        // English
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december"]
        for (i, name) in english.enumerated() {
            t[name] = Month(calendar: .gregorian, number: i + 1)
            t[String(name.prefix(3))] = Month(calendar: .gregorian, number: i + 1)
        }
        t["sept"] = Month(calendar: .gregorian, number: 9)
        // French (Maghreb outlets), with and without accents
        let french = [["janvier", "janv"], ["février", "fevrier", "févr", "fevr"], ["mars"], ["avril", "avr"], ["mai"],
                      ["juin"], ["juillet", "juil"], ["août", "aout"], ["septembre"], ["octobre"],
                      ["novembre"], ["décembre", "decembre", "déc"]]
        for (i, names) in french.enumerated() { for name in names { t[name] = Month(calendar: .gregorian, number: i + 1) } }
        // Hijri
        h(1, "محرم", "المحرم"); h(2, "صفر")
        h(3, "ربيع الاول", "ربيع اول", "ربيع الأول"); h(4, "ربيع الثاني", "ربيع الاخر", "ربيع ثاني", "ربيع اخر")
        h(5, "جمادي الاولي", "جمادي الاول", "جمادي اول", "جمادي الأولى"); h(6, "جمادي الاخرة", "جمادي الثانية", "جمادي الثاني", "جمادي الاخر", "جمادي اخر")
        h(7, "رجب"); h(8, "شعبان"); h(9, "رمضان"); h(10, "شوال")
        h(11, "ذو القعدة", "ذي القعدة", "ذو القعده", "ذي القعده"); h(12, "ذو الحجة", "ذي الحجة", "ذو الحجه", "ذي الحجه")
        return t
    }()

    /// Weekday names (Arabic and English) → ISO weekday number (Monday = 1 … Sunday = 7).
    static let weekdays: [String: Int] = {
        var t: [String: Int] = [:]
        let arabic = [("الاثنين", 1), ("الاتنين", 1), ("اثنين", 1), ("الثلاثاء", 2), ("الثلاثا", 2), ("ثلاثاء", 2),
                      ("الاربعاء", 3), ("الاربعا", 3), ("اربعاء", 3), ("الخميس", 4), ("خميس", 4), ("الجمعة", 5),
                      ("الجمعه", 5), ("جمعة", 5), ("السبت", 6), ("سبت", 6), ("الاحد", 7), ("احد", 7)]
        for (name, n) in arabic { t[name] = n }
        let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, name) in english.enumerated() { t[name] = i + 1; t[String(name.prefix(3))] = i + 1 }
        t["tues"] = 2; t["thur"] = 4; t["thurs"] = 4
        for (i, name) in ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"].enumerated() { t[name] = i + 1 }
        return t
    }()

    /// `weekdays` by the names' UTF-8 bytes (`DateMentionFinder.weekday(bytes:)`).
    static let weekdayKeys = ByteKeyMap(Dictionary(uniqueKeysWithValues: weekdays.map { (ByteKey(Array($0.key.utf8)), $0.value) }))

    /// The weekday number of the name `bytes` (a key of `weekdays`), or nil.
    @inline(__always)
    static func weekday(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        return weekdayKeys.value(hash: byteHash(base, bytes.count), bytes: bytes)
    }

    /// Zone names → offset in minutes.
    static let zones: [String: Int] = [
        "gmt": 0, "utc": 0, "ut": 0, "z": 0, "غرينتش": 0, "جرينتش": 0, "غرينيتش": 0,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "ast": 180, "msk": 180,
    ]

    /// First words of month names (to rule out most words with one lookup).
    static let firstWords: Set<String> = Set(table.keys.map { String($0.split(separator: " ")[0]) })
    /// Byte hashes of those first words, with and without a one-letter proclitic, so that most
    /// words are ruled out without hashing a String (which normalises it).
    /// The first words as bytes.
    static let firstWordSet = ByteKeySet(firstWords.map { ByteKey(Array($0.utf8)) })
    static let firstWordHashes = HashFilter(firstWords.map { hash($0) }, bitsLog2: 14)
    /// Byte lengths (bit n: n bytes) of weekday names with and without a proclitic, and of month
    /// first words with and without one: a test before hashing a word.
    static let weekdayLengths: UInt64 = lengthMask(weekdays.keys.flatMap { w in ["", "و", "ف", "ب"].map { ($0 + w).utf8.count } })
    static let monthFirstWordLengths: UInt64 = lengthMask(firstWords.flatMap { [$0.utf8.count, $0.utf8.count + 2] })
    private static func lengthMask(_ lengths: [Int]) -> UInt64 {
        lengths.reduce(0) { $1 < 64 ? $0 | (1 << UInt64($1)) : $0 }
    }
    /// Byte hashes of weekday names, also with و ف ب in front.
    static let weekdayHashes = HashFilter(weekdays.keys.flatMap { w in ["", "و", "ف", "ب"].map { hash($0 + w) } }, bitsLog2: 14)

    @inline(__always)
    static func hash(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { byteHash($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
    }

    /// True when `w` may be a month's first word (with or without one proclitic letter).
    @inline(__always)
    static func mayBeMonth(_ w: String) -> Bool {
        var w = w
        return w.withUTF8 { u -> Bool in
            guard let base = u.baseAddress else { return false }
            if firstWordHashes.contains(byteHash(base, u.count)) { return true }
            // one Arabic letter (2 bytes) in front
            return u.count > 8 && u[0] >= 0xD8 && firstWordHashes.contains(byteHash(base + 2, u.count - 2))
        }
    }

    /// `table` by the names' UTF-8 bytes, and the first words of its two-word names.
    static let monthKeys = ByteKeyMap(Dictionary(uniqueKeysWithValues: table.map { (ByteKey(Array($0.key.utf8)), $0.value) }))
    static let twoWordFirsts = ByteKeySet(table.keys.filter { $0.contains(" ") }.map { ByteKey(Array($0.split(separator: " ")[0].utf8)) })

    /// ASCII and the basic Arabic letters only (U+0621–U+063F, U+0641–U+064A: no marks, no
    /// tatweel): for such words byte equality is the `String` (canonical) equality and a
    /// `Character` is one scalar, so the month is looked up on the bytes.
    static func isPlain(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k < u.count {
            let b = u[k]
            if b < 0x80 { k += 1; continue }
            guard k + 1 < u.count else { return false }
            let c = u[k + 1]
            guard (b == 0xD8 && c >= 0xA1 && c <= 0xBF) || (b == 0xD9 && c >= 0x81 && c <= 0x8A) else { return false }
            k += 2
        }
        return true
    }

    @inline(__always)
    private static func month(_ u: UnsafeBufferPointer<UInt8>) -> Month? {
        guard let base = u.baseAddress else { return nil }
        return monthKeys.value(hash: byteHash(base, u.count), bytes: u)
    }

    /// The month named by the words at `i` of a text (as `month(in:at:)` on a date's tokens):
    /// on the words' bytes in place when they are plain (`isPlain`), as `String`s otherwise. A
    /// `String` made, normalised and hashed for every word that may start a month, and for it
    /// and the next word joined, was ~1% of `report`'s worker time.
    static func month(in t: DateTextTokens, at i: Int) -> (Month, Int)? {
        guard t.mayBeMonth(i), t.mayBeMonthFirstWord(i) else { return nil }
        let plain = (t.withWordBytes(i) { isPlain($0) } ?? false)
            && (i + 1 >= t.count || (t.withWordBytes(i + 1) { isPlain($0) } ?? true))
        guard plain else { return monthAsStrings(in: t, at: i) }
        return t.withWordBytes(i) { w1 -> (Month, Int)? in
            if i + 1 < t.count, twoWordFirsts.contains(w1),
               let m = t.withWordBytes(i + 1, { w2 in
                   withUnsafeTemporaryAllocation(of: UInt8.self, capacity: w1.count + 1 + w2.count) { key -> Month? in
                       let p = key.baseAddress!
                       p.initialize(from: w1.baseAddress!, count: w1.count)
                       p[w1.count] = 0x20
                       if w2.count > 0 { (p + w1.count + 1).initialize(from: w2.baseAddress!, count: w2.count) }
                       return month(UnsafeBufferPointer(key))
                   }
               }) ?? nil {
                return (m, 2)
            }
            if let m = month(w1) { return (m, 1) }
            // With a proclitic letter (more than 3 letters): بيناير, ويناير...
            var letters = 0
            for b in w1 where b & 0xC0 != 0x80 { letters += 1 }
            if letters > 3, w1.count >= 2,
               (w1[0] == 0xD8 && w1[1] == 0xA8) || (w1[0] == 0xD9 && (w1[1] == 0x88 || w1[1] == 0x81 || w1[1] == 0x84)),
               let m = month(UnsafeBufferPointer(rebasing: w1[2...])) {
                return (m, 1)
            }
            return nil
        } ?? nil
    }

    /// `month(in:at:)` on `String`s, for words that are not plain.
    private static func monthAsStrings(in t: DateTextTokens, at i: Int) -> (Month, Int)? {
        guard let w1 = t.word(i) else { return nil }
        if i + 1 < t.count, let w2 = t.word(i + 1), let m = table[w1 + " " + w2] { return (m, 2) }
        if let m = table[w1] { return (m, 1) }
        if w1.count > 3, let first = w1.first, "بوفل".contains(first), let m = table[String(w1.dropFirst())] {
            return (m, 1)
        }
        return nil
    }

    /// The month named by the words at `i` (one or two words), and how many words it took.
    static func month(in tokens: [DateLexer.Located], at i: Int) -> (Month, Int)? {
        guard let w1 = tokens[i].token.word, mayBeMonth(w1) else { return nil }
        guard firstWords.contains(w1) || (w1.utf8.count > 6 && firstWords.contains(String(w1.dropFirst()))) else { return nil }
        if i + 1 < tokens.count, let w2 = tokens[i + 1].token.word, let m = table[w1 + " " + w2] { return (m, 2) }
        if let m = table[w1] { return (m, 1) }
        // With a proclitic: بيناير, فييناير... ("في يناير" written together is rare; "ب" and "و" are common)
        if w1.count > 3, let first = w1.first, "بوفل".contains(first), let m = table[String(w1.dropFirst())] {
            return (m, 1)
        }
        return nil
    }
}
