import TesseraBinary
import TesseraTypes
import Testing

@Suite struct ModuleEncoderTests {
    @Test func encodesInCanonicalOrder() throws {
        var m = WasmModule()
        m.recGroups = [RecGroup(types: [SubType(composite: .function(FunctionType()))])]
        m.functions = [0]
        m.tags = [TagType(typeIndex: 0)]
        m.globals = [Global(type: GlobalType(.i32, mutable: true), initializer: ConstExpression([.i32Const(-1)]))]
        m.memories = [MemoryType(limits: Limits(min: 1))]
        m.dataCount = 1
        m.codes = [FunctionBody(localRuns: [LocalRun(count: 1, type: .i64)], code: [0x0B])]
        m.data = [DataSegment(mode: .passive, bytes: [1, 2, 3])]
        let bytes = m.encode()
        #expect(bytes == header
            + section(1, [0x01, 0x60, 0x00, 0x00])
            + section(3, [0x01, 0x00])
            + section(5, [0x01, 0x00, 0x01])
            + section(13, [0x01, 0x00, 0x00])
            + section(6, [0x01, 0x7F, 0x01, 0x41, 0x7F, 0x0B])
            + section(12, [0x01])
            + section(10, [0x01, 0x04, 0x01, 0x01, 0x7E, 0x0B])
            + section(11, [0x01, 0x01, 0x03, 0x01, 0x02, 0x03]))
        try expectRoundTrip(m)
    }

    @Test func customSectionsKeepTheirPlace() throws {
        var m = WasmModule()
        m.customSections = [
            CustomSection(name: "a", payload: [1], position: 0),
            // After an empty type section: the encoder writes the (empty) type section to keep the place.
            CustomSection(name: "b", payload: [], position: 1),
            CustomSection(name: "c", payload: [2, 3], position: 11),
        ]
        m.data = [DataSegment(mode: .passive, bytes: [])]
        let bytes = m.encode()
        #expect(bytes == header
            + section(0, name("a") + [1])
            + section(1, [0x00])
            + section(0, name("b"))
            + section(11, [0x01, 0x01, 0x00])
            + section(0, name("c") + [2, 3]))
        try expectRoundTrip(m)
    }

    @Test func elementSegmentFormsFollowTheType() throws {
        var m = WasmModule()
        m.recGroups = [RecGroup(types: [SubType(composite: .function(FunctionType()))])]
        m.functions = [0]
        m.codes = [FunctionBody(localRuns: [], code: [0x0B])]
        m.tables = [Table(type: TableType(elementType: .funcref, limits: Limits(min: 1)))]
        let offset = ConstExpression([.i32Const(0)])
        // Function indices typed (ref func) use the index forms; other types need expressions.
        m.elements = [
            ElementSegment(type: RefType(nullable: false, .function), mode: .active(index: 0, offset: offset), items: .functions([0])),
            ElementSegment(type: .funcref, mode: .passive, items: .functions([0])),
        ]
        let decoded = try decode(m.encode())
        #expect(decoded.elements[0] == m.elements[0])
        #expect(decoded.elements[1] == ElementSegment(type: .funcref, mode: .passive,
                                                      items: .expressions([ConstExpression([.refFunc(0)])])))
    }

    @Test func limitsAndTablesRoundTrip() throws {
        var m = WasmModule()
        m.imports = [
            Import(module: "env", name: "mem", descriptor: .memory(MemoryType(
                limits: Limits(min: 1, max: 1 << 40, is64: true, isShared: true)))),
            Import(module: "env", name: "small", descriptor: .memory(MemoryType(limits: Limits(min: 0), pageSizeLog2: 0))),
        ]
        m.tables = [Table(type: TableType(elementType: RefType(nullable: false, .concrete(0)), limits: Limits(min: 2, max: 3, is64: true)),
                          initializer: ConstExpression([.refFunc(0)]))]
        m.recGroups = [RecGroup(types: [SubType(composite: .function(FunctionType()))], isExplicit: true)]
        m.exports = [Export(name: "ü", kind: .table, index: 0)]
        let decoded = try WasmModule(decoding: m.encode(), features: .all)
        #expect(decoded == m)
    }

    @Test func nameSectionPayloadRoundTrips() throws {
        var names = NameSection()
        names.moduleName = "m"
        names.functionNames = [0: "zero", 3: "three"]
        names.localNames = [3: [0: "a", 1: "b"]]
        let payload = names.encode()
        #expect(NameSection(decoding: payload[...]) == names)
    }
}
