import TesseraTypes
import TesseraBinary

/// Value, reference and heap types; type definitions (`type`, `rec`, `sub`); type uses.
extension WatParser {
    /// A type use: `(type x)? (param ...)* (result ...)*`.
    struct TypeUse {
        var index: UInt32?
        var indexToken: Token?
        var parameters: [ValueType] = []
        /// Parameter names (nil for anonymous ones) and tokens, parallel to `parameters`.
        var parameterNames: [(name: String?, token: Token)] = []
        var results: [ValueType] = []
        var hasInlineSignature = false
    }

    func abstractHeapType(_ t: Token) -> AbstractHeapType? {
        guard t.kind == .keyword else { return nil }
        return AbstractHeapType(textName: c.text(t))
    }

    /// A heap type: an abstract type keyword or a type index.
    mutating func expectHeapType() throws(WasmError) -> HeapType {
        if let a = abstractHeapType(c.current) {
            c.advance()
            return .abstract(a)
        }
        if atIndex { return .concrete(try expectIndex(.type)) }
        throw unknownWord()
    }

    /// The error for a word that is not what the grammar wants here.
    func unknownWord() -> WasmError {
        let t = c.current
        if t.kind == .keyword { return c.error("unknown operator \(c.text(t))", at: t) }
        return c.unexpected()
    }

    /// The reference type abbreviations (`funcref` …).
    func refTypeAbbreviation(_ t: Token) -> RefType? {
        guard t.kind == .keyword else { return nil }
        let heap: AbstractHeapType
        switch c.text(t) {
        case "funcref": heap = .function
        case "externref": heap = .extern
        case "anyref": heap = .any
        case "eqref": heap = .eq
        case "i31ref": heap = .i31
        case "structref": heap = .structure
        case "arrayref": heap = .array
        case "exnref": heap = .exception
        case "nullref": heap = .none
        case "nullfuncref": heap = .noFunction
        case "nullexternref": heap = .noExtern
        case "nullexnref": heap = .noException
        default: return nil
        }
        return RefType(nullable: true, .abstract(heap))
    }

    /// `(ref null? ht)` or an abbreviation, if one is there.
    mutating func takeRefType() throws(WasmError) -> RefType? {
        if let r = refTypeAbbreviation(c.current) {
            c.advance()
            return r
        }
        guard c.takeParen("ref") else { return nil }
        let nullable = c.takeKeyword("null")
        let heap = try expectHeapType()
        try c.expectRightParen()
        return RefType(nullable: nullable, heap)
    }

    mutating func expectRefType() throws(WasmError) -> RefType {
        guard let r = try takeRefType() else { throw unknownWord() }
        return r
    }

    /// A value type, if one is there.
    mutating func takeValueType() throws(WasmError) -> ValueType? {
        let t = c.current
        if t.kind == .keyword {
            let v: ValueType?
            switch c.text(t) {
            case "i32": v = .i32
            case "i64": v = .i64
            case "f32": v = .f32
            case "f64": v = .f64
            case "v128": v = .v128
            default: v = refTypeAbbreviation(t).map { .ref($0) }
            }
            if v != nil { c.advance() }
            return v
        }
        return try takeRefType().map { .ref($0) }
    }

    mutating func expectValueType() throws(WasmError) -> ValueType {
        guard let v = try takeValueType() else { throw unknownWord() }
        return v
    }

    /// Value types up to the closing parenthesis of the current form (consumed).
    mutating func valueTypesToClose() throws(WasmError) -> [ValueType] {
        var types: [ValueType] = []
        while c.current.kind != .rightParen { types.append(try expectValueType()) }
        c.advance()
        return types
    }

    // MARK: - Definitions

    /// The rest of a `(type $id? ...)` form; `typeCount` is the index being defined.
    mutating func parseTypeDefinition() throws(WasmError) -> SubType {
        _ = c.takeId()
        let subtype: SubType
        if c.takeParen("sub") {
            let isFinal = c.takeKeyword("final")
            var supertypes: [UInt32] = []
            while atIndex { supertypes.append(try expectIndex(.type)) }
            let composite = try parseCompositeType()
            try c.expectRightParen()
            subtype = SubType(isFinal: isFinal, supertypes: supertypes, composite: composite)
        } else {
            subtype = SubType(isFinal: true, supertypes: [], composite: try parseCompositeType())
        }
        try c.expectRightParen()
        flatTypes.append(subtype)
        typeCount += 1
        return subtype
    }

