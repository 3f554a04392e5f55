public import TesseraTypes
public import TesseraBinary

/// Validates a decoded module against the WebAssembly 3.0 rules (GC, exceptions, tail calls, memory64,
/// multi-memory, SIMD, threads included).
///
/// The module-level checks come first (types, imports, tables, memories, globals, tags, exports,
/// start, segments), then every function body is decoded with `FunctionBodyDecoder` and fed, one
/// instruction at a time, to a `FunctionValidator` — the same lockstep a translator joins later.
/// When a body is invalid the remaining bodies are still decoded, and a malformed one wins: the spec
/// decodes the whole module before validating it.
public struct ModuleValidator {
    /// Validates `module` and returns it with the facts derived on the way.
    public static func validate(_ module: WasmModule, features: FeatureSet = .default) throws(WasmError)
        -> ValidatedModule
    {
        var visitor = NoFunctionBodyVisitor()
        return try validate(module, features: features, visitor: &visitor)
    }

    /// Validates `module`, handing every validated instruction of every body to `visitor` (a
    /// translator joining the lockstep). When the visitor sees a body, all module-level checks passed.
    public static func validate<Visitor: FunctionBodyVisitor>(
        _ module: WasmModule, features: FeatureSet = .default, visitor: inout Visitor
    ) throws(WasmError) -> ValidatedModule {
        let validator: ModuleValidator
        do throws(WasmError) {
            validator = try ModuleValidator(module: module, features: features)
            try validator.validateModuleFields()
        } catch {
            // The spec decodes the whole module first: a malformed body outranks any invalid field.
            if error.kind == .invalid && module.functions.count == module.codes.count {
                try module.checkFunctionBodies(from: 0)
            }
            throw error
        }
        try validator.validateFunctionBodies(visitor: &visitor)
        return ValidatedModule(module: module, context: validator.context)
    }

    let module: WasmModule
    let context: ModuleContext

    /// Validates the types and builds the context from imports and definitions.
    init(module: WasmModule, features: FeatureSet) throws(WasmError) {
        self.module = module
        var builder = ModuleContextBuilder(types: try TypeContext(recGroups: module.recGroups), features: features)
        try Self.collectImportsAndDefinitions(module, into: &builder)
        builder.declaredFunctions = Self.collectDeclaredFunctions(module)
        self.context = ModuleContext(builder)
    }

    /// Everything but the types and the function bodies, in the spec's order.
    func validateModuleFields() throws(WasmError) {
        let importedGlobals = context.importedGlobalCount
        // Tables see the imported globals; each global sees the imported and earlier globals;
        // segments see them all.
        for table in module.tables {
            if let initializer = table.initializer {
                try validateConstantExpression(initializer, type: .ref(table.type.elementType),
                                               visibleGlobals: importedGlobals)
            } else if !table.type.elementType.isNullable {
                throw WasmError.invalid("type mismatch: a table of non-nullable references needs an initializer")
            }
        }
        for (i, global) in module.globals.enumerated() {
            try validateConstantExpression(global.initializer, type: global.type.valueType,
                                           visibleGlobals: importedGlobals + i)
        }
        try validateExports()
        try validateStart()
        try validateElementSegments()
        try validateDataSegments()
    }

    /// Builds the index spaces (imports first) and checks every external type.
    static func collectImportsAndDefinitions(_ module: WasmModule,
                                             into context: inout ModuleContextBuilder) throws(WasmError) {
        for imp in module.imports {
            switch imp.descriptor {
            case .function(let typeIndex):
                _ = try context.types.requireFunctionType(typeIndex)
                context.functionTypeIndices.append(typeIndex)
            case .table(let t):
                try context.checkTableType(t)
                context.tables.append(t)
            case .memory(let m):
                try context.checkMemoryType(m)
                context.memories.append(m)
            case .global(let g):
                try context.checkGlobalType(g)
                context.globals.append(g)
            case .tag(let t):
                try context.checkTagType(t)
                context.tagTypeIndices.append(t.typeIndex)
            }
        }
        context.importedFunctionCount = context.functionTypeIndices.count
        context.importedGlobalCount = context.globals.count
        for typeIndex in module.functions {
            _ = try context.types.requireFunctionType(typeIndex)
            context.functionTypeIndices.append(typeIndex)
        }
        for table in module.tables {
            try context.checkTableType(table.type)
            context.tables.append(table.type)
        }
        for memory in module.memories {
            try context.checkMemoryType(memory)
            context.memories.append(memory)
        }
        if context.memories.count > 1 && !context.features.contains(.multiMemory) {
            throw WasmError.invalid("multiple memories")
        }
        if context.tables.count > 1 && !context.features.contains(.referenceTypes) {
            throw WasmError.invalid("multiple tables")
        }
        for tag in module.tags {
            try context.checkTagType(tag)
            context.tagTypeIndices.append(tag.typeIndex)
        }
        for global in module.globals {
            try context.checkGlobalType(global.type)
            context.globals.append(global.type)
        }
        for segment in module.elements {
            try context.types.checkHeapType(segment.type.heapType)
            context.elementTypes.append(segment.type)
        }
        context.dataSegmentCount = module.dataCount.map(Int.init) ?? module.data.count
    }

    /// The spec's C.refs: functions referenced anywhere outside function bodies.
    static func collectDeclaredFunctions(_ module: WasmModule) -> Set<UInt32> {
        var refs = Set<UInt32>()
        func scan(_ expression: ConstExpression) {
            for instruction in expression.instructions {
                if case .refFunc(let f) = instruction { refs.insert(f) }
            }
        }
        for table in module.tables { if let e = table.initializer { scan(e) } }
        for global in module.globals { scan(global.initializer) }
        for export in module.exports where export.kind == .function { refs.insert(export.index) }
        for segment in module.elements {
            switch segment.items {
            case .functions(let fs): refs.formUnion(fs)
            case .expressions(let es): for e in es { scan(e) }
            }
            if case .active(_, let offset) = segment.mode { scan(offset) }
        }
        for segment in module.data {
            if case .active(_, let offset) = segment.mode { scan(offset) }
        }
        return refs
    }

    func validateExports() throws(WasmError) {
        // Names compare by their UTF-8 bytes (Swift's String equality is canonical equivalence).
        var names = Set<[UInt8]>()
        for export in module.exports {
            let i = Int(export.index)
            switch export.kind {
            case .function:
                if i >= context.functionTypeIndices.count { throw WasmError.invalid("unknown function \(i)") }
            case .table:
                if i >= context.tables.count { throw WasmError.invalid("unknown table \(i)") }
            case .memory:
                if i >= context.memories.count { throw WasmError.invalid("unknown memory \(i)") }
            case .global:
                if i >= context.globals.count { throw WasmError.invalid("unknown global \(i)") }
            case .tag:
                if i >= context.tagTypeIndices.count { throw WasmError.invalid("unknown tag \(i)") }
            }
            if !names.insert(Array(export.name.utf8)).inserted {
                throw WasmError.invalid("duplicate export name \"\(export.name)\"")
            }
        }
    }

    func validateStart() throws(WasmError) {
        guard let start = module.start else { return }
        if Int(start) >= context.functionTypeIndices.count { throw WasmError.invalid("unknown function \(start)") }
        let f = context.functionType(ofFunction: start)
        if !f.parameters.isEmpty || !f.results.isEmpty {
            throw WasmError.invalid("start function must have type [] -> []")
        }
    }
}
