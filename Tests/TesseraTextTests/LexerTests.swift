import Testing
import TesseraTypes
@testable import TesseraText

/// Tokens, comments, strings, ids and annotations.
struct LexerTests {
    func kinds(_ text: String) throws -> [TokenKind] {
        try Lexer.tokenize(Array(text.utf8)).tokens.map(\.kind)
    }

    func lexError(_ text: String) -> String? {
        lexError(bytes: Array(text.utf8))
    }

    func lexError(bytes: [UInt8]) -> String? {
        do {
            _ = try Lexer.tokenize(bytes)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func tokenKinds() throws {
        #expect(try kinds("(module $m)") == [.leftParen, .keyword, .id, .rightParen, .eof])
        #expect(try kinds("0x1_0 -1.5e3 nan:0x1 \"s\"") == [.reserved, .reserved, .keyword, .string, .eof])
        // Runs mixing strings and other characters are single reserved tokens.
        #expect(try kinds("0$l \"a\"b $\"x\"") == [.reserved, .reserved, .id, .eof])
    }

    @Test func commentsAreSkipped() throws {
        #expect(try kinds("(; a (; nested ;) b ;) x ;; line\n y") == [.keyword, .keyword, .eof])
        #expect(lexError("(; unclosed") == "unclosed comment")
    }

    @Test func lineCommentsEndAtAnyNewline() throws {
        // LF, CR and CR LF all end a line comment: what follows is code again.
        for newline in ["\n", "\r", "\r\n"] {
            #expect(try kinds(";; c\(newline)(nop)") == [.leftParen, .keyword, .rightParen, .eof])
        }
    }

    @Test func stringEscapes() throws {
        let text = #""\t\n\r\"\'\\\41\u{1F600}\u{e9}""#
        let bytes = Array(text.utf8)
        let decoded = decodeStringLiteral(bytes, start: 0, end: bytes.count)
        #expect(decoded == [9, 10, 13, 34, 39, 92, 0x41, 0xF0, 0x9F, 0x98, 0x80, 0xC3, 0xA9])
        #expect(lexError(#""\q""#) == "illegal escape")
        #expect(lexError(#""\u{D800}""#) == "malformed UTF-8 encoding")
        #expect(lexError("\"abc") == "unclosed string")
        #expect(lexError("\"a\u{7}\"") == "illegal character")
    }

    @Test func identifiers() throws {
        #expect(lexError("$") == "empty identifier")
        #expect(lexError("$\"\"") == "empty identifier")
        #expect(lexError("$\"a\tb\"") == "empty identifier")
        #expect(lexError(#"$"\ef""#) == "malformed UTF-8")
        var cursor = try TokenCursor(source: Array(#"$abc $"abc" $"\u{61}bc""#.utf8))
        let names = [cursor.takeId(), cursor.takeId(), cursor.takeId()]
        #expect(names == ["abc", "abc", "abc"])
    }

    @Test func illegalCharacters() {
        #expect(lexError("a\u{1}") == "illegal character")
        #expect(lexError("Heiße") == "illegal character")
        #expect(lexError(bytes: [UInt8(ascii: "a"), 0x20, 0x80]) == "malformed UTF-8 encoding")
        #expect(lexError(bytes: [UInt8(ascii: "\""), 0xC0, 0x80, UInt8(ascii: "\"")]) == "malformed UTF-8 encoding")
    }

    @Test func annotationsAreSetAside() throws {
        let (tokens, annotations) = try Lexer.tokenize(Array("(module (@a x (y) \"z\") (@custom \"s\"))".utf8))
        #expect(tokens.map(\.kind) == [.leftParen, .keyword, .rightParen, .eof])
        #expect(annotations.map(\.name) == ["a", "custom"])
        #expect(lexError("(@x (y)") == "unclosed annotation")
        #expect(lexError("(@ x)") == "empty annotation id")
        #expect(lexError("(@\"\")") == "empty annotation id")
    }
}
