/// Where a token is and what comes before it.
public struct TokenInfo: Sendable, Equatable {
    /// The token is a run of decimal digits.
    public var isNumber: Bool
    /// A sentence break or line end (or the start of the text) comes between this token and
    /// the previous one; n-grams never span it.
    public var followsBreak: Bool
    /// The line of the text the token is on (0: the title line, for a document).
    public var line: Int
    /// Sentences before this token's (a sentence ends at sentence punctuation or a line end).
    public var sentence: Int
    /// Offsets of the token in the text, in Unicode scalars (code points), end exclusive.
    public var start: Int
    public var end: Int
    /// The same in UTF-8 bytes of the text as given (of the normalised text when the tokenizer
    /// took its exact NFC path).
    public var byteStart: Int = 0
    public var byteEnd: Int = 0
}

/// Receives the tokens of a text, one call per token, in order.
///
/// The bytes are the token's normalised UTF-8 and are valid only during the call: a sink that
/// keeps a token copies it (a counting table copies it once, into its arena, the first time it
/// sees the term). Tokens never become a `String` on the hot path.
public protocol TokenSink {
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo)
}

/// A sink that can be handed the token's `byteHash` with it, when one tokenization feeds two
/// sinks that both hash every token (the term counter and the actor matcher's buffer).
protocol HashedTokenSink: TokenSink {
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo, hash: UInt64)
}

/// A sink that keeps the tokens as strings: for tests, examples and small texts.
public struct TokenCollector: TokenSink {
    public var tokens: [String] = []
    public var infos: [TokenInfo] = []
    public var breaks: [Bool] { infos.map(\.followsBreak) }
    public init() {}
    public mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, _ info: TokenInfo) {
        tokens.append(String(decoding: bytes, as: UTF8.self))
        infos.append(info)
    }
}
