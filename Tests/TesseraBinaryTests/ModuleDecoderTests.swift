import TesseraBinary
import TesseraTypes
import Testing

@Suite struct ModuleDecoderTests {
    @Test func headerChecks() throws {
        #expect(try decode(header) == WasmModule())
        expectMalformed([], "unexpected end")
        expectMalformed([0x00, 0x61, 0x73], "unexpected end")
        expectMalformed([0x00, 0x61, 0x73, 0x6D, 0x01, 0x00], "unexpected end")
        expectMalformed([0x00, 0x41, 0x53, 0x4D, 0x01, 0x00, 0x00, 0x00], "magic header not detected")
        expectMalformed([0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00], "unknown binary version")
    }

    @Test func sectionStructure() {
        expectMalformed(binary([0x0E, 0x01, 0x00]), "malformed section id")
        expectMalformed(binary([0x80, 0x01, 0x00]), "malformed section id")
        // Order: tag (13) goes between memory and global; data count (12) before code.
        expectMalformed(binary(section(6, [0x00]), section(13, [0x00])), "unexpected content after last section")
        expectMalformed(binary(section(10, [0x00]), section(12, [0x00])), "unexpected content after last section")
        expectMalformed(binary(section(1, [0x00]), section(1, [0x00])), "unexpected content after last section")
        // A section size beyond the binary, and contents shorter or longer than the size.
        expectMalformed(binary([0x01, 0x05, 0x00]), "length out of bounds")
        expectMalformed(binary([0x01, 0x02, 0x00, 0x00]), "section size mismatch")
        expectMalformed(binary([0x05, 0x01, 0x01]), "unexpected end of section or function")
    }

