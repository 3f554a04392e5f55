public import TesseraTypes
import TesseraBinary
import TesseraValidation

extension Store {
    /// Instantiates `module` with `imports` in the module's import order: checks each import's type,
    /// allocates the instance's functions, memories, tables and globals, applies the active segments and
    /// runs the start function.
    public func instantiate(_ module: Module, imports: [Extern]) throws(WasmError) -> Instance {
        let wasm = module.module
        let validated = module.validated
        guard imports.count == wasm.imports.count else {
            throw WasmError(.unlinkable, "unknown import: expected \(wasm.imports.count) imports, got \(imports.count)")
        }
        var functions: [FunctionRef] = [], memories: [MP] = [], globals: [GlobalCell] = []
        var tables: [UnsafeMutablePointer<TableStorage>] = []
        for (i, (declared, provided)) in zip(wasm.imports, imports).enumerated() {
            try checkImport(declared, provided, module: module, functionIndex: functions.count)
            switch provided {
            case .function(let f): functions.append(f.entry)
            case .memory(let m): memories.append(m.storage)
            case .global(let g): globals.append(g.cell)
            case .table(let t): tables.append(t.storage)
            }
            _ = i
        }
        let typeIDs = validated.canonicalTypes.map { typeID(TypeKey($0)) }
        let context = IP.allocate(capacity: 1)
        let compiled = module.compiled
        for (codeIndex, f) in compiled.functions.enumerated() {
            let index = UInt32(functions.count)
            let type = validated.functionType(ofFunction: index)
            let typeIndex = Int(validated.context.functionTypeIndices[Int(index)])
            functions.append(allocateFunction(FunctionEntry(
                code: PC(compiled.code + f.start), frameSize: f.frameSize, parameterCount: type.parameterSlots,
                resultCount: type.resultSlots, localCount: f.localCount, headerSlot: f.headerSlot, instance: context,
                typeID: typeIDs[typeIndex], hostIndex: -1, moduleFunctionIndex: index)))
            _ = codeIndex
        }
        for memory in wasm.memories { memories.append(try allocateMemory(memory)) }
        // Globals and tables evaluate constant expressions over what exists so far.
        var evaluator = ConstantEvaluator(globals: globals, functions: functions)
        for global in wasm.globals {
            let (value, high) = try evaluator.evaluateWide(global.initializer)
            let cell = allocateGlobal(value, high: high)
            globals.append(cell)
            evaluator.globals.append(cell)
        }
        for table in wasm.tables {
            let initial = try table.initializer.map { e throws(WasmError) in try evaluator.evaluate(e) } ?? 0
            tables.append(allocateTable(table.type, initial: initial))
        }
        let index = instances.count
        context.initialize(to: InstanceContext(
            memory0: memories.first ?? emptyMemory, memories: .allocate(capacity: 1), globals: .allocate(capacity: 1),
            functions: .allocate(capacity: 1), tables: .allocate(capacity: 1), typeIDs: .allocate(capacity: 1),
            state: state, stackEnd: stack + stackSlots, index: index))
        let placeholders = context.pointee
        placeholders.memories.deallocate()
        placeholders.globals.deallocate()
        placeholders.functions.deallocate()
        placeholders.tables.deallocate()
        placeholders.typeIDs.deallocate()
        let record = InstanceRecord(module: module, context: context, memories: memories, globals: globals,
                                    functions: functions, tables: tables, typeIDs: typeIDs)
        context.pointee.memories = record.memories
        context.pointee.globals = record.globals
        context.pointee.functions = record.functions
        context.pointee.tables = record.tables
        context.pointee.typeIDs = record.typeIDs
        instances.append(record)
        let instance = Instance(store: self, index: index)
        record.instance = instance
        for export in wasm.exports {
            let i = Int(export.index)
            record.exports[export.name] = switch export.kind {
            case .function: .function(Function(store: self, entry: functions[i],
                                               type: validated.functionType(ofFunction: UInt32(i))))
            case .memory: .memory(Memory(store: self, storage: memories[i]))
            case .global: .global(Global(store: self, cell: globals[i], type: validated.context.globals[i]))
            case .table: .table(Table(store: self, storage: tables[i], type: validated.context.tables[i]))
            case .tag: nil  // tags: not yet supported
            }
        }
        try applySegments(wasm, record: record, evaluator: evaluator, memories: memories, tables: tables)
        if let start = wasm.start {
            try Function(store: self, entry: functions[Int(start)], type: FunctionType()).call([])
        }
        return instance
    }

