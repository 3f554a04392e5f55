import TesseraTypes

/// The contents of each non-custom section.
extension ModuleEncoder {
    static func writeContent(of module: WasmModule, section id: UInt8, to w: inout BinaryWriter) {
        switch id {
        case 1: w.writeVector(module.recGroups) { w, group in writeRecGroup(group, to: &w) }
        case 2: w.writeVector(module.imports) { w, i in writeImport(i, to: &w) }
        case 3: w.writeVector(module.functions) { w, index in w.writeU32(index) }
        case 4: w.writeVector(module.tables) { w, table in writeTable(table, to: &w) }
        case 5: w.writeVector(module.memories) { w, memory in writeMemoryType(memory, to: &w) }
        case 13: w.writeVector(module.tags) { w, tag in writeTagType(tag, to: &w) }
        case 6:
            w.writeVector(module.globals) { w, global in
                writeGlobalType(global.type, to: &w)
                writeConstExpression(global.initializer, to: &w)
            }
        case 7:
            w.writeVector(module.exports) { w, export in
                w.writeName(export.name)
                w.writeByte(export.kind.rawValue)
                w.writeU32(export.index)
            }
        case 8: w.writeU32(module.start ?? 0)
        case 9: w.writeVector(module.elements) { w, segment in writeElementSegment(segment, to: &w) }
        case 12: w.writeU32(module.dataCount ?? UInt32(module.data.count))
        case 10: w.writeVector(module.codes) { w, body in writeFunctionBody(body, to: &w) }
        case 11: w.writeVector(module.data) { w, segment in writeDataSegment(segment, to: &w) }
        default: break
        }
    }

    // MARK: Types

    static func writeRecGroup(_ group: RecGroup, to w: inout BinaryWriter) {
        if group.isExplicit || group.types.count != 1 {
            w.writeByte(0x4E)
            w.writeVector(group.types) { w, type in writeSubType(type, to: &w) }
        } else {
            writeSubType(group.types[0], to: &w)
        }
    }

    static func writeSubType(_ type: SubType, to w: inout BinaryWriter) {
        if !(type.isFinal && type.supertypes.isEmpty) {
            w.writeByte(type.isFinal ? 0x4F : 0x50)
            w.writeVector(type.supertypes) { w, index in w.writeU32(index) }
        }
        switch type.composite {
        case .function(let f):
            w.writeByte(0x60)
            w.writeValueTypeVector(f.parameters)
            w.writeValueTypeVector(f.results)
        case .structure(let fields):
            w.writeByte(0x5F)
            w.writeVector(fields) { w, field in writeFieldType(field, to: &w) }
        case .array(let field):
            w.writeByte(0x5E)
            writeFieldType(field, to: &w)
        }
    }

    static func writeFieldType(_ field: FieldType, to w: inout BinaryWriter) {
        switch field.storage {
        case .i8: w.writeByte(0x78)
        case .i16: w.writeByte(0x77)
        case .value(let v): w.writeValueType(v)
        }
        w.writeByte(field.isMutable ? 1 : 0)
    }

    // MARK: Imports and entity types

    static func writeImport(_ i: Import, to w: inout BinaryWriter) {
        w.writeName(i.module)
        w.writeName(i.name)
        w.writeByte(i.descriptor.kind.rawValue)
        switch i.descriptor {
        case .function(let typeIndex): w.writeU32(typeIndex)
        case .table(let t): writeTableType(t, to: &w)
        case .memory(let m): writeMemoryType(m, to: &w)
        case .global(let g): writeGlobalType(g, to: &w)
        case .tag(let t): writeTagType(t, to: &w)
        }
    }

    static func writeLimits(_ limits: Limits, pageSizeLog2: UInt8?, to w: inout BinaryWriter) {
        var flags: UInt8 = 0
        if limits.max != nil { flags |= 0x01 }
        if limits.isShared { flags |= 0x02 }
        if limits.is64 { flags |= 0x04 }
        if pageSizeLog2 != nil { flags |= 0x08 }
        w.writeByte(flags)
        w.writeU64(limits.min)
        if let max = limits.max { w.writeU64(max) }
        if let pageSizeLog2 { w.writeU32(UInt32(pageSizeLog2)) }
    }

    static func writeTableType(_ t: TableType, to w: inout BinaryWriter) {
        w.writeRefType(t.elementType)
        writeLimits(t.limits, pageSizeLog2: nil, to: &w)
    }

