public import TesseraTypes

/// Parses a `.wast` script. Modules are not parsed here: text modules keep their source text and are
/// parsed when the directive runs (see `WastModule.binary(features:)`), so that their errors count as
/// the directive's outcome.
public func parseWast(_ text: String) throws(WasmError) -> WastScript {
    var parser = try WastParser(source: Array(text.utf8))
    return try parser.parseScript()
}

struct WastParser {
    var c: TokenCursor
    /// Line bookkeeping: the line of `lineOffset`.
    private var line = 1
    private var lineOffset = 0

    init(source: [UInt8]) throws(WasmError) {
        c = try TokenCursor(source: source)
    }

    /// The 1-based line of a byte offset at or after the previous one asked for.
    mutating func line(at offset: Int) -> Int {
        if offset < lineOffset {
            line = 1
            lineOffset = 0
        }
        for i in lineOffset..<offset where c.source[i] == UInt8(ascii: "\n") { line += 1 }
        lineOffset = offset
        return line
    }

    mutating func parseScript() throws(WasmError) -> WastScript {
        // A script that starts with a module field is one inline module.
        let first = c.peek(1)
        if c.current.kind == .leftParen, first.kind == .keyword {
            switch c.text(first) {
            case "type", "rec", "import", "func", "table", "memory", "global", "tag", "export", "start", "elem", "data":
                let text = String(decoding: c.source, as: UTF8.self)
                let module = WastModule(id: nil, source: .text(text), line: line(at: c.current.start))
                return WastScript(directives: [WastDirective(.module(module), line: module.line)])
            default:
                break
            }
        }
        var directives: [WastDirective] = []
        while !c.atEnd {
            let open = c.current
            let lineNumber = line(at: open.start)
            directives.append(WastDirective(try parseDirective(), line: lineNumber))
        }
        return WastScript(directives: directives)
    }

    /// The message string of an assertion, then the closing parenthesis.
    private mutating func message() throws(WasmError) -> String {
        let s = try c.expectString()
        try c.expectRightParen()
        return String(decoding: s, as: UTF8.self)
    }

    mutating func parseDirective() throws(WasmError) -> WastDirectiveKind {
        guard c.current.kind == .leftParen, c.peek(1).kind == .keyword else { throw c.unexpected() }
        let keyword = c.peek(1)
        switch c.text(keyword) {
        case "module":
            return try parseModuleDirective()
        case "register":
            c.index += 2
            let name = try c.expectName()
            let instance = c.takeId()
            try c.expectRightParen()
            return .register(name: name, instance: instance)
        case "invoke", "get":
            return .action(try parseAction())
        case "assert_return":
            c.index += 2
            let action = try parseAction()
            var results: [WastExpected] = []
            while c.current.kind == .leftParen { results.append(try parseExpected()) }
            try c.expectRightParen()
            return .assertReturn(action, results)
        case "assert_trap":
            c.index += 2
            if c.atParen("module") {
                let module = try parseModule()
                return .assertTrapModule(module, message: try message())
            }
            let action = try parseAction()
            return .assertTrap(action, message: try message())
        case "assert_exhaustion":
            c.index += 2
            let action = try parseAction()
            return .assertExhaustion(action, message: try message())
        case "assert_exception":
            c.index += 2
            let action = try parseAction()
            try c.expectRightParen()
            return .assertException(action)
        case "assert_invalid":
            c.index += 2
            let module = try parseModule()
            return .assertInvalid(module, message: try message())
        case "assert_malformed":
            c.index += 2
            let module = try parseModule()
            return .assertMalformed(module, message: try message())
        case "assert_unlinkable":
            c.index += 2
            let module = try parseModule()
            return .assertUnlinkable(module, message: try message())
        case "assert_malformed_custom":
            c.index += 2
            let module = try parseModule()
            return .assertMalformedCustom(module, message: try message())
        case "assert_invalid_custom":
            c.index += 2
            let module = try parseModule()
            return .assertInvalidCustom(module, message: try message())
        default:
            throw c.error("unknown directive \(c.text(keyword))", at: keyword)
        }
    }

    /// `(module instance $i $m)` or a module.
    mutating func parseModuleDirective() throws(WasmError) -> WastDirectiveKind {
        if c.isKeyword(c.peek(2), "instance") {
            c.index += 3
            let instance = c.takeId()
            let definition = c.takeId()
            try c.expectRightParen()
            return .moduleInstance(instance: instance, definition: definition)
        }
        return .module(try parseModule())
    }

    /// `(module definition? $id? binary "..."*)`, `(module definition? $id? quote "..."*)` or a text module.
    mutating func parseModule() throws(WasmError) -> WastModule {
        let open = c.current
        let lineNumber = line(at: open.start)
        guard c.takeParen("module") else { throw c.unexpected() }
        let isDefinition = c.takeKeyword("definition")
        let id = c.takeId()
        if c.takeKeyword("binary") {
            var bytes: [UInt8] = []
            while let s = c.takeString() { bytes.append(contentsOf: s) }
            try c.expectRightParen()
            return WastModule(id: id, isDefinition: isDefinition, source: .binary(bytes), line: lineNumber)
        }
        if c.takeKeyword("quote") {
            var bytes: [UInt8] = []
            while let s = c.takeString() {
                bytes.append(contentsOf: s)
                bytes.append(UInt8(ascii: " "))
            }
            try c.expectRightParen()
            let text = String(decoding: bytes, as: UTF8.self)
            return WastModule(
                id: id, isDefinition: isDefinition, source: .quote(text), line: lineNumber,
                quoteBytes: isValidUTF8(bytes) ? nil : bytes)
        }
        try c.skipToClose()
        let end = c.peek(-1).end
        let text = String(decoding: c.source[open.start..<end], as: UTF8.self)
        return WastModule(id: id, isDefinition: isDefinition, source: .text(text), line: lineNumber)
    }

    /// `(invoke $id? "name" const*)` or `(get $id? "name")`.
    mutating func parseAction() throws(WasmError) -> WastAction {
        if c.takeParen("invoke") {
            let module = c.takeId()
            let name = try c.expectName()
            var arguments: [WastValue] = []
            while c.current.kind == .leftParen { arguments.append(try parseValue()) }
            try c.expectRightParen()
            return .invoke(module: module, name: name, arguments: arguments)
        }
        if c.takeParen("get") {
            let module = c.takeId()
            let name = try c.expectName()
            try c.expectRightParen()
            return .get(module: module, name: name)
        }
        throw c.unexpected()
    }
}
