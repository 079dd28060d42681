/// The short forms of the names met so far in one document ("ماكرون" after "إيمانويل ماكرون"):
/// each form's normalised bytes, hash and what it stands for (a gazetteer actor or a discovered
/// candidate); the first registration of a form wins. Apart from them, the given names of the
/// people named whole (`insertGivenName`, asked by `givenName(hash:isKey:)` only): one that two
/// people of the document share stands for neither.
///
/// Asked about for every token (`contains`, the matcher's `mayHit`): a 1,024-bit bitmap of the
/// hashes answers most "no"s with one load, then a small open-addressing table on the hash. Held
/// in flat arrays (the forms' bytes in one arena) because a `[ByteKey: ...]` dictionary and a
/// `Set<UInt64>` per document cost an array per form, SipHash on every lookup and the
/// dictionary's growth (~1% of `report`'s cycles with their retains and releases).
struct ShortForms {
    /// What a form stands for; -1: none.
    private struct Form {
        var hash: UInt64
        var keyStart: Int32
        var keyEnd: Int32
        var actor: Int32
        var candidate: Int32
        /// A given name (`insertGivenName`), not a short form.
        var givenName: Bool
        /// A given name registered for two people.
        var shared: Bool
    }
    private var bits: [UInt64] = []
    /// The same bitmap for the given names, and one for both (the matcher's scan asks it for
    /// every token).
    private var givenBits: [UInt64] = []
    private var anyBits: [UInt64] = []
    /// Form number + 1 per slot (0: empty); a power of two, at least twice the forms.
    private var slots: [Int32] = []
    private var forms: [Form] = []
    private var arena: [UInt8] = []

    /// No form registered.
    var isEmpty: Bool { forms.isEmpty }

    /// Forms registered.
    var count: Int { forms.count }

    @inline(__always)
    private static func slot(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 24) & mask }

    /// Whether a form with hash `h` is registered.
    @inline(__always)
    func contains(_ h: UInt64) -> Bool {
        mayContain(h) && firstForm(h, givenName: false) { _ in true } != nil
    }

    /// Whether a short form or a given name with hash `h` is registered (the matcher's scan
    /// stops at such a token).
    @inline(__always)
    func containsAny(_ h: UInt64) -> Bool {
        !anyBits.isEmpty && anyBits[Int(h >> 6) & 15] & (1 << (h & 63)) != 0 && firstForm(h, givenName: nil) { _ in true } != nil
    }

    /// The given names' bitmap's answer: false when no given name has hash `h` (asked inline
    /// before the matcher's call for one).
    @inline(__always)
    func mayBeGivenName(_ h: UInt64) -> Bool {
        !givenBits.isEmpty && givenBits[Int(h >> 6) & 15] & (1 << (h & 63)) != 0
    }

    /// The bitmap's answer: false when no form has hash `h`.
    @inline(__always)
    private func mayContain(_ h: UInt64) -> Bool {
        !bits.isEmpty && bits[Int(h >> 6) & 15] & (1 << (h & 63)) != 0
    }

    /// The number of the first form with hash `h` whose bytes `isKey` accepts, of the kind
    /// `givenName` says (nil: either kind).
    @inline(__always)
    private func firstForm(_ h: UInt64, givenName: Bool?, _ isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
        let mask = slots.count - 1
        var s = ShortForms.slot(h, mask)
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            let form = forms[e - 1]
            if form.hash == h && (givenName == nil || form.givenName == givenName) {
                let accepted = arena.withUnsafeBufferPointer {
                    isKey(UnsafeBufferPointer(rebasing: $0[Int(form.keyStart)..<Int(form.keyEnd)]))
                }
                if accepted { return e - 1 }
            }
            s = (s + 1) & mask
        }
    }

    /// What the form with hash `hash` whose bytes `isKey` accepts stands for, if registered.
    @inline(__always)
    func value(hash: UInt64, isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> (actor: Int?, candidate: Int?)? {
        // One probe of the table (`contains` then a lookup probed it twice).
        guard mayContain(hash), let e = firstForm(hash, givenName: false, isKey) else { return nil }
        let form = forms[e]
        return (form.actor < 0 ? nil : Int(form.actor), form.candidate < 0 ? nil : Int(form.candidate))
    }

    /// Whom the given name with hash `hash` whose bytes `isKey` accepts stands for: the one
    /// person of the document named whole with it, if any.
    @inline(__always)
    func givenName(hash: UInt64, isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> (actor: Int?, candidate: Int?)? {
        guard mayBeGivenName(hash), let e = firstForm(hash, givenName: true, isKey), !forms[e].shared else { return nil }
        let form = forms[e]
        return (form.actor < 0 ? nil : Int(form.actor), form.candidate < 0 ? nil : Int(form.candidate))
    }

    /// Registers `key` (whose `byteHash` is `hash`) as the given name of an actor or a candidate;
    /// registered already for another, it stands for neither from then on.
    mutating func insertGivenName(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, actor: Int?, candidate: Int?) {
        if !slots.isEmpty, let e = firstForm(hash, givenName: true, { bytesEqual($0, key) }) {
            if forms[e].actor != Int32(actor ?? -1) || forms[e].candidate != Int32(candidate ?? -1) { forms[e].shared = true }
            return
        }
        append(key, hash: hash, actor: actor, candidate: candidate, givenName: true)
    }

    /// Registers `key` (whose `byteHash` is `hash`) for an actor or a candidate, unless it is
    /// registered already.
    mutating func insertIfAbsent(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, actor: Int?, candidate: Int?) {
        if !slots.isEmpty, firstForm(hash, givenName: false, { bytesEqual($0, key) }) != nil { return }
        append(key, hash: hash, actor: actor, candidate: candidate, givenName: false)
    }

    private mutating func append(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, actor: Int?, candidate: Int?, givenName: Bool) {
        if anyBits.isEmpty { anyBits = [UInt64](repeating: 0, count: 16) }
        anyBits[Int(hash >> 6) & 15] |= 1 << (hash & 63)
        if givenName {
            if givenBits.isEmpty { givenBits = [UInt64](repeating: 0, count: 16) }
            givenBits[Int(hash >> 6) & 15] |= 1 << (hash & 63)
        } else {
            if bits.isEmpty { bits = [UInt64](repeating: 0, count: 16) }
            bits[Int(hash >> 6) & 15] |= 1 << (hash & 63)
        }
        let start = arena.count
        arena.append(contentsOf: key)
        forms.append(Form(hash: hash, keyStart: Int32(start), keyEnd: Int32(arena.count),
                          actor: Int32(actor ?? -1), candidate: Int32(candidate ?? -1), givenName: givenName, shared: false))
        if forms.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: Swift.max(16, slots.count * 2))
            for e in forms.indices { place(e) }
        } else {
            place(forms.count - 1)
        }
    }

    /// Makes the forms registered for `candidate` stand for `actor` or the candidate `new`
    /// instead (a discovered name found to be a longer one, or a known person's).
    mutating func reassign(candidate: Int, actor: Int?, candidate new: Int?) {
        for e in forms.indices where forms[e].candidate == Int32(candidate) {
            forms[e].actor = Int32(actor ?? -1)
            forms[e].candidate = Int32(new ?? -1)
        }
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var s = ShortForms.slot(forms[e].hash, mask)
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(e + 1)
    }
}
