/// Turns a JSON array of articles, as its blocks arrive, into JSON Lines: one item a line, so
/// that a `.json` entry is streamed like a `.jsonl` one (`JSONLinesChunker`, every worker, never
/// held whole; a 197 MB array took 2.8 s and 910 MB for `terms`, whole on one worker).
///
/// Only the array's own structure is read here (strings, so that brackets and commas in them
/// are not taken for structure; nesting depth): the commas between items become newlines; line
/// ends between tokens, which JSON counts as white space, become spaces; a raw line end inside
/// a string, which JSON does not allow, becomes U+001F, so that the item stays invalid and is
/// reported. Each item is then parsed on its own, as a line, and numbered as before (item n is
/// line n: ids `<archive>:<entry>:<n>`). What is wrong with the array itself is reported here:
/// an empty item (`[a,,b]`, `[a,]`), text after the array, an array never closed.
struct JSONArrayLines {
    /// A fault of the array's structure: the item it is about (0: the document), and what.
    struct Fault: Equatable {
        var item: Int
        var message: String
    }

    private enum Phase { case before, items, after }
    private var phase = Phase.before
    private var inString = false
    private var escaped = false
    private var depth = 0
    private var itemHasContent = false
    /// The number of the item being read (1-based).
    private(set) var item = 1
    private var reportedTrailing = false

    /// False until the first byte other than white space, which must open the array
    /// (`startsArray`); the caller reads anything else whole.
    private(set) var sawStart = false

    /// Whether `bytes` (the entry's first bytes) start, after white space, with `[`; nil when
    /// they are white space only.
    static func startsArray(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        for b in bytes where !(b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09) { return b == 0x5B }
        return nil
    }

    /// Converts the next block (the entry must start as an array) into `out`; reports faults.
    mutating func convert(_ block: UnsafeRawBufferPointer, into out: inout [UInt8], fault: (Fault) -> Void) {
        out.reserveCapacity(out.count + block.count)
        var i = 0
        let n = block.count
        while i < n {
            if inString {
                // Most bytes are in strings: the run up to the next quote, backslash or line end
                // is copied whole.
                if escaped {
                    escaped = false
                    out.append(block[i] == 0x0A || block[i] == 0x0D ? 0x1F : block[i])
                    i += 1
                    continue
                }
                var j = i
                while j < n {
                    let c = block[j]
                    if c == 0x22 || c == 0x5C || c == 0x0A || c == 0x0D { break }
                    j += 1
                }
                if j > i { out.append(contentsOf: UnsafeRawBufferPointer(rebasing: block[i..<j])) }
                i = j
                guard i < n else { break }
                let c = block[i]
                i += 1
                switch c {
                case 0x22:
                    inString = false
                    out.append(c)
                case 0x5C:
                    escaped = true
                    out.append(c)
                default:
                    out.append(0x1F)
                }
                continue
            }
            let b = block[i]
            i += 1
            switch phase {
            case .before:
                if b == 0x5B {
                    phase = .items
                    sawStart = true
                }
            case .after:
                if !(b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09), !reportedTrailing {
                    reportedTrailing = true
                    fault(Fault(item: 0, message: "not valid JSON: text after the end of the array"))
                }
            case .items:
                switch b {
                case 0x22:
                    inString = true
                    itemHasContent = true
                    out.append(b)
                case 0x5B, 0x7B:
                    depth += 1
                    itemHasContent = true
                    out.append(b)
                case 0x5D where depth == 0:
                    // The end of the array: `[]` has no item; `[a,]` ends on an empty one.
                    if !itemHasContent && item > 1 { fault(Fault(item: item, message: "not valid JSON: an empty item (a comma before ])")) }
                    phase = .after
                case 0x5D, 0x7D:
                    if depth > 0 { depth -= 1 }
                    itemHasContent = true
                    out.append(b)
                case 0x2C where depth == 0:
                    if !itemHasContent { fault(Fault(item: item, message: "not valid JSON: an empty item (two commas, or one after [)")) }
                    out.append(0x0A)
                    item += 1
                    itemHasContent = false
                case 0x0A, 0x0D:
                    out.append(0x20)
                case 0x20, 0x09:
                    out.append(b)
                default:
                    itemHasContent = true
                    out.append(b)
                }
            }
        }
    }

    /// Ends the entry: an array never closed is a fault (its items so far are read).
    func finish(fault: (Fault) -> Void) {
        if phase == .items {
            fault(Fault(item: 0, message: "not valid JSON: the array is not closed (\(item - 1) item\(item == 2 ? "" : "s") before the last)"))
        }
    }
}
