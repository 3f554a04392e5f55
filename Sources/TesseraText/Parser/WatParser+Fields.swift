import TesseraTypes
import TesseraBinary

/// Module fields: imports, functions, tables, memories, globals, tags, exports, start.
extension WatParser {
    /// The index the next import (or definition) of the space gets, and counts it.
    mutating func nextIndex(_ space: IndexSpace, imported: Bool) -> UInt32 {
        let o = spaceOrdinal(space)
        if imported {
            defer { importedSoFar[o] += 1 }
            return importedSoFar[o]
        }
        defer { definedSoFar[o] += 1 }
        return importCounts[o] + definedSoFar[o]
    }

    /// `(export "name")*` abbreviations of a definition with index `index`.
    mutating func parseInlineExports(_ kind: ExternalKind, index: UInt32) throws(WasmError) {
        while c.takeParen("export") {
            let name = try c.expectName()
            try c.expectRightParen()
            module.exports.append(Export(name: name, kind: kind, index: index))
        }
    }

    /// `(import "module" "name")` abbreviation, if present.
    mutating func takeInlineImport() throws(WasmError) -> (String, String)? {
        guard c.takeParen("import") else { return nil }
        let m = try c.expectName()
        let n = try c.expectName()
        try c.expectRightParen()
        return (m, n)
    }

    /// The rest of `(import "m" "n" (kind ...))`.
    mutating func parseImport() throws(WasmError) {
        let moduleName = try c.expectName()
        let name = try c.expectName()
        try c.expectLeftParen()
        let kind = c.current
        c.advance()
        _ = c.takeId()
        let descriptor: ImportDescriptor
        switch c.text(kind) {
        case "func":
            _ = nextIndex(.function, imported: true)
            descriptor = .function(typeIndex: try resolve(try parseTypeUse(allowNames: true)))
        case "table":
            _ = nextIndex(.table, imported: true)
            descriptor = .table(try parseTableType())
        case "memory":
            _ = nextIndex(.memory, imported: true)
            descriptor = .memory(try parseMemoryType())
        case "global":
            _ = nextIndex(.global, imported: true)
            descriptor = .global(try parseGlobalType())
        case "tag":
            _ = nextIndex(.tag, imported: true)
            descriptor = .tag(TagType(typeIndex: try resolve(try parseTypeUse(allowNames: true))))
        default:
            throw c.unexpected(kind)
        }
        try c.expectRightParen()
        try c.expectRightParen()
        module.imports.append(Import(module: moduleName, name: name, descriptor: descriptor))
    }

    // MARK: - Types of imports and definitions

    /// `i32`/`i64` before limits (memory64, table64).
    mutating func takeAddressType() -> Bool {
        if c.takeKeyword("i64") { return true }
        _ = c.takeKeyword("i32")
        return false
    }

    /// `min max?`. Sizes beyond the 32-bit range of a 32-bit table or memory are validation errors.
    mutating func parseLimits(is64: Bool) throws(WasmError) -> Limits {
        guard let min = try c.takeNat() else { throw c.unexpected() }
        return Limits(min: min, max: try c.takeNat(), is64: is64)
    }

    mutating func parseTableType() throws(WasmError) -> TableType {
        let is64 = takeAddressType()
        let limits = try parseLimits(is64: is64)
        return TableType(elementType: try expectRefType(), limits: limits)
    }

    mutating func parseMemoryType() throws(WasmError) -> MemoryType {
        let is64 = takeAddressType()
        var limits = try parseLimits(is64: is64)
        if c.takeKeyword("shared") { limits.isShared = true }
        return MemoryType(limits: limits, pageSizeLog2: try parsePageSize())
    }

    /// `(pagesize n)` (custom-page-sizes), log2; 16 when absent.
    mutating func parsePageSize() throws(WasmError) -> UInt8 {
        guard c.takeParen("pagesize") else { return 16 }
        let t = c.current
        guard let size = try c.takeNat() else { throw c.unexpected() }
        guard size != 0, size & (size - 1) == 0 else { throw c.error("invalid custom page size", at: t) }
        try c.expectRightParen()
        return UInt8(size.trailingZeroBitCount)
    }

