import TesseraTypes
import TesseraBinary

/// Parses a text-format module into a `WasmModule`.
///
/// Two passes over the module fields: the first (`scanDeclarations`) assigns every `$id` its index in
/// its index space (imports first, then definitions, each in text order) and checks the field order
/// rules; the second parses types first (type definitions may refer to any type) and then every other
/// field in text order, so that implicitly inserted function types get their indices in text order.
struct WatParser {
    var c: TokenCursor
    let features: FeatureSet
    var module = WasmModule()

    /// Names of each index space (indexed by `spaceOrdinal`).
    var names: [[String: UInt32]] = Array(repeating: [:], count: 9)
    /// Declarations per space in index order, from the first pass.
    var declarations: [[Declaration]] = Array(repeating: [], count: 9)
    /// Field names of struct types, by type index.
    var fieldNames: [UInt32: [String: UInt32]] = [:]
    /// The index of the first type whose definition is `(func params results)` alone in its group.
    var functionTypeIndex: [FunctionType: UInt32] = [:]
    /// The number of types so far (explicit, then implicitly inserted).
    var typeCount: UInt32 = 0
    /// All types so far, flattened over the recursion groups.
    var flatTypes: [SubType] = []
    /// Per index space: how many imports were declared, and how many imports/definitions were parsed so far.
    var importCounts: [UInt32] = Array(repeating: 0, count: 9)
    var importedSoFar: [UInt32] = Array(repeating: 0, count: 9)
    var definedSoFar: [UInt32] = Array(repeating: 0, count: 9)
    var sawStart = false
    /// Whether some function body refers to a data segment (the binary then needs a data count section).
    var usesDataIndex = false
    var inFunctionBody = false

    // Function context.
    var localNames: [String: UInt32] = [:]
    var localCount: UInt32 = 0
    var labels: [String?] = []
    /// Names for the `name` section: the module's id and the parameter/local ids of each function.
    var moduleName: String?
    var localNamesByFunction: [(function: UInt32, locals: [(UInt32, String)])] = []
    /// The label parsed by `parseBlockType`, to be pushed by the structured-instruction parser.
    var pendingLabel: String?? = nil

    /// Token positions of the module's structure, for checking where annotations stand.
    var layout = Layout()

    struct Layout {
        var fieldsStart = 0
        var fieldsEnd = 0
        /// Token indices of the fields' opening parentheses, and of the end of the fields.
        var moduleLevel: Set<Int> = []
        /// Token ranges of the `func` fields.
        var functions: [Range<Int>] = []
        /// Token indices just after a field's keyword and id, where `@name` may stand.
        var nameSlots: Set<Int> = []
    }

    struct Declaration {
        var name: String?
        var imported: Bool
        var offset: Int
    }

    init(source: [UInt8], start: Int = 0, end: Int? = nil, features: FeatureSet) throws(WasmError) {
        self.c = try TokenCursor(source: source, start: start, end: end)
        self.features = features
    }

    /// Parses `(module $id? field*)` or a bare sequence of fields, up to the end of the input.
    mutating func parseModule() throws(WasmError) -> WasmModule {
        var wrapped = false
        if c.atParen("module") {
            c.index += 2
            _ = c.takeKeyword("definition")
            moduleName = c.takeId()
            wrapped = true
        }
        let start = c.index
        try scanDeclarations()
        c.index = start
        try parseTypes()
        c.index = start
        try parseOtherFields()
        if wrapped { try c.expectRightParen() }
        guard c.atEnd else { throw c.unexpected() }
        if usesDataIndex { module.dataCount = UInt32(module.data.count) }
        if !c.annotations.isEmpty { try processAnnotations() }
        appendNameSection()
        return module
    }

    // MARK: - First pass

    mutating func declare(_ space: IndexSpace, _ name: String?, imported: Bool, at offset: Int) {
        declarations[spaceOrdinal(space)].append(Declaration(name: name, imported: imported, offset: offset))
    }