    @Test func typeSection() throws {
        let types = section(1, [
            0x03,
            0x60, 0x02, 0x7F, 0x63, 0x00, 0x01, 0x64, 0x70,  // (func (param i32 (ref null 0)) (result (ref func)))
            0x4E, 0x02,  // (rec
            0x50, 0x00, 0x5F, 0x02, 0x78, 0x01, 0x7E, 0x00,  //   (sub (struct (field (mut i8)) (field i64)))
            0x4F, 0x01, 0x01, 0x5E, 0x77, 0x00,  //   (sub final 1 (array i16)))
            0x5E, 0x6E, 0x01,  // (array (mut anyref))
        ])
        let module = try decode(binary(types))
        #expect(module.recGroups.count == 3)
        #expect(module.types.count == 4)
        #expect(module.recGroups[0] == RecGroup(types: [SubType(composite: .function(FunctionType(
            parameters: [.i32, .ref(RefType(nullable: true, .concrete(0)))],
            results: [.ref(RefType(nullable: false, .function))])))]))
        #expect(module.recGroups[1].isExplicit)
        #expect(module.types[1] == SubType(isFinal: false, supertypes: [], composite: .structure([
            FieldType(.i8, mutable: true), FieldType(.value(.i64), mutable: false)])))
        #expect(module.types[2] == SubType(isFinal: true, supertypes: [1], composite: .array(FieldType(.i16, mutable: false))))
        #expect(module.types[3].composite == .array(FieldType(.value(.ref(RefType(nullable: true, .abstract(.any)))), mutable: true)))
        try expectRoundTrip(module)

        expectMalformed(binary(section(1, [0x01, 0x5E, 0x78, 0x02])), "malformed mutability")
        expectMalformed(binary(section(1, [0x01, 0x60, 0x01, 0x7A, 0x00])), "malformed value type")
        expectMalformed(binary(section(1, [0x01, 0xE0, 0x7F, 0x00, 0x00])), "integer representation too long")
    }

    @Test func importSection() throws {
        let imports = section(2, [
            0x05,
        ] + name("m") + name("f") + [0x00, 0x00]
          + name("m") + name("t") + [0x01, 0x70, 0x05, 0x01, 0x02]  // table64 funcref 1..2
          + name("m") + name("mem") + [0x02, 0x03, 0x01, 0x04]  // shared memory 1..4
          + name("m") + name("g") + [0x03, 0x7E, 0x01]  // (mut i64)
          + name("m") + name("e") + [0x04, 0x00, 0x00])  // tag type 0
        let module = try decode(binary(emptyFunctionType, imports))
        #expect(module.imports.map(\.descriptor) == [
            .function(typeIndex: 0),
            .table(TableType(elementType: .funcref, limits: Limits(min: 1, max: 2, is64: true))),
            .memory(MemoryType(limits: Limits(min: 1, max: 4, isShared: true))),
            .global(GlobalType(.i64, mutable: true)),
            .tag(TagType(typeIndex: 0)),
        ])
        #expect(module.importedFunctionCount == 1)
        try expectRoundTrip(module)

        expectMalformed(binary(section(2, [0x01] + name("m") + name("x") + [0x05])), "malformed import kind")
        expectMalformed(binary(section(2, [0x01] + name("m") + name("x") + [0x03, 0x7F, 0x02])), "malformed mutability")
        expectMalformed(binary(section(2, [0x01, 0x01, 0xFF] + name("x") + [0x00, 0x00])), "malformed UTF-8 encoding")
        expectMalformed(binary(section(2, [0x01] + name("m") + name("e") + [0x04, 0x01, 0x00])), "malformed tag attribute")
    }

    @Test func limitsFlags() throws {
        // Memory flags: bit 0 max, bit 1 shared, bit 2 64-bit; bit 3 (custom page size) needs the feature.
        let memory64 = try decode(binary(section(5, [0x01, 0x05, 0x80, 0x80, 0x04, 0x80, 0x80, 0x08])))
        #expect(memory64.memories == [MemoryType(limits: Limits(min: 0x10000, max: 0x20000, is64: true))])
        expectMalformed(binary(section(5, [0x01, 0x08, 0x00, 0x00])), "malformed limits flags")
        expectMalformed(binary(section(5, [0x01, 0x10, 0x00])), "malformed limits flags")
        let custom = try decode(binary(section(5, [0x01, 0x08, 0x01, 0x00])), features: .all)
        #expect(custom.memories == [MemoryType(limits: Limits(min: 1), pageSizeLog2: 0)])
        // Tables have no shared or custom page size forms.
        expectMalformed(binary(section(4, [0x01, 0x70, 0x02, 0x00])), "malformed limits flags")
        expectMalformed(binary(section(4, [0x01, 0x70, 0x81, 0x00, 0x00, 0x00])), "malformed limits flags")
        // 32-bit memories read sizes as u64 too; the validator bounds them.
        let big = try decode(binary(section(5, [0x01, 0x00, 0x80, 0x80, 0x80, 0x80, 0x10])))
        #expect(big.memories[0].limits.min == 1 << 32)
    }

    @Test func definitionSections() throws {
        let module = try decode(binary(
            emptyFunctionType,
            section(3, [0x02, 0x00, 0x00]),
            section(4, [0x02, 0x70, 0x00, 0x01,  // funcref 1
                        0x40, 0x00, 0x64, 0x70, 0x00, 0x01, 0xD2, 0x00, 0x0B]),  // (ref func) 1 (ref.func 0)
            section(5, [0x01, 0x01, 0x00, 0x01]),
            section(13, [0x01, 0x00, 0x00]),
            section(6, [0x01, 0x7F, 0x00, 0x41, 0x2A, 0x0B]),
            section(7, [0x02] + name("f") + [0x00, 0x01] + name("mem") + [0x02, 0x00]),
            section(8, [0x01]),
            section(10, [0x02, 0x02, 0x00, 0x0B, 0x02, 0x00, 0x0B])))
        #expect(module.functions == [0, 0])
        #expect(module.tables[0] == Table(type: TableType(elementType: .funcref, limits: Limits(min: 1))))
        #expect(module.tables[1].initializer == ConstExpression([.refFunc(0)]))
        #expect(module.memories == [MemoryType(limits: Limits(min: 0, max: 1))])
        #expect(module.tags == [TagType(typeIndex: 0)])
        #expect(module.globals == [Global(type: GlobalType(.i32, mutable: false), initializer: ConstExpression([.i32Const(42)]))])
        #expect(module.exports == [Export(name: "f", kind: .function, index: 1), Export(name: "mem", kind: .memory, index: 0)])
        #expect(module.start == 1)
        #expect(module.codes.count == 2)
        try expectRoundTrip(module)

        expectMalformed(binary(section(7, [0x01] + name("x") + [0x05, 0x00])), "malformed export kind")
        expectMalformed(binary(section(4, [0x01, 0x40, 0x01, 0x70, 0x00, 0x00, 0x0B])), "zero byte expected")
        // A constant expression without its end runs out of bytes.
        expectMalformed(binary(section(6, [0x01, 0x7F, 0x00, 0x41, 0x00])), "unexpected end")
    }

    @Test func elementSegmentForms() throws {
        let offset: [UInt8] = [0x41, 0x00, 0x0B]
        let refFunc: [UInt8] = [0xD2, 0x00, 0x0B]
        let module = try decode(binary(
            emptyFunctionType,
            section(3, [0x01, 0x00]),
            section(4, [0x02, 0x70, 0x00, 0x01, 0x70, 0x00, 0x01]),
            section(9, [0x08]
                + [0x00] + offset + [0x01, 0x00]  // 0: active table 0, indices
                + [0x01, 0x00, 0x01, 0x00]  // 1: passive, elemkind, indices
                + [0x02, 0x01] + offset + [0x00, 0x01, 0x00]  // 2: active table 1, elemkind, indices
                + [0x03, 0x00, 0x01, 0x00]  // 3: declarative, elemkind, indices
                + [0x04] + offset + [0x01] + refFunc  // 4: active table 0, expressions
                + [0x05, 0x70, 0x01, 0xD0, 0x70, 0x0B]  // 5: passive funcref (ref.null func)
                + [0x06, 0x01] + offset + [0x64, 0x70, 0x01] + refFunc  // 6: active table 1, (ref func)
                + [0x07, 0x70, 0x01] + refFunc),  // 7: declarative funcref
            section(10, [0x01, 0x02, 0x00, 0x0B])))
        let refFuncType = RefType(nullable: false, .function)
        let zero = ConstExpression([.i32Const(0)])
        #expect(module.elements == [
            ElementSegment(type: refFuncType, mode: .active(index: 0, offset: zero), items: .functions([0])),
            ElementSegment(type: refFuncType, mode: .passive, items: .functions([0])),
            ElementSegment(type: refFuncType, mode: .active(index: 1, offset: zero), items: .functions([0])),
            ElementSegment(type: refFuncType, mode: .declarative, items: .functions([0])),
            ElementSegment(type: .funcref, mode: .active(index: 0, offset: zero), items: .expressions([ConstExpression([.refFunc(0)])])),
            ElementSegment(type: .funcref, mode: .passive, items: .expressions([ConstExpression([.refNull(.function)])])),
            ElementSegment(type: refFuncType, mode: .active(index: 1, offset: zero), items: .expressions([ConstExpression([.refFunc(0)])])),
            ElementSegment(type: .funcref, mode: .declarative, items: .expressions([ConstExpression([.refFunc(0)])])),
        ])
        try expectRoundTrip(module)

        expectMalformed(binary(section(9, [0x01, 0x08, 0x00])), "malformed elements segment kind")
        expectMalformed(binary(section(9, [0x01, 0x01, 0x01, 0x00])), "malformed element kind")
        expectMalformed(binary(section(9, [0x01, 0x05, 0x7F, 0x01] + refFunc)), "malformed reference type")
        expectMalformed(binary(section(9, [0x01, 0x05, 0x70, 0x01, 0xF3, 0x00, 0x0B])), "illegal opcode")
    }

    @Test func dataSegmentsAndDataCount() throws {
        let module = try decode(binary(
            section(5, [0x02, 0x00, 0x01, 0x00, 0x01]),
            section(12, [0x03]),
            section(11, [0x03,
                         0x00, 0x41, 0x08, 0x0B, 0x02, 0x61, 0x62,  // active memory 0 at 8: "ab"
                         0x01, 0x01, 0x63,  // passive "c"
                         0x02, 0x01, 0x41, 0x00, 0x0B, 0x00])))  // active memory 1, empty
        #expect(module.dataCount == 3)
        #expect(module.data == [
            DataSegment(mode: .active(index: 0, offset: ConstExpression([.i32Const(8)])), bytes: [0x61, 0x62]),
            DataSegment(mode: .passive, bytes: [0x63]),
            DataSegment(mode: .active(index: 1, offset: ConstExpression([.i32Const(0)])), bytes: []),
        ])
        try expectRoundTrip(module)

        expectMalformed(binary(section(12, [0x01])), "data count and data section have inconsistent lengths")
        expectMalformed(binary(section(12, [0x02]), section(11, [0x01, 0x01, 0x00])),
                        "data count and data section have inconsistent lengths")
        expectMalformed(binary(section(11, [0x01, 0x03, 0x00])), "malformed data segment kind")
        expectMalformed(binary(section(11, [0x01, 0x01, 0x05, 0x61])), "unexpected end")
    }

    @Test func codeSection() throws {
        let module = try decode(binary(
            emptyFunctionType,
            section(3, [0x01, 0x00]),
            section(10, [0x01, 0x08, 0x02, 0x02, 0x7F, 0x01, 0x63, 0x00, 0x01, 0x0B])))
        #expect(module.codes[0].localRuns == [LocalRun(count: 2, type: .i32),
                                              LocalRun(count: 1, type: .ref(RefType(nullable: true, .concrete(0))))])
        #expect(Array(module.codes[0].code) == [0x01, 0x0B])
        // The code is a slice of the input: its indices are offsets in the binary.
        #expect(module.codes[0].code.startIndex == 8 + 6 + 4 + 10)
        try expectRoundTrip(module)

        expectMalformed(binary(emptyFunctionType, section(3, [0x02, 0x00, 0x00])),
                        "function and code section have inconsistent lengths")
        expectMalformed(binary(section(10, [0x01, 0x02, 0x00, 0x0B])),
                        "function and code section have inconsistent lengths")
        expectMalformed(binary(emptyFunctionType, section(3, [0x01, 0x00]),
                               section(10, [0x01, 0x0A, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x7F, 0x02, 0x7E, 0x0B])),
                        "too many locals")
    }

    @Test func customAndNameSections() throws {
        let names: [UInt8] = [0x00] + [UInt8(name("mod").count)] + name("mod")
            + [0x01, 0x04, 0x01, 0x00] + name("f")
            + [0x02, 0x06, 0x01, 0x00, 0x01, 0x00] + name("x")
        let module = try decode(binary(
            section(0, name("first") + [0xAA]),
            emptyFunctionType,
            section(0, name("name") + names),
            section(3, [0x01, 0x00]),
            section(10, [0x01, 0x02, 0x00, 0x0B]),
            section(0, name("last"))))
        #expect(module.customSections.map(\.name) == ["first", "name", "last"])
        #expect(module.customSections.map(\.position) == [0, 1, 10])
        #expect(Array(module.customSections[0].payload) == [0xAA])
        #expect(module.names?.moduleName == "mod")
        #expect(module.names?.functionNames == [0: "f"])
        #expect(module.names?.localNames == [0: [0: "x"]])
        try expectRoundTrip(module)

        // A malformed name section leaves the module well-formed.
        let lenient = try decode(binary(section(0, name("name") + [0x01, 0x09, 0x01])))
        #expect(lenient.names == nil)
        expectMalformed(binary(section(0, [0x02, 0xC0, 0x80])), "malformed UTF-8 encoding")
        expectMalformed(binary([0x00, 0x00]), "unexpected end")
        expectMalformed(binary([0x00, 0x05, 0x09, 0x61]), "length out of bounds")
    }
}

@Suite struct FeatureGatedDecodingTests {
    @Test func limitsFlagsFollowFeatures() throws {
        let shared = binary(section(5, [0x01, 0x03, 0x01, 0x01]))
        let memory64 = binary(section(5, [0x01, 0x04, 0x01]))
        let table64 = binary(section(4, [0x01, 0x70, 0x04, 0x01]))
        #expect(try decode(shared).memories[0].limits.isShared)
        #expect(try decode(memory64).memories[0].limits.is64)
        #expect(try decode(table64).tables[0].type.limits.is64)
        expectMalformed(shared, "malformed limits flags", features: .wasm3)
        expectMalformed(memory64, "malformed limits flags", features: .wasm2)
        expectMalformed(table64, "malformed limits flags", features: .wasm2)
    }
}
