import TesseraTypes

/// A cursor over the tokens of a text module or script, with the small vocabulary of checks every
/// grammar rule needs. Errors are `malformed` with the offset of the offending token.
struct TokenCursor {
    let source: [UInt8]
    let tokens: [Token]
    let annotations: [Annotation]
    var index: Int = 0

    init(source: [UInt8], start: Int = 0, end: Int? = nil) throws(WasmError) {
        self.source = source
        let (tokens, annotations) = try Lexer.tokenize(source, start: start, end: end)
        self.tokens = tokens
        self.annotations = annotations
    }

    @inline(__always)
    var current: Token { tokens[index] }

    @inline(__always)
    func peek(_ k: Int = 0) -> Token {
        let i = index + k
        return i < tokens.count ? tokens[i] : tokens[tokens.count - 1]
    }

    var atEnd: Bool { current.kind == .eof }

    @inline(__always)
    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// The token's source text.
    func text(_ t: Token) -> String {
        String(decoding: source[t.start..<t.end], as: UTF8.self)
    }

    @inline(__always)
    func isKeyword(_ t: Token, _ word: String) -> Bool {
        t.kind == .keyword && source[t.start..<t.end].elementsEqual(word.utf8)
    }

    /// Whether the cursor is at `(` followed by the keyword.
    func atParen(_ word: String) -> Bool {
        current.kind == .leftParen && isKeyword(peek(1), word)
    }

    /// If the cursor is at `( word`, consumes both and returns true.
    mutating func takeParen(_ word: String) -> Bool {
        guard atParen(word) else { return false }
        index += 2
        return true
    }

    mutating func takeKeyword(_ word: String) -> Bool {
        guard isKeyword(current, word) else { return false }
        advance()
        return true
    }

    /// The error for a token that does not fit where it stands. Unknown words read as unknown operators
    /// (the reference interpreter rejects them already when lexing).
    func unexpected(_ t: Token? = nil) -> WasmError {
        let t = t ?? current
        switch t.kind {
        case .reserved:
            if !t.isMixed, isNumber(t) { return .malformed("unexpected token", offset: t.start) }
            return .malformed("unknown operator", offset: t.start)
        case .eof:
            return .malformed("unexpected end of script", offset: t.start)
        default:
            return .malformed("unexpected token", offset: t.start)
        }
    }

    /// Whether a reserved token is a well-formed number (integer or float).
    func isNumber(_ t: Token) -> Bool {
        if scanInteger(source, t.start, t.end) != nil { return true }
        do {
            _ = try parseFloatBits(source, t.start, t.end, width: 64)
            return true
        } catch {
            return error == .outOfRange
        }
    }

    func error(_ message: String, at t: Token? = nil) -> WasmError {
        .malformed(message, offset: (t ?? current).start)
    }

    mutating func expectLeftParen() throws(WasmError) {
        guard current.kind == .leftParen else { throw unexpected() }
        advance()
    }

    mutating func expectRightParen() throws(WasmError) {
        guard current.kind == .rightParen else { throw unexpected() }
        advance()
    }

    mutating func expectKeyword(_ word: String) throws(WasmError) {
        guard isKeyword(current, word) else { throw unexpected() }
        advance()
    }

    /// Consumes an optional `$id` and returns its name.
    mutating func takeId() -> String? {
        guard current.kind == .id else { return nil }
        let name = idName(current)
        advance()
        return name
    }

    /// The name of an id token (`$x` and `$"x"` name the same thing).
    func idName(_ t: Token) -> String {
        if source[t.start + 1] == UInt8(ascii: "\"") {
            return String(decoding: decodeStringLiteral(source, start: t.start + 1, end: t.end), as: UTF8.self)
        }
        return String(decoding: source[(t.start + 1)..<t.end], as: UTF8.self)
    }

    /// Consumes a string literal and returns its bytes.
    mutating func takeString() -> [UInt8]? {
        guard current.kind == .string else { return nil }
        let bytes = decodeStringLiteral(source, start: current.start, end: current.end)
        advance()
        return bytes
    }

    mutating func expectString() throws(WasmError) -> [UInt8] {
        guard let s = takeString() else { throw unexpected() }
        return s
    }

    /// A string that must be valid UTF-8 (import/export names).
    mutating func expectName() throws(WasmError) -> String {
        let t = current
        let bytes = try expectString()
        guard isValidUTF8(bytes) else { throw error("malformed UTF-8 encoding", at: t) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Consumes a `nat` token as a u32.
    mutating func takeU32() throws(WasmError) -> UInt32? {
        guard let v = try takeNat() else { return nil }
        guard v <= UInt64(UInt32.max) else { throw error("i32 constant out of range", at: peek(-1)) }
        return UInt32(v)
    }

    /// Consumes a `nat` token.
    mutating func takeNat() throws(WasmError) -> UInt64? {
        let t = current
        guard t.kind == .reserved, !t.isMixed, let (value, overflow) = scanNat(source, t.start, t.end) else {
            return nil
        }
        if overflow { throw error("i64 constant out of range", at: t) }
        advance()
        return value
    }

    mutating func expectU32() throws(WasmError) -> UInt32 {
        guard let v = try takeU32() else { throw unexpected() }
        return v
    }

    /// Whether the current token is a `nat`.
    var atNat: Bool {
        let t = current
        return t.kind == .reserved && !t.isMixed && scanNat(source, t.start, t.end) != nil
    }

    /// Skips to just after the parenthesis that closes the current one (the cursor is inside a form).
    mutating func skipToClose() throws(WasmError) {
        var depth = 1
        while true {
            switch current.kind {
            case .leftParen: depth += 1
            case .rightParen:
                depth -= 1
                if depth == 0 {
                    advance()
                    return
                }
            case .eof: throw unexpected()
            default: break
            }
            advance()
        }
    }
}