    static func writeMemoryType(_ m: MemoryType, to w: inout BinaryWriter) {
        writeLimits(m.limits, pageSizeLog2: m.pageSizeLog2 == 16 ? nil : m.pageSizeLog2, to: &w)
    }

    static func writeGlobalType(_ g: GlobalType, to w: inout BinaryWriter) {
        w.writeValueType(g.valueType)
        w.writeByte(g.isMutable ? 1 : 0)
    }

    static func writeTagType(_ t: TagType, to w: inout BinaryWriter) {
        w.writeByte(0)
        w.writeU32(t.typeIndex)
    }

    static func writeTable(_ table: Table, to w: inout BinaryWriter) {
        guard let initializer = table.initializer else {
            writeTableType(table.type, to: &w)
            return
        }
        w.writeByte(0x40)
        w.writeByte(0x00)
        writeTableType(table.type, to: &w)
        writeConstExpression(initializer, to: &w)
    }

    // MARK: Expressions, segments and code

    static func writeConstExpression(_ e: ConstExpression, to w: inout BinaryWriter) {
        for instruction in e.instructions { instruction.encode(to: &w) }
        Instruction.end.encode(to: &w)
    }

    /// Chooses the element segment form: the function-index forms 0–3 for `(ref func)` segments of
    /// indices, else the expression forms 4–7 (indices become `ref.func` expressions). Forms 0 and 4 are
    /// used for table 0 when the type allows.
    static func writeElementSegment(_ segment: ElementSegment, to w: inout BinaryWriter) {
        let expressions: [ConstExpression]
        switch segment.items {
        case .functions(let indices) where segment.type == RefType(nullable: false, .function):
            switch segment.mode {
            case .active(let table, let offset) where table == 0:
                w.writeU32(0)
                writeConstExpression(offset, to: &w)
            case .active(let table, let offset):
                w.writeU32(2)
                w.writeU32(table)
                writeConstExpression(offset, to: &w)
                w.writeByte(0x00)
            case .passive:
                w.writeU32(1)
                w.writeByte(0x00)
            case .declarative:
                w.writeU32(3)
                w.writeByte(0x00)
            }
            w.writeVector(indices) { w, index in w.writeU32(index) }
            return
        case .functions(let indices):
            expressions = indices.map { ConstExpression([.refFunc($0)]) }
        case .expressions(let e):
            expressions = e
        }
        switch segment.mode {
        case .active(let table, let offset) where table == 0 && segment.type == .funcref:
            w.writeU32(4)
            writeConstExpression(offset, to: &w)
        case .active(let table, let offset):
            w.writeU32(6)
            w.writeU32(table)
            writeConstExpression(offset, to: &w)
            w.writeRefType(segment.type)
        case .passive:
            w.writeU32(5)
            w.writeRefType(segment.type)
        case .declarative:
            w.writeU32(7)
            w.writeRefType(segment.type)
        }
        w.writeVector(expressions) { w, e in writeConstExpression(e, to: &w) }
    }

    /// Data segment forms: 0 active in memory 0, 1 passive, 2 active with a memory index. (A declarative
    /// data segment does not exist; it is written as passive.)
    static func writeDataSegment(_ segment: DataSegment, to w: inout BinaryWriter) {
        switch segment.mode {
        case .active(let memory, let offset) where memory == 0:
            w.writeU32(0)
            writeConstExpression(offset, to: &w)
        case .active(let memory, let offset):
            w.writeU32(2)
            w.writeU32(memory)
            writeConstExpression(offset, to: &w)
        case .passive, .declarative:
            w.writeU32(1)
        }
        w.writeU32(UInt32(segment.bytes.count))
        w.bytes += segment.bytes
    }

    static func writeFunctionBody(_ body: FunctionBody, to w: inout BinaryWriter) {
        var content = BinaryWriter(bytes: [])
        content.writeVector(body.localRuns) { w, run in
            w.writeU32(run.count)
            w.writeValueType(run.type)
        }
        content.bytes += body.code
        w.writeU32(UInt32(content.bytes.count))
        w.bytes += content.bytes
    }
}

extension BinaryWriter {
    /// Writes a vector: its count, then each element.
    mutating func writeVector<C: Collection>(_ elements: C, _ element: (inout BinaryWriter, C.Element) -> Void) {
        writeU32(UInt32(elements.count))
        for e in elements { element(&self, e) }
    }
}
