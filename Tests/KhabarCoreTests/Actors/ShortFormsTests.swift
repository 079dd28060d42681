import XCTest
@testable import KhabarCore

final class ShortFormsTests: XCTestCase {
    /// The gazetteer's name tokens (real Arabic and English words, thousands of them) registered
    /// as short forms, some twice for another actor: `ShortForms` answers as a dictionary with
    /// the first registration winning, for every key, and says no for keys one byte off.
    func testAgreesWithADictionary() {
        let index = ActorIndex.builtin
        var words: [[UInt8]] = []
        var seen = Set<[UInt8]>()
        for key in index.byFirst.keys.sorted(by: { $0.bytes.lexicographicallyPrecedes($1.bytes) }) {
            for p in index.byFirst[key]! { for t in p.tokens where t.count >= 4 && seen.insert(t).inserted { words.append(t) } }
        }
        XCTAssertGreaterThan(words.count, 2000)
        var forms = ShortForms()
        var reference: [[UInt8]: (actor: Int?, candidate: Int?)] = [:]
        for (k, w) in words.enumerated() {
            // Every third word a candidate's, and every fifth registered again for another actor.
            let value: (actor: Int?, candidate: Int?) = k % 3 == 0 ? (nil, k) : (k, nil)
            for again in [false, true] where !again || k % 5 == 0 {
                let v = again ? (actor: Optional(k + 1), candidate: Optional<Int>.none) : value
                w.withUnsafeBufferPointer { forms.insertIfAbsent($0, hash: byteHash($0.baseAddress!, $0.count), actor: v.actor, candidate: v.candidate) }
                if reference[w] == nil { reference[w] = v }
            }
        }
        XCTAssertEqual(forms.count, words.count)
        for w in words {
            let h = w.withUnsafeBufferPointer { byteHash($0.baseAddress!, $0.count) }
            XCTAssertTrue(forms.contains(h))
            let found = w.withUnsafeBufferPointer { k in forms.value(hash: h) { $0.elementsEqual(k) } }
            XCTAssertEqual(found?.actor, reference[w]!.actor, String(decoding: w, as: UTF8.self))
            XCTAssertEqual(found?.candidate, reference[w]!.candidate, String(decoding: w, as: UTF8.self))
            var off = w
            off[off.count - 1] ^= 0x01
            if reference[off] == nil {
                let hOff = off.withUnsafeBufferPointer { byteHash($0.baseAddress!, $0.count) }
                XCTAssertNil(off.withUnsafeBufferPointer { k in forms.value(hash: hOff) { $0.elementsEqual(k) } })
            }
        }
    }

    /// Two forms under one hash (a collision, made on purpose): each is found by its bytes, and
    /// bytes under that hash that are neither are not.
    func testFormsSharingAHash() {
        var forms = ShortForms()
        XCTAssertTrue(forms.isEmpty)
        XCTAssertFalse(forms.contains(42))
        let a = Array("ماكرون".utf8), b = Array("ميركل".utf8), c = Array("بوتين".utf8)
        a.withUnsafeBufferPointer { forms.insertIfAbsent($0, hash: 42, actor: 7, candidate: nil) }
        b.withUnsafeBufferPointer { forms.insertIfAbsent($0, hash: 42, actor: nil, candidate: 3) }
        XCTAssertEqual(forms.count, 2)
        XCTAssertTrue(forms.contains(42))
        XCTAssertFalse(forms.contains(43))
        XCTAssertEqual(a.withUnsafeBufferPointer { k in forms.value(hash: 42) { $0.elementsEqual(k) } }?.actor, 7)
        XCTAssertEqual(b.withUnsafeBufferPointer { k in forms.value(hash: 42) { $0.elementsEqual(k) } }?.candidate, 3)
        XCTAssertNil(c.withUnsafeBufferPointer { k in forms.value(hash: 42) { $0.elementsEqual(k) } })
        XCTAssertNil(a.withUnsafeBufferPointer { k in forms.value(hash: 43) { $0.elementsEqual(k) } })
    }

    /// Given names are kept apart from the short forms: a short form and a given name of the same
    /// bytes answer each its own question; a given name registered for a second person stands for
    /// no one, and one registered again for the same person still stands for him; `reassign`
    /// moves both.
    func testGivenNamesApartFromShortForms() {
        var forms = ShortForms()
        let nizar = Array("نزار".utf8), serena = Array("سيرينا".utf8), john = Array("جون".utf8)
        func hash(_ w: [UInt8]) -> UInt64 { w.withUnsafeBufferPointer { byteHash($0.baseAddress!, $0.count) } }
        func given(_ w: [UInt8]) -> (actor: Int?, candidate: Int?)? { w.withUnsafeBufferPointer { k in forms.givenName(hash: hash(w)) { $0.elementsEqual(k) } } }
        func short(_ w: [UInt8]) -> (actor: Int?, candidate: Int?)? { w.withUnsafeBufferPointer { k in forms.value(hash: hash(w)) { $0.elementsEqual(k) } } }
        nizar.withUnsafeBufferPointer { forms.insertGivenName($0, hash: hash(nizar), actor: 4, candidate: nil) }
        XCTAssertFalse(forms.contains(hash(nizar)))
        XCTAssertTrue(forms.containsAny(hash(nizar)))
        XCTAssertNil(short(nizar))
        XCTAssertEqual(given(nizar)?.actor, 4)
        nizar.withUnsafeBufferPointer { forms.insertIfAbsent($0, hash: hash(nizar), actor: 9, candidate: nil) }
        XCTAssertEqual(short(nizar)?.actor, 9)
        XCTAssertEqual(given(nizar)?.actor, 4)
        nizar.withUnsafeBufferPointer { forms.insertGivenName($0, hash: hash(nizar), actor: 4, candidate: nil) }
        XCTAssertEqual(given(nizar)?.actor, 4)
        john.withUnsafeBufferPointer { forms.insertGivenName($0, hash: hash(john), actor: 1, candidate: nil) }
        john.withUnsafeBufferPointer { forms.insertGivenName($0, hash: hash(john), actor: 2, candidate: nil) }
        XCTAssertNil(given(john))
        XCTAssertTrue(forms.containsAny(hash(john)))
        serena.withUnsafeBufferPointer { forms.insertGivenName($0, hash: hash(serena), actor: nil, candidate: 5) }
        forms.reassign(candidate: 5, actor: 11, candidate: nil)
        XCTAssertEqual(given(serena)?.actor, 11)
        XCTAssertNil(given(serena)?.candidate)
    }
}