    mutating func parseCompositeType() throws(WasmError) -> CompositeType {
        try c.expectLeftParen()
        if c.takeKeyword("func") {
            var use = TypeUse()
            try parseSignature(into: &use, allowNames: true)
            try c.expectRightParen()
            return .function(FunctionType(parameters: use.parameters, results: use.results))
        }
        if c.takeKeyword("struct") {
            var fields: [FieldType] = []
            var fieldIds: [String: UInt32] = [:]
            while c.takeParen("field") {
                let t = c.current
                if let name = c.takeId() {
                    if fieldIds[name] != nil { throw c.error("duplicate field", at: t) }
                    fieldIds[name] = UInt32(fields.count)
                    fields.append(try parseFieldType())
                    try c.expectRightParen()
                } else {
                    while c.current.kind != .rightParen { fields.append(try parseFieldType()) }
                    c.advance()
                }
            }
            try c.expectRightParen()
            if !fieldIds.isEmpty { fieldNames[typeCount] = fieldIds }
            return .structure(fields)
        }
        if c.takeKeyword("array") {
            let field = try parseFieldType()
            try c.expectRightParen()
            return .array(field)
        }
        throw unknownWord()
    }

    /// `storagetype` or `(mut storagetype)`.
    mutating func parseFieldType() throws(WasmError) -> FieldType {
        if c.takeParen("mut") {
            let s = try parseStorageType()
            try c.expectRightParen()
            return FieldType(s, mutable: true)
        }
        return FieldType(try parseStorageType(), mutable: false)
    }

    mutating func parseStorageType() throws(WasmError) -> StorageType {
        if c.takeKeyword("i8") { return .i8 }
        if c.takeKeyword("i16") { return .i16 }
        return .value(try expectValueType())
    }

    // MARK: - Type uses

    /// `(param ...)* (result ...)*`. Named parameters are allowed only in functions and type definitions.
    mutating func parseSignature(into use: inout TypeUse, allowNames: Bool) throws(WasmError) {
        while c.atParen("param") {
            c.index += 2
            use.hasInlineSignature = true
            let t = c.current
            if let name = c.takeId() {
                guard allowNames else { throw c.unexpected(t) }
                use.parameters.append(try expectValueType())
                use.parameterNames.append((name, t))
                try c.expectRightParen()
            } else {
                for v in try valueTypesToClose() {
                    use.parameters.append(v)
                    use.parameterNames.append((nil, t))
                }
            }
        }
        while c.takeParen("result") {
            use.hasInlineSignature = true
            use.results.append(contentsOf: try valueTypesToClose())
        }
    }

    mutating func parseTypeUse(allowNames: Bool) throws(WasmError) -> TypeUse {
        var use = TypeUse()
        if c.takeParen("type") {
            use.indexToken = c.current
            use.index = try expectIndex(.type)
            try c.expectRightParen()
        }
        try parseSignature(into: &use, allowNames: allowNames)
        // The clauses come in this order only.
        if c.atParen("type") || c.atParen("param") { throw c.unexpected(c.peek(1)) }
        return use
    }

    /// The function type a type use denotes, if known (for numbering parameters).
    func functionType(at index: UInt32) -> FunctionType? {
        guard Int(index) < flatTypes.count, case .function(let f) = flatTypes[Int(index)].composite else { return nil }
        return f
    }

    /// Resolves a type use to a type index, inserting a new function type at the end of the type
    /// section when no `(type x)` is given and no existing type matches.
    mutating func resolve(_ use: TypeUse) throws(WasmError) -> UInt32 {
        if let index = use.index {
            if use.hasInlineSignature {
                guard Int(index) < flatTypes.count else { throw c.error("unknown type", at: use.indexToken) }
                guard let f = functionType(at: index), f.parameters == use.parameters, f.results == use.results
                else { throw c.error("inline function type", at: use.indexToken) }
            }
            return index
        }
        return implicitType(FunctionType(parameters: use.parameters, results: use.results))
    }

    mutating func implicitType(_ f: FunctionType) -> UInt32 {
        if let i = functionTypeIndex[f] { return i }
        let subtype = SubType(isFinal: true, supertypes: [], composite: .function(f))
        module.recGroups.append(RecGroup(types: [subtype]))
        flatTypes.append(subtype)
        let index = typeCount
        functionTypeIndex[f] = index
        typeCount += 1
        return index
    }

    /// The parameters and results of a resolved type use.
    func signature(of use: TypeUse, index: UInt32) -> FunctionType {
        if use.index == nil || use.hasInlineSignature {
            return FunctionType(parameters: use.parameters, results: use.results)
        }
        return functionType(at: index) ?? FunctionType()
    }
}
