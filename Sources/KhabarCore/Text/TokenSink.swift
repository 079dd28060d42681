/// Receives the tokens of a text, one call per token, in order.
///
/// The bytes are the token's normalised UTF-8 and are valid only during the call: a sink that
/// keeps a token copies it (a counting table copies it once, into its arena, the first time it
/// sees the term). Tokens never become a `String` on the hot path.
public protocol TokenSink {
    /// - Parameters:
    ///   - bytes: the normalised token (text profile applied).
    ///   - isNumber: the token is a run of decimal digits.
    ///   - followsBreak: a sentence break or line end (or the start of the text) comes between
    ///     this token and the previous one; n-grams never span it.
    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, isNumber: Bool, followsBreak: Bool)
}

/// A sink that keeps the tokens as strings: for tests, examples and small texts.
public struct TokenCollector: TokenSink {
    public var tokens: [String] = []
    public var breaks: [Bool] = []
    public init() {}
    public mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, isNumber: Bool, followsBreak: Bool) {
        tokens.append(String(decoding: bytes, as: UTF8.self))
        breaks.append(followsBreak)
    }
}
