/// The short forms of the names met so far in one document ("ماكرون" after "إيمانويل ماكرون"):
/// each form's normalised bytes, hash and what it stands for (a gazetteer actor or a discovered
/// candidate); the first registration of a form wins.
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
    }
    private var bits: [UInt64] = []
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
        mayContain(h) && firstForm(h) { _ in true } != nil
    }

    /// The bitmap's answer: false when no form has hash `h`.
    @inline(__always)
    private func mayContain(_ h: UInt64) -> Bool {
        !bits.isEmpty && bits[Int(h >> 6) & 15] & (1 << (h & 63)) != 0
    }

    /// The number of the first form with hash `h` whose bytes `isKey` accepts.
    @inline(__always)
    private func firstForm(_ h: UInt64, _ isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
        let mask = slots.count - 1
        var s = ShortForms.slot(h, mask)
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            let form = forms[e - 1]
            if form.hash == h {
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
        guard mayContain(hash), let e = firstForm(hash, isKey) else { return nil }
        let form = forms[e]
        return (form.actor < 0 ? nil : Int(form.actor), form.candidate < 0 ? nil : Int(form.candidate))
    }

    /// Registers `key` (whose `byteHash` is `hash`) for an actor or a candidate, unless it is
    /// registered already.
    mutating func insertIfAbsent(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, actor: Int?, candidate: Int?) {
        if !slots.isEmpty, firstForm(hash, { bytesEqual($0, key) }) != nil { return }
        if bits.isEmpty { bits = [UInt64](repeating: 0, count: 16) }
        bits[Int(hash >> 6) & 15] |= 1 << (hash & 63)
        let start = arena.count
        arena.append(contentsOf: key)
        forms.append(Form(hash: hash, keyStart: Int32(start), keyEnd: Int32(arena.count),
                          actor: Int32(actor ?? -1), candidate: Int32(candidate ?? -1)))
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
