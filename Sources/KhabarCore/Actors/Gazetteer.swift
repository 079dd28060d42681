import Foundation

/// An error in an actors file: the file, the line (or record) and what is wrong.
public struct GazetteerError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    /// Line 0: the whole file (it cannot be read, or is not UTF-8).
    public var description: String { line > 0 ? "\(file): line \(line): \(message)" : "\(file): \(message)" }
}

/// A list of actors: the built-in one (data/actors.tsv, compiled in) and the user's.
///
/// User files (`--actors FILE`), by extension:
/// - `.csv` / `.tsv`: a header row naming the columns `id, type, name` (required) and any of
///   `name_en, country, wikidata, aliases, roles`; `aliases` separated by `|`; roles as
///   `role@country@from@to` separated by `;`;
/// - `.json`: an array of objects, `.jsonl`: one object per line, with the same keys (`aliases`
///   may be an array, `roles` an array of `{role, country, from, to}` objects).
/// A user actor with the id of a built-in one replaces it.
public struct Gazetteer: Sendable {
    public private(set) var actors: [Actor]

    public init(actors: [Actor] = []) { self.actors = actors }

    /// The built-in gazetteer.
    public static let builtin: Gazetteer = {
        // The compiled-in text is checked by a test; a failure here is a build defect.
        try! Gazetteer(actors: parseDelimited(BuiltinGazetteer.tsv, separator: "\t", file: "data/actors.tsv"))
    }()

    /// Adds `more`, replacing actors that have the same id.
    public mutating func add(_ more: [Actor]) {
        var index: [String: Int] = [:]
        for (i, a) in actors.enumerated() { index[a.id] = i }
        for a in more {
            if let i = index[a.id] { actors[i] = a } else { index[a.id] = actors.count; actors.append(a) }
        }
    }

    /// Reads a user's actors file.
    public static func load(_ path: String) throws -> [Actor] {
        guard let data = FileManager.default.contents(atPath: path) else {
            var info = stat()
            let reason = stat(path, &info) != 0 ? String(cString: strerror(errno))
                : info.st_mode & S_IFMT == S_IFDIR ? "a folder, not a file" : "cannot read the file"
            throw GazetteerError(file: path, line: 0, message: reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GazetteerError(file: path, line: 0, message: "not UTF-8")
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".json") {
            guard let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
                throw GazetteerError(file: path, line: 1, message: "not a JSON array of actor objects")
            }
            return try array.enumerated().map { try actor(fromJSON: $0.element, file: path, line: $0.offset + 1) }
        }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            var result: [Actor] = []
            // Cut on the newline byte ("\r\n" is one Character: a CRLF file would be one line).
            for (i, line) in byteFields(text, separator: 0x0A).enumerated() {
                guard !line.trimmingWhitespace().isEmpty, line != "\r" else { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else {
                    throw GazetteerError(file: path, line: i + 1, message: "not valid JSON")
                }
                result.append(try actor(fromJSON: object, file: path, line: i + 1))
            }
            return result
        }
        return try parseDelimited(text, separator: lower.hasSuffix(".tsv") ? "\t" : ",", file: path)
    }

    static func parseDelimited(_ text: String, separator: Character, file: String) throws -> [Actor] {
        // Lines and tab-separated fields are cut on bytes: a String split on Characters reads
        // "\r\n" as one Character (a CRLF file was one line) and is slow on a 1,200-row table.
        let lines = byteFields(text, separator: 0x0A).map { $0.utf8.last == 0x0D ? String($0.dropLast()) : $0 }
        guard let header = lines.first else { throw GazetteerError(file: file, line: 1, message: "empty file") }
        let columns = splitRow(header, separator).map { $0.trimmingWhitespace().lowercased() }
        for required in ["id", "type", "name"] where !columns.contains(required) {
            throw GazetteerError(file: file, line: 1, message: "the header has no '\(required)' column (it needs id, type, name)")
        }
        var result: [Actor] = []
        for (i, line) in lines.enumerated().dropFirst() where !line.trimmingWhitespace().isEmpty {
            let fields = splitRow(line, separator)
            guard fields.count <= columns.count else {
                throw GazetteerError(file: file, line: i + 1, message: "\(fields.count) fields, the header has \(columns.count)")
            }
            // Room for every column at once (it grew four times a row: ~15% of parsing the
            // built-in gazetteer at every start).
            var record = [String: String](minimumCapacity: columns.count)
            for (c, f) in zip(columns, fields) { record[c] = f }
            result.append(try actor(from: record, file: file, line: i + 1))
        }
        return result
    }