    mutating func parseGlobalType() throws(WasmError) -> GlobalType {
        if c.takeParen("mut") {
            let v = try expectValueType()
            try c.expectRightParen()
            return GlobalType(v, mutable: true)
        }
        return GlobalType(try expectValueType(), mutable: false)
    }

    // MARK: - Definitions

    mutating func parseFunction() throws(WasmError) {
        _ = c.takeId()
        let isImport = isInlineImport()
        let index = nextIndex(.function, imported: isImport)
        try parseInlineExports(.function, index: index)
        if let (m, n) = try takeInlineImport() {
            let typeIndex = try resolve(try parseTypeUse(allowNames: true))
            try c.expectRightParen()
            module.imports.append(Import(module: m, name: n, descriptor: .function(typeIndex: typeIndex)))
            return
        }
        let use = try parseTypeUse(allowNames: true)
        let typeIndex = try resolve(use)
        module.functions.append(typeIndex)
        localNames = [:]
        localCount = 0
        labels = []
        if use.index != nil, !use.hasInlineSignature {
            localCount = UInt32(functionType(at: typeIndex)?.parameters.count ?? 0)
        } else {
            for p in use.parameterNames { try declareLocal(p.name, at: p.token) }
        }
        var runs: [LocalRun] = []
        while c.takeParen("local") {
            let t = c.current
            if let name = c.takeId() {
                try declareLocal(name, at: t)
                appendLocal(try expectValueType(), to: &runs)
                try c.expectRightParen()
            } else {
                while c.current.kind != .rightParen {
                    let v = try expectValueType()
                    try declareLocal(nil, at: t)
                    appendLocal(v, to: &runs)
                }
                c.advance()
            }
        }
        recordLocalNames(function: index)
        var code: [UInt8] = []
        inFunctionBody = true
        try parseBody(into: &code)
        inFunctionBody = false
        try c.expectRightParen()
        module.codes.append(FunctionBody(localRuns: runs, code: code[...]))
    }

    private func appendLocal(_ type: ValueType, to runs: inout [LocalRun]) {
        if let last = runs.last, last.type == type {
            runs[runs.count - 1].count += 1
        } else {
            runs.append(LocalRun(count: 1, type: type))
        }
    }

    /// Whether the definition at the cursor (after its id) is an inline import, looking past inline exports.
    func isInlineImport() -> Bool {
        var i = c.index
        while c.tokens[i].kind == .leftParen, c.isKeyword(c.tokens[i + 1], "export") {
            // Skip `( export "name" )`.
            i += 4
        }
        return c.tokens[i].kind == .leftParen && c.isKeyword(c.tokens[i + 1], "import")
    }

    mutating func parseTable() throws(WasmError) {
        _ = c.takeId()
        let isImport = isInlineImport()
        let index = nextIndex(.table, imported: isImport)
        try parseInlineExports(.table, index: index)
        if let (m, n) = try takeInlineImport() {
            let type = try parseTableType()
            try c.expectRightParen()
            module.imports.append(Import(module: m, name: n, descriptor: .table(type)))
            return
        }
        let is64 = takeAddressType()
        if let elementType = try takeRefType() {
            // `(table addrtype? reftype (elem ...))`: a table sized to an active segment at offset 0.
            try c.expectLeftParen()
            try c.expectKeyword("elem")
            var items = try parseElementList()
            var segmentType = elementType
            if case .functions(let indices) = items {
                if elementType == .funcref {
                    segmentType = Self.functionReference
                } else {
                    items = .expressions(indices.map { ConstExpression([.refFunc($0)]) })
                }
            }
            try c.expectRightParen()
            try c.expectRightParen()
            let n = UInt64(items.count)
            module.tables.append(Table(type: TableType(elementType: elementType, limits: Limits(min: n, max: n, is64: is64))))
            let offset = ConstExpression([is64 ? .i64Const(0) : .i32Const(0)])
            module.elements.append(ElementSegment(type: segmentType, mode: .active(index: index, offset: offset), items: items))
            return
        }
        let limits = try parseLimits(is64: is64)
        let elementType = try expectRefType()
        var initializer: ConstExpression?
        if c.current.kind != .rightParen {
            initializer = try parseConstExpression()
        }
        try c.expectRightParen()
        module.tables.append(Table(type: TableType(elementType: elementType, limits: limits), initializer: initializer))
    }