    /// Assigns indices to all declared names and checks the order of imports.
    mutating func scanDeclarations() throws(WasmError) {
        var firstDefinition: String?
        layout.fieldsStart = c.index
        while c.current.kind == .leftParen {
            let keyword = c.peek(1)
            guard keyword.kind == .keyword else { throw c.unexpected(keyword) }
            let fieldStart = c.index
            layout.moduleLevel.insert(fieldStart)
            c.index += 2
            let word = c.text(keyword)
            defer {
                if word == "func" { layout.functions.append(fieldStart..<c.index) }
            }
            if word != "export", word != "start" {
                layout.nameSlots.insert(c.current.kind == .id ? c.index + 1 : c.index)
            }
            switch word {
            case "type":
                let offset = c.current.start
                declare(.type, c.takeId(), imported: false, at: offset)
                try c.skipToClose()
            case "rec":
                while c.takeParen("type") {
                    let offset = c.current.start
                    declare(.type, c.takeId(), imported: false, at: offset)
                    try c.skipToClose()
                }
                try c.expectRightParen()
            case "import":
                _ = try c.expectName()
                _ = try c.expectName()
                try c.expectLeftParen()
                let kind = c.current
                guard let space = importSpace(kind) else { throw c.unexpected(kind) }
                c.advance()
                let offset = c.current.start
                let name = c.takeId()
                if let firstDefinition { throw c.error("import after \(firstDefinition)", at: keyword) }
                declare(space, name, imported: true, at: offset)
                try c.skipToClose()
                try c.skipToClose()
            case "func", "table", "memory", "global", "tag":
                let space = importSpace(keyword)!
                let offset = c.current.start
                let name = c.takeId()
                while c.atParen("export") {
                    c.index += 2
                    try c.skipToClose()
                }
                let imported = c.atParen("import")
                if imported {
                    if let firstDefinition { throw c.error("import after \(firstDefinition)", at: keyword) }
                } else if firstDefinition == nil, space != .tag {
                    firstDefinition = word == "func" ? "function" : word
                }
                if imported {
                    c.index += 2
                    try c.skipToClose()
                }
                declare(space, name, imported: imported, at: offset)
                if !imported, space == .table || space == .memory {
                    // An inline `(elem ...)` / `(data ...)` defines an anonymous segment.
                    var depth = 1
                    while depth > 0 {
                        if depth == 1, c.atParen(space == .table ? "elem" : "data") {
                            declare(space == .table ? .elem : .data, nil, imported: false, at: c.current.start)
                        }
                        switch c.current.kind {
                        case .leftParen: depth += 1
                        case .rightParen: depth -= 1
                        case .eof: throw c.unexpected()
                        default: break
                        }
                        c.advance()
                    }
                } else {
                    try c.skipToClose()
                }
            case "elem", "data":
                let offset = c.current.start
                declare(word == "elem" ? .elem : .data, c.takeId(), imported: false, at: offset)
                try c.skipToClose()
            case "export", "start":
                try c.skipToClose()
            default:
                throw c.unexpected(keyword)
            }
        }
        layout.fieldsEnd = c.index
        layout.moduleLevel.insert(c.index)
        // Indices: imports first, then definitions, each in text order.
        for space in [IndexSpace.type, .function, .table, .memory, .global, .tag, .elem, .data] {
            let ordinal = spaceOrdinal(space)
            let all = declarations[ordinal].filter(\.imported) + declarations[ordinal].filter { !$0.imported }
            declarations[ordinal] = all
            importCounts[ordinal] = UInt32(all.count { $0.imported })
            var map: [String: UInt32] = [:]
            for (i, d) in all.enumerated() {
                guard let name = d.name else { continue }
                if map[name] != nil { throw WasmError.malformed("duplicate \(spaceName(space))", offset: d.offset) }
                map[name] = UInt32(i)
            }
            names[ordinal] = map
        }
    }

    func importSpace(_ t: Token) -> IndexSpace? {
        guard t.kind == .keyword else { return nil }
        switch c.text(t) {
        case "func": return .function
        case "table": return .table
        case "memory": return .memory
        case "global": return .global
        case "tag": return .tag
        default: return nil
        }
    }

    // MARK: - Second pass

    /// Parses every `type` and `rec` field, skipping the others.
    mutating func parseTypes() throws(WasmError) {
        while c.current.kind == .leftParen {
            if c.takeParen("type") {
                let subtype = try parseTypeDefinition()
                module.recGroups.append(RecGroup(types: [subtype]))
            } else if c.takeParen("rec") {
                var group: [SubType] = []
                while c.takeParen("type") {
                    group.append(try parseTypeDefinition())
                }
                try c.expectRightParen()
                module.recGroups.append(RecGroup(types: group, isExplicit: true))
            } else {
                c.advance()
                try c.skipToClose()
            }
        }
        // Function types that an inline type use may reuse: alone in their group, final, no supertype.
        var index: UInt32 = 0
        for group in module.recGroups {
            if group.types.count == 1, let t = group.types.first, t.isFinal, t.supertypes.isEmpty,
                case .function(let f) = t.composite, functionTypeIndex[f] == nil
            {
                functionTypeIndex[f] = index
            }
            index += UInt32(group.types.count)
        }
        typeCount = index
    }

    mutating func parseOtherFields() throws(WasmError) {
        while c.current.kind == .leftParen {
            let keyword = c.peek(1)
            c.index += 2
            switch c.text(keyword) {
            case "type", "rec": try c.skipToClose()
            case "import": try parseImport()
            case "func": try parseFunction()
            case "table": try parseTable()
            case "memory": try parseMemory()
            case "global": try parseGlobal()
            case "tag": try parseTag()
            case "export": try parseExport()
            case "start": try parseStart(keyword)
            case "elem": try parseElem()
            case "data": try parseData()
            default: throw c.unexpected(keyword)
            }
        }
    }
}
