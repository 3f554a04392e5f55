import TesseraTypes

/// Splits WebAssembly text into tokens. Whitespace and comments are dropped; annotations `(@id ...)` are
/// checked for well-formedness and set aside (see `Annotation`). Errors are `malformed` with the byte offset.
struct Lexer {
    let bytes: [UInt8]
    var position: Int
    let end: Int
    /// Inside an annotation any token goes, including `$` alone.
    var inAnnotation = false

    init(_ bytes: [UInt8], start: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.position = start
        self.end = end ?? bytes.count
    }

    /// Tokenizes the whole input. The last token is `.eof`.
    static func tokenize(
        _ bytes: [UInt8], start: Int = 0, end: Int? = nil
    ) throws(WasmError) -> (tokens: [Token], annotations: [Annotation]) {
        var lexer = Lexer(bytes, start: start, end: end)
        var tokens: [Token] = []
        tokens.reserveCapacity((lexer.end - start) / 4)
        var annotations: [Annotation] = []
        while true {
            let token = try lexer.next()
            if token.kind == .eof {
                tokens.append(token)
                break
            }
            if token.kind == .leftParen, token.end - token.start == 2 {
                // "(@": an annotation.
                annotations.append(try lexer.annotation(openedAt: token.start, tokenIndex: tokens.count))
                continue
            }
            tokens.append(token)
        }
        return (tokens, annotations)
    }

    func error(_ message: String, at offset: Int) -> WasmError {
        .malformed(message, offset: offset)
    }

    /// The next raw token. A left parenthesis immediately followed by `@` is returned as a two-byte
    /// `.leftParen` token (the start of an annotation).
    mutating func next() throws(WasmError) -> Token {
        try skipTrivia()
        guard position < end else { return Token(.eof, start: end, end: end) }
        let start = position
        let c = bytes[position]
        if c == UInt8(ascii: "(") {
            position += 1
            if position < end, bytes[position] == UInt8(ascii: "@") {
                position += 1
                return Token(.leftParen, start: start, end: position)
            }
            return Token(.leftParen, start: start, end: position)
        }
        if c == UInt8(ascii: ")") {
            position += 1
            return Token(.rightParen, start: start, end: position)
        }
        return try atom()
    }