    mutating func parseMemory() throws(WasmError) {
        _ = c.takeId()
        let isImport = isInlineImport()
        let index = nextIndex(.memory, imported: isImport)
        try parseInlineExports(.memory, index: index)
        if let (m, n) = try takeInlineImport() {
            let type = try parseMemoryType()
            try c.expectRightParen()
            module.imports.append(Import(module: m, name: n, descriptor: .memory(type)))
            return
        }
        let is64 = takeAddressType()
        if c.atParen("data") || c.atParen("pagesize") && c.peek(4).kind == .leftParen && c.isKeyword(c.peek(5), "data") {
            // `(memory addrtype? pagesize? (data "..."))`: a memory sized to an active segment at offset 0.
            let pageSizeLog2 = try parsePageSize()
            c.index += 2
            var bytes: [UInt8] = []
            while let s = c.takeString() { bytes.append(contentsOf: s) }
            try c.expectRightParen()
            try c.expectRightParen()
            let pageSize = UInt64(1) << UInt64(min(pageSizeLog2, 63))
            let pages = UInt64(bytes.count) / pageSize + (UInt64(bytes.count) % pageSize == 0 ? 0 : 1)
            let limits = Limits(min: pages, max: pages, is64: is64)
            module.memories.append(MemoryType(limits: limits, pageSizeLog2: pageSizeLog2))
            let offset = ConstExpression([is64 ? .i64Const(0) : .i32Const(0)])
            module.data.append(DataSegment(mode: .active(index: index, offset: offset), bytes: bytes))
            return
        }
        var limits = try parseLimits(is64: is64)
        if c.takeKeyword("shared") { limits.isShared = true }
        let pageSize = try parsePageSize()
        try c.expectRightParen()
        module.memories.append(MemoryType(limits: limits, pageSizeLog2: pageSize))
    }

    mutating func parseGlobal() throws(WasmError) {
        _ = c.takeId()
        let isImport = isInlineImport()
        let index = nextIndex(.global, imported: isImport)
        try parseInlineExports(.global, index: index)
        if let (m, n) = try takeInlineImport() {
            let type = try parseGlobalType()
            try c.expectRightParen()
            module.imports.append(Import(module: m, name: n, descriptor: .global(type)))
            return
        }
        let type = try parseGlobalType()
        let initializer = try parseConstExpression()
        try c.expectRightParen()
        module.globals.append(Global(type: type, initializer: initializer))
    }

    mutating func parseTag() throws(WasmError) {
        _ = c.takeId()
        let isImport = isInlineImport()
        let index = nextIndex(.tag, imported: isImport)
        try parseInlineExports(.tag, index: index)
        if let (m, n) = try takeInlineImport() {
            let typeIndex = try resolve(try parseTypeUse(allowNames: true))
            try c.expectRightParen()
            module.imports.append(Import(module: m, name: n, descriptor: .tag(TagType(typeIndex: typeIndex))))
            return
        }
        let typeIndex = try resolve(try parseTypeUse(allowNames: true))
        try c.expectRightParen()
        module.tags.append(TagType(typeIndex: typeIndex))
    }

    /// The rest of `(export "name" (kind x))`.
    mutating func parseExport() throws(WasmError) {
        let name = try c.expectName()
        try c.expectLeftParen()
        let kindToken = c.current
        guard let space = importSpace(kindToken) else { throw c.unexpected() }
        c.advance()
        let index = try expectIndex(space)
        try c.expectRightParen()
        try c.expectRightParen()
        let kind: ExternalKind
        switch space {
        case .function: kind = .function
        case .table: kind = .table
        case .memory: kind = .memory
        case .global: kind = .global
        default: kind = .tag
        }
        module.exports.append(Export(name: name, kind: kind, index: index))
    }

    mutating func parseStart(_ keyword: Token) throws(WasmError) {
        if sawStart { throw c.error("multiple start sections", at: keyword) }
        sawStart = true
        module.start = try expectIndex(.function)
        try c.expectRightParen()
    }
}
