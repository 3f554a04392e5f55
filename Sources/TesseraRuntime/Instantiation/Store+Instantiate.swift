public import TesseraTypes
import TesseraBinary
import TesseraValidation

extension Store {
    /// Instantiates `module` with `imports` in the module's import order, as the spec's instantiation
    /// does: checks each import's type (Store+Imports.swift), allocates the instance's functions,
    /// memories, globals, tables and segments, then applies the active element segments and the active
    /// data segments in order (Store+Segments.swift) and runs the start function. A segment that is out
    /// of bounds traps; what the segments before it wrote stays.
    public func instantiate(_ module: Module, imports: [Extern]) throws(WasmError) -> Instance {
        let wasm = module.module
        let validated = module.validated
        guard imports.count == wasm.imports.count else {
            throw WasmError(.unlinkable, "unknown import: expected \(wasm.imports.count) imports, got \(imports.count)")
        }
        var functions: [FunctionRef] = [], memories: [MP] = [], globals: [GlobalCell] = []
        var tables: [UnsafeMutablePointer<TableStorage>] = []
        /// Table types as exports give them: an imported table keeps the type of its handle.
        var tableTypes: [TableType] = []
        var tags: [TagRef] = []
        for (declared, provided) in zip(wasm.imports, imports) {
            try checkImport(declared, provided, module: module, functionIndex: functions.count)
            switch provided {
            case .function(let f): functions.append(f.entry)
            case .memory(let m): memories.append(m.storage)
            case .global(let g): globals.append(g.cell)
            case .table(let t):
                tables.append(t.storage)
                tableTypes.append(t.type)
            case .tag(let t): tags.append(t.entry)
            }
        }
        let typeIDs = validated.canonicalTypes.map { typeID(TypeKey($0)) }
        let context = IP.allocate(capacity: 1)
        var contextInitialized = false
        defer { if !contextInitialized { context.deallocate() } }
        let compiled = module.compiled
        for f in compiled.functions {
            let index = UInt32(functions.count)
            let type = validated.functionType(ofFunction: index)
            let typeIndex = Int(validated.context.functionTypeIndices[Int(index)])
            functions.append(allocateFunction(FunctionEntry(
                code: PC(compiled.code + f.start), frameSize: f.frameSize, parameterCount: type.parameterSlots,
                resultCount: type.resultSlots, localCount: f.localCount, headerSlot: f.headerSlot, instance: context,
                typeID: typeIDs[typeIndex], hostIndex: -1, moduleFunctionIndex: index)))
        }
        for memory in wasm.memories { memories.append(try allocateMemory(memory, index: memories.count)) }
        // Globals, tables and element segments evaluate constant expressions over what exists so far.
        var evaluator = ConstantEvaluator(globals: globals, functions: functions)
        for global in wasm.globals {
            let (value, high) = try evaluator.evaluateWide(global.initializer)
            let cell = allocateGlobal(value, high: high)
            globals.append(cell)
            evaluator.globals.append(cell)
        }
        for table in wasm.tables {
            let initial = try table.initializer.map { e throws(WasmError) in try evaluator.evaluate(e) } ?? 0
            let storage = try allocateTable(table.type, initial: initial, index: tables.count)
            if case .concrete(let t) = table.type.elementType.heapType { storage.pointee.elementTypeID = typeIDs[Int(t)] }
            tables.append(storage)
            tableTypes.append(table.type)
        }
        let elementItems = try evaluateElements(wasm, evaluator)
        let index = instances.count
        let record = InstanceRecord(module: module, context: context, memories: memories, globals: globals,
                                    functions: functions, tables: tables, typeIDs: typeIDs)
        context.initialize(to: InstanceContext(
            memory0: memories.first ?? emptyMemory, memories: record.memories, globals: record.globals,
            functions: record.functions, tables: record.tables, typeIDs: record.typeIDs,
            state: state, stackEnd: stack + stackSlots, index: index, interrupt: interruptFlag.word))
        contextInitialized = true
        context.pointee.elementSegments = allocateSegments(wasm.elements.count)
        context.pointee.dataSegments = allocateSegments(wasm.data.count)
        tags = defineTags(module, imported: tags, context: context)
        storePassiveSegments(wasm, elementItems: elementItems, context: context)
        instances.append(record)
        for export in wasm.exports {
            let i = Int(export.index)
            record.exports[export.name] = switch export.kind {
            case .function: .function(functions[i], validated.functionType(ofFunction: UInt32(i)))
            case .memory: .memory(memories[i])
            case .global: .global(globals[i], validated.context.globals[i], validated.context.types)
            case .table: .table(tables[i], tableTypes[i])
            case .tag: .tag(tags[i])
            }
        }
        try applySegments(wasm, elementItems: elementItems, evaluator: evaluator, context: context)
        if let start = wasm.start {
            try Function(store: self, entry: functions[Int(start)], type: FunctionType()).call([])
        }
        return Instance(store: self, index: index)
    }
}
