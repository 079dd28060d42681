/// The text profile: how raw article text becomes tokens (normalisation + tokenisation).
///
/// Profile v1, the default, is specified exactly so that an independent implementation can
/// check it token for token (see README, "Text profile v1"):
/// 1. decode UTF-8, invalid bytes become U+FFFD (a separator) and are counted;
/// 2. delete invisibles (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+061C,
///    U+00AD, U+FEFF) before anything else;
/// 3. NFKC for U+FB50–U+FDFF and U+FE70–U+FEFF (presentation forms), then NFC;
/// 4. tokens are maximal runs of letters-or-marks (L*, M*) and, apart, of decimal digits (Nd);
/// 5. per token: delete Arabic marks (U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED) and
///    tatweel, fold alef variants to ا, ى and ی to ي, ک to ك, Arabic-Indic digits to ASCII, then
///    lowercase. An emptied token is dropped.
public struct TextProfile: Sendable, Hashable {
    /// Fold teh marbuta ة to heh ه (off in v1).
    public var foldTehMarbuta: Bool

    public init(foldTehMarbuta: Bool = false) {
        self.foldTehMarbuta = foldTehMarbuta
    }

    /// Text profile v1 as specified.
    public static let v1 = TextProfile()

    /// The name written into summaries ("v1", "v1+teh-marbuta").
    public var name: String { foldTehMarbuta ? "v1+fold-teh-marbuta" : "v1" }

    /// Characters deleted before anything else (step 2).
    static func isInvisible(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
             0x061C, 0x00AD, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Characters replaced by their NFKC mapping (step 3).
    static func isPresentationForm(_ cp: UInt32) -> Bool {
        (0xFB50...0xFDFF).contains(cp) || (0xFE70...0xFEFF).contains(cp)
    }

    /// Marks deleted inside a token (step 5), tatweel included.
    static func isDeletedMark(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640:
            return true
        default:
            return false
        }
    }

    /// The per-token fold of step 5 (before lowercasing); nil when the character is unchanged.
    func fold(_ cp: UInt32) -> UInt32? {
        switch cp {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675: return 0x0627
        case 0x0649, 0x06CC: return 0x064A
        case 0x06A9: return 0x0643
        case 0x0660...0x0669: return cp - 0x0660 + 0x30
        case 0x06F0...0x06F9: return cp - 0x06F0 + 0x30
        case 0x0629 where foldTehMarbuta: return 0x0647
        default: return nil
        }
    }

    /// Separators that end a sentence: n-grams never span them (nor a line end).
    static func isSentenceBreak(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x0A, 0x0D, 0x2E, 0x21, 0x3F, 0x3B,       // \n \r . ! ? ;
             0x061F, 0x061B, 0x06D4,                  // ؟ ؛ ۔
             0x2026, 0x203C, 0x2047, 0x2048, 0x2049,  // … ‼ ⁇ ⁈ ⁉
             0x0964, 0x0965, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF1B, 0x2029, 0x2028, 0x85:
            return true
        default:
            return false
        }
    }
}