    /// A maximal run of identifier characters, strings and the other reserved characters.
    private mutating func atom() throws(WasmError) -> Token {
        let start = position
        var stringCount = 0
        var hasOther = false
        var firstStringStart = -1
        var firstStringEnd = -1
        while position < end {
            let c = bytes[position]
            if isIdChar(c) {
                position += 1
            } else if c == UInt8(ascii: "\"") {
                let s = position
                if s == start + 1, bytes[start] == UInt8(ascii: "$"), !inAnnotation {
                    // A quoted id: a malformed string leaves an empty identifier.
                    do { try skipString() } catch { throw self.error("empty identifier", at: start) }
                } else {
                    try skipString()
                }
                if stringCount == 0 {
                    firstStringStart = s
                    firstStringEnd = position
                }
                stringCount += 1
            } else if c == UInt8(ascii: ",") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]")
                || c == UInt8(ascii: "{") || c == UInt8(ascii: "}")
            {
                hasOther = true
                position += 1
            } else if c == UInt8(ascii: ";") {
                if position + 1 < end, bytes[position + 1] == UInt8(ascii: ";") { break }
                hasOther = true
                position += 1
            } else {
                break
            }
        }
        if position == start {
            throw illegalCharacter(at: start)
        }
        let first = bytes[start]
        if stringCount == 1, !hasOther, firstStringStart == start, firstStringEnd == position {
            return Token(.string, start: start, end: position)
        }
        if first == UInt8(ascii: "$"), !inAnnotation {
            if stringCount == 0, !hasOther {
                if position - start == 1 { throw error("empty identifier", at: start) }
                return Token(.id, start: start, end: position)
            }
            if stringCount == 1, !hasOther, firstStringStart == start + 1, firstStringEnd == position {
                try checkQuotedName(from: firstStringStart, to: firstStringEnd, empty: "empty identifier")
                return Token(.id, start: start, end: position)
            }
        }
        if stringCount > 0 || hasOther {
            return Token(.reserved, start: start, end: position, isMixed: true)
        }
        if first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") {
            return Token(.keyword, start: start, end: position)
        }
        return Token(.reserved, start: start, end: position)
    }

    /// Checks the decoded name of a quoted id or annotation id: valid UTF-8, not empty.
    private func checkQuotedName(from start: Int, to stop: Int, empty message: String) throws(WasmError) {
        let decoded = decodeStringLiteral(bytes, start: start, end: stop)
        if decoded.isEmpty { throw error(message, at: start) }
        if !isValidUTF8(decoded) { throw error("malformed UTF-8", at: start) }
    }

    private func illegalCharacter(at offset: Int) -> WasmError {
        let c = bytes[offset]
        if c >= 0x80, utf8SequenceLength(bytes, at: offset, end: end) == nil {
            return error("malformed UTF-8 encoding", at: offset)
        }
        return error("illegal character", at: offset)
    }

    /// Skips a string literal starting at the opening quote, checking escapes and UTF-8.
    private mutating func skipString() throws(WasmError) {
        let start = position
        position += 1
        while true {
            guard position < end else { throw error("unclosed string", at: start) }
            let c = bytes[position]
            switch c {
            case UInt8(ascii: "\""):
                position += 1
                return
            case UInt8(ascii: "\n"):
                throw error("unclosed string", at: start)
            case UInt8(ascii: "\\"):
                position += 1
                guard position < end else { throw error("unclosed string", at: start) }
                let e = bytes[position]
                switch e {
                case UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "\""),
                    UInt8(ascii: "'"), UInt8(ascii: "\\"):
                    position += 1
                case UInt8(ascii: "u"):
                    try skipUnicodeEscape()
                default:
                    guard hexValue(e) != nil, position + 1 < end, hexValue(bytes[position + 1]) != nil else {
                        throw error("illegal escape", at: position - 1)
                    }
                    position += 2
                }
            case 0..<0x20, 0x7F:
                throw error("illegal character", at: position)
            case 0x80...:
                guard let n = utf8SequenceLength(bytes, at: position, end: end) else {
                    throw error("malformed UTF-8 encoding", at: position)
                }
                position += n
            default:
                position += 1
            }
        }
    }

    /// `\u{hex+}` with a Unicode scalar value.
    private mutating func skipUnicodeEscape() throws(WasmError) {
        let escapeStart = position - 1
        position += 1
        guard position < end, bytes[position] == UInt8(ascii: "{") else {
            throw error("illegal escape", at: escapeStart)
        }
        position += 1
        var value: UInt32 = 0
        var digits = 0
        var lastUnderscore = false
        while position < end, bytes[position] != UInt8(ascii: "}") {
            let c = bytes[position]
            if c == UInt8(ascii: "_"), digits > 0, !lastUnderscore {
                lastUnderscore = true
                position += 1
                continue
            }
            guard let h = hexValue(c) else { throw error("illegal escape", at: escapeStart) }
            lastUnderscore = false
            value = value > 0x10FFFF ? value : value << 4 | UInt32(h)
            digits += 1
            position += 1
        }
        guard position < end, digits > 0, !lastUnderscore else { throw error("illegal escape", at: escapeStart) }
        position += 1
        if value >= 0xD800 && value < 0xE000 || value > 0x10FFFF {
            throw error("malformed UTF-8 encoding", at: escapeStart)
        }
    }

    /// Skips whitespace, line comments and (nested) block comments.
    private mutating func skipTrivia() throws(WasmError) {
        while position < end {
            let c = bytes[position]
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: ";"):
                guard position + 1 < end, bytes[position + 1] == UInt8(ascii: ";") else { return }
                position += 2
                // A line comment ends at a newline: LF, CR or CR LF.
                while position < end, bytes[position] != UInt8(ascii: "\n"), bytes[position] != UInt8(ascii: "\r") {
                    try skipCommentCharacter()
                }
            case UInt8(ascii: "("):
                guard position + 1 < end, bytes[position + 1] == UInt8(ascii: ";") else { return }
                try skipBlockComment()
            default:
                return
            }
        }
    }

    private mutating func skipCommentCharacter() throws(WasmError) {
        let c = bytes[position]
        if c < 0x80 {
            position += 1
        } else if let n = utf8SequenceLength(bytes, at: position, end: end) {
            position += n
        } else {
            throw error("malformed UTF-8 encoding", at: position)
        }
    }

    private mutating func skipBlockComment() throws(WasmError) {
        let start = position
        var depth = 0
        while position < end {
            if bytes[position] == UInt8(ascii: "("), position + 1 < end, bytes[position + 1] == UInt8(ascii: ";") {
                depth += 1
                position += 2
            } else if bytes[position] == UInt8(ascii: ";"), position + 1 < end,
                bytes[position + 1] == UInt8(ascii: ")")
            {
                depth -= 1
                position += 2
                if depth == 0 { return }
            } else {
                try skipCommentCharacter()
            }
        }
        throw error("unclosed comment", at: start)
    }

    /// Reads the rest of an annotation after `(@`: its id, then balanced tokens up to the closing parenthesis.
    mutating func annotation(openedAt start: Int, tokenIndex: Int) throws(WasmError) -> Annotation {
        // The id must follow the "@" immediately.
        guard position < end else { throw error("empty annotation id", at: start) }
        let c = bytes[position]
        guard isIdChar(c) || c == UInt8(ascii: "\"") else { throw error("empty annotation id", at: start) }
        inAnnotation = true
        defer { inAnnotation = false }
        let idToken: Token
        if c == UInt8(ascii: "\"") {
            do { idToken = try atom() } catch { throw self.error("empty annotation id", at: start) }
        } else {
            idToken = try atom()
        }
        let name: String
        if idToken.kind == .string {
            try checkQuotedName(from: idToken.start, to: idToken.end, empty: "empty annotation id")
            name = String(decoding: decodeStringLiteral(bytes, start: idToken.start, end: idToken.end), as: UTF8.self)
        } else if idToken.isMixed {
            throw error("empty annotation id", at: start)
        } else {
            name = String(decoding: bytes[idToken.start..<idToken.end], as: UTF8.self)
        }
        var depth = 1
        var inner: [Token] = []
        while true {
            let token = try next()
            switch token.kind {
            case .eof:
                throw error("unclosed annotation", at: start)
            case .leftParen:
                depth += 1
            case .rightParen:
                depth -= 1
                if depth == 0 { return Annotation(name: name, tokenIndex: tokenIndex, tokens: inner, start: start) }
            default:
                break
            }
            inner.append(token)
        }
    }
}
