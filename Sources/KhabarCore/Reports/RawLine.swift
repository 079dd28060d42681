/// One report line written through a raw pointer into room reserved once for the whole line,
/// then appended to the batch's bytes in one copy (`RawLine.append(maxBytes:to:_:)`).
///
/// Hand-written because the mention lines (a million on news-bench, about ten pieces each) were
/// appended to an Array piece by piece: every append checked the array's uniqueness and
/// capacity and went through the generic copy, ~90 instructions for a 10-byte key; with the
/// digits appended one by one, that was ~4% of `report`'s instructions (callgrind).
struct RawLine {
    private let base: UnsafeMutablePointer<UInt8>
    /// The room (checked in debug builds: the tests run them).
    private let limit: Int
    /// Bytes written.
    private(set) var count = 0 {
        didSet { assert(count <= limit, "RawLine: \(count) bytes written in room for \(limit)") }
    }

    private init(_ base: UnsafeMutablePointer<UInt8>, limit: Int) {
        self.base = base
        self.limit = limit
    }

    /// Writes one line of at most `maxBytes` bytes with `body` (which must not write more), and
    /// appends it to `out`. The room is on the stack for a short line.
    @inline(__always)
    static func append(maxBytes: Int, to out: inout [UInt8], _ body: (inout RawLine) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxBytes) { room in
            var line = RawLine(room.baseAddress!, limit: maxBytes)
            body(&line)
            out.append(contentsOf: UnsafeBufferPointer(start: room.baseAddress!, count: line.count))
        }
    }

    /// Room that `put(jsonString:)` may take for `bytes` bytes of text (each byte at most 6
    /// escaped, and the quotes).
    @inline(__always)
    static func jsonStringBound(_ bytes: Int) -> Int { 6 * bytes + 2 }

    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        assert(count + bytes.count <= limit, "RawLine: no room for \(bytes.count) bytes")
        copyShortBytes(base + count, source, bytes.count)
        count += bytes.count
    }

    /// A string constant's UTF-8 (from the binary's constant data).
    @inline(__always)
    mutating func put(_ s: StaticString) {
        put(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func put(byte: UInt8) {
        assert(count < limit, "RawLine: no room for a byte")
        base[count] = byte
        count += 1
    }

    /// `v` in decimal (at most 21 bytes).
    @inline(__always)
    mutating func put(integer v: Int) {
        assert(count + 21 <= limit, "RawLine: no room for an integer")
        count += writeDecimal(v, to: base + count)
    }

    /// A String as a JSON string (see `put(jsonString:)` for its bytes; at most
    /// `jsonStringBound(s.utf8.count)` bytes).
    @inline(__always)
    mutating func put(jsonString s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ put(jsonString: $0) }) != nil { return }
        var copy = s
        copy.withUTF8 { put(jsonString: $0) }
    }

    /// Valid UTF-8 as a JSON string, quoted and escaped as `JSONObjectWriter.appendString`
    /// writes it (at most `jsonStringBound(text.count)` bytes).
    @inline(__always)
    mutating func put(jsonString text: UnsafeBufferPointer<UInt8>) {
        put(byte: UInt8(ascii: "\""))
        assert(count + 6 * text.count + 1 <= limit, "RawLine: no room for a string of \(text.count) bytes")
        count += JSONObjectWriter.writeEscaped(utf8: text, to: base + count)
        put(byte: UInt8(ascii: "\""))
    }
}

extension RawLine: DigitSink {
    @inline(__always)
    mutating func append(_ byte: UInt8) { put(byte: byte) }

    /// At most 20 bytes (put(integer:)'s room is checked for 21).
    @inline(__always)
    mutating func appendDecimal(_ v: UInt) { put(integer: Int(v)) }
}

/// Where a report line is written: a `RawLine` (room reserved once, written through a pointer)
/// or a byte array (appended piece by piece): one writer of a line's fields serves both.
protocol LineWriter: DigitSink {
    /// A string constant's UTF-8.
    mutating func put(_ s: StaticString)
    /// A String as a JSON string (quoted and escaped as `JSONObjectWriter.appendString`).
    mutating func put(jsonString s: String)
    /// An integer in decimal.
    mutating func put(integer v: Int)
}

extension RawLine: LineWriter {}

extension Array: LineWriter where Element == UInt8 {
    @inline(__always)
    mutating func put(_ s: StaticString) { appendStatic(s) }
    @inline(__always)
    mutating func put(jsonString s: String) { JSONObjectWriter.appendString(s, to: &self) }
    @inline(__always)
    mutating func put(integer v: Int) { CSVWriter.appendInteger(v, to: &self) }
}
