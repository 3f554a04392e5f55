import Testing
import TesseraRuntime
@testable import BenchKit

/// The generated modules are valid and deterministic, and the host-call module behaves as the
/// scenarios' checksums assume.
@Suite struct GeneratedModuleTests {
    @Test func codeModuleIsValidSizedAndDeterministic() throws {
        let bytes = ModuleGenerator.codeModule(bytes: 300_000)
        #expect(bytes.count >= 300_000)
        #expect(bytes.count < 320_000)
        #expect(bytes == ModuleGenerator.codeModule(bytes: 300_000))
        #expect(bytes != ModuleGenerator.codeModule(bytes: 300_000, seed: 99))
        let module = try Module(engine: Engine(), bytes: bytes)
        #expect(module.exports.count == 17)  // memory + 16 functions
    }

    @Test func instantiationModuleIsAboutOneMegabyteAndInstantiates() throws {
        let bytes = ModuleGenerator.instantiationModule()
        #expect(bytes.count > 900_000 && bytes.count < 1_200_000)
        let engine = Engine()
        let instance = try Store(engine: engine).instantiate(Module(engine: engine, bytes: bytes), imports: [])
        // The data segments landed: the first segment starts at 0, the second at 200 000.
        let memory = try #require(instance.memory("memory"))
        let first = try memory.read(at: 0, count: 64), second = try memory.read(at: 200_000, count: 64)
        #expect(first.contains { $0 != 0 })
        #expect(second.contains { $0 != 0 })
        #expect(try memory.read(at: 1_700_000, count: 64).allSatisfy { $0 == 0 })
        #expect(instance.function("f0") != nil)
    }

    @Test func hostCallModuleCallsTheImport() throws {
        let engine = TesseraBenchEngine()
        let module = try engine.compile(ModuleGenerator.hostCallModule())
        let export = try engine.callExport(module, count: 10)
        #expect(export.checksum == 55)  // (0+1) + … + (9+1)
        let imported = try engine.callImport(module, count: 10)
        #expect(imported.checksum == 100)  // Σ (2i+1) for i < 10 = 10²
    }

    @Test func emitterWritesLEB128() {
        var e = WasmEmitter()
        e.u32(624_485)
        #expect(e.bytes == [0xE5, 0x8E, 0x26])
        e.bytes = []
        e.s64(-123_456)
        #expect(e.bytes == [0xC0, 0xBB, 0x78])
        e.bytes = []
        e.s64(64)
        #expect(e.bytes == [0xC0, 0x00])
    }
}