    /// Splits a CSV (RFC 4180 quotes) or TSV row.
    static func splitRow(_ line: String, _ separator: Character) -> [String] {
        if separator == "\t" {
            return byteFields(line, separator: 0x09)
        }
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == separator {
                fields.append(field); field = ""
            } else {
                field.append(c)
            }
            i += 1
        }
        fields.append(field)
        chars.removeAll()
        return fields
    }

    static func actor(from r: [String: String], file: String, line: Int) throws -> Actor {
        func value(_ k: String) -> String? {
            guard let v = r[k]?.trimmingWhitespace(), !v.isEmpty else { return nil }
            return v
        }
        guard let id = value("id") else { throw GazetteerError(file: file, line: line, message: "no id") }
        guard let name = value("name") else { throw GazetteerError(file: file, line: line, message: "no name") }
        guard let typeName = value("type"), let type = ActorType(rawValue: typeName) else {
            throw GazetteerError(file: file, line: line, message: "type must be person, organization, place or group (got '\(r["type"] ?? "")')")
        }
        // Cut on the byte of "|" (a Character split runs grapheme breaking over every alias).
        let aliases = byteFields(value("aliases") ?? "", separator: 0x7C, omittingEmpty: true).map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
        var roles: [ActorRole] = []
        for spec in (value("roles") ?? "").split(separator: ";") where !spec.isEmpty {
            let parts = spec.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 4, !parts[0].isEmpty else {
                throw GazetteerError(file: file, line: line, message: "role '\(spec)' is not role@country@from@to")
            }
            roles.append(ActorRole(role: parts[0], country: parts[1], from: parts[2].isEmpty ? nil : parts[2], to: parts[3].isEmpty ? nil : parts[3]))
        }
        return Actor(id: id, type: type, name: name, nameEn: value("name_en"), country: value("country"),
                     wikidata: value("wikidata"), aliases: aliases, roles: roles)
    }

    static func actor(fromJSON object: Any, file: String, line: Int) throws -> Actor {
        guard let o = object as? [String: Any] else { throw GazetteerError(file: file, line: line, message: "not a JSON object") }
        var r: [String: String] = [:]
        for k in ["id", "type", "name", "name_en", "country", "wikidata"] {
            if let v = o[k] as? String { r[k] = v }
        }
        if let a = o["aliases"] as? [Any] { r["aliases"] = a.compactMap { $0 as? String }.joined(separator: "|") }
        else if let a = o["aliases"] as? String { r["aliases"] = a }
        if let roles = o["roles"] as? [[String: Any]] {
            r["roles"] = roles.map { "\($0["role"] as? String ?? "")@\($0["country"] as? String ?? "")@\($0["from"] as? String ?? "")@\($0["to"] as? String ?? "")" }.joined(separator: ";")
        }
        return try actor(from: r, file: file, line: line)
    }
}

extension StringProtocol {
    /// The string without what `CharacterSet.whitespaces` holds (tab and the space separators,
    /// Zs) at either end. Hand-written: Foundation's `trimmingCharacters(in:)` goes through
    /// NSString, and parsing the built-in gazetteer with it took a quarter of a `report` on a
    /// small corpus (~0.1 s at every start of `report` and `actors`).
    func trimmingWhitespace() -> String {
        let string = String(self)
        let scalars = string.unicodeScalars
        // Tab and the Zs characters (a fixed set since Unicode 4.0).
        @inline(__always) func isSpace(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
            default: return false
            }
        }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end && isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start && isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