    func checkImport(_ declared: Import, _ provided: Extern, module: Module, functionIndex: Int) throws(WasmError) {
        let mismatch = WasmError(.unlinkable, "incompatible import type for \"\(declared.module)\" \"\(declared.name)\"")
        switch (declared.descriptor, provided) {
        case (.function, .function(let f)):
            let expected = typeID(TypeKey(module.validated.canonicalType(ofFunction: UInt32(functionIndex))))
            if f.entry.pointee.typeID != expected { throw mismatch }
        case (.memory(let type), .memory(let m)):
            let s = m.storage.pointee
            if s.is64 != type.limits.is64 || s.pages < type.limits.min || s.pageSizeLog2 != type.pageSizeLog2 {
                throw mismatch
            }
            if let max = type.limits.max, s.maxPages > max { throw mismatch }
        case (.global(let type), .global(let g)):
            if g.type != type { throw mismatch }
        case (.table(let type), .table(let t)):
            let s = t.storage.pointee
            if t.type.elementType != type.elementType || t.type.limits.is64 != type.limits.is64
                || UInt64(s.count) < type.limits.min {
                throw mismatch
            }
            if let max = type.limits.max, s.maximum > max { throw mismatch }
        default:
            throw mismatch
        }
    }

    /// Element segments, then data segments, in order; an out-of-bounds one traps (earlier ones stay).
    func applySegments(_ wasm: WasmModule, record: InstanceRecord, evaluator: ConstantEvaluator,
                       memories: [MP], tables: [UnsafeMutablePointer<TableStorage>]) throws(WasmError) {
        for (i, segment) in wasm.elements.enumerated() {
            switch segment.mode {
            case .active(let tableIndex, let offsetExpression):
                let offset = try evaluator.evaluate(offsetExpression)
                let items: [UInt64]
                switch segment.items {
                case .functions(let indices): items = indices.map { UInt64(UInt(bitPattern: evaluator.functions[Int($0)])) }
                case .expressions(let es):
                    var values: [UInt64] = []
                    for e in es { values.append(try evaluator.evaluate(e)) }
                    items = values
                }
                let table = tables[Int(tableIndex)]
                guard offset <= UInt64(table.pointee.count), UInt64(items.count) <= UInt64(table.pointee.count) - offset else {
                    throw WasmError(.trap, "out of bounds table access")
                }
                for (k, item) in items.enumerated() { table.pointee.elements[Int(offset) + k] = item }
                record.droppedElements.insert(i)
            case .declarative: record.droppedElements.insert(i)
            case .passive: break
            }
        }
        for (i, segment) in wasm.data.enumerated() {
            guard case .active(let memoryIndex, let offsetExpression) = segment.mode else { continue }
            let offset = try evaluator.evaluate(offsetExpression)
            let memory = memories[Int(memoryIndex)]
            let size = UInt64(memory.pointee.byteCount)
            guard offset <= size, UInt64(segment.bytes.count) <= size - offset else {
                throw WasmError(.trap, "out of bounds memory access")
            }
            segment.bytes.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress {
                    (memory.pointee.base + Int(offset)).copyMemory(from: base, byteCount: bytes.count)
                }
            }
            record.droppedData.insert(i)
        }
    }
}

/// Evaluates constant expressions (numeric constants, extended-const arithmetic, globals, references).
struct ConstantEvaluator {
    var globals: [GlobalCell]
    var functions: [FunctionRef]

    /// Evaluates an expression of any type: both halves of a v128, the value and 0 otherwise.
    func evaluateWide(_ expression: ConstExpression) throws(WasmError) -> (UInt64, UInt64) {
        if expression.instructions.count == 1 {
            switch expression.instructions[0] {
            case .v128Const(let v): return (v.low, v.high)
            case .globalGet(let g): return (globals[Int(g)][0], globals[Int(g)][1])
            default: break
            }
        }
        return (try evaluate(expression), 0)
    }

    func evaluate(_ expression: ConstExpression) throws(WasmError) -> UInt64 {
        var stack: [UInt64] = []
        for instruction in expression.instructions {
            switch instruction {
            case .i32Const(let v): stack.append(UInt64(UInt32(bitPattern: v)))
            case .i64Const(let v): stack.append(UInt64(bitPattern: v))
            case .f32Const(let b): stack.append(UInt64(b))
            case .f64Const(let b): stack.append(b)
            case .refNull: stack.append(0)
            case .refFunc(let f): stack.append(UInt64(UInt(bitPattern: functions[Int(f)])))
            case .globalGet(let g): stack.append(globals[Int(g)].pointee)
            case .i32Add, .i32Sub, .i32Mul:
                let b = UInt32(truncatingIfNeeded: stack.removeLast()), a = UInt32(truncatingIfNeeded: stack.removeLast())
                let r = instruction == .i32Add ? a &+ b : instruction == .i32Sub ? a &- b : a &* b
                stack.append(UInt64(r))
            case .i64Add, .i64Sub, .i64Mul:
                let b = stack.removeLast(), a = stack.removeLast()
                stack.append(instruction == .i64Add ? a &+ b : instruction == .i64Sub ? a &- b : a &* b)
            default:
                throw WasmError(.trap, "not yet supported: constant instruction \(instruction)")
            }
        }
        return stack.last ?? 0
    }
}
