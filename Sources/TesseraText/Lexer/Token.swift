/// The kinds of tokens of the WebAssembly text format.
enum TokenKind: UInt8, Sendable {
    case leftParen
    case rightParen
    /// A run of identifier characters starting with a lowercase letter (`module`, `i32.add`, `nan:0x1`, `offset=4`).
    case keyword
    /// Any other run of identifier characters (numbers are such runs), or a run that mixes identifier
    /// characters and strings (`0$x`, `"a"b`): the latter never parse as anything ("unknown operator").
    case reserved
    /// `$name` or `$"name"`.
    case id
    case string
    case eof
}

/// One token: its kind and its byte range in the source.
struct Token: Sendable {
    var kind: TokenKind
    /// Set for reserved tokens that contain a string or a character outside the identifier set: no
    /// number or keyword can match them.
    var isMixed: Bool
    var start: Int
    var end: Int

    init(_ kind: TokenKind, start: Int, end: Int, isMixed: Bool = false) {
        self.kind = kind
        self.isMixed = isMixed
        self.start = start
        self.end = end
    }
}

/// An annotation `(@id ...)` met by the lexer: kept out of the token stream, remembered for the
/// annotations that have a meaning (`@custom`, `@name`).
struct Annotation: Sendable {
    /// The annotation id without the `@` (decoded if it was written as a string).
    var name: String
    /// Index of the first token after the annotation in the token stream.
    var tokenIndex: Int
    /// The tokens inside the annotation, without its parentheses.
    var tokens: [Token]
    var start: Int
}

/// The characters allowed in keywords, ids and numbers (`idchar` of the spec).
@inline(__always)
func isIdChar(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "a")...UInt8(ascii: "z"):
        return true
    case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
        UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"),
        UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "_"),
        UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
        return true
    default:
        return false
    }
}

@inline(__always)
func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
    default: nil
    }
}
