import Testing
import TesseraWASI

@Suite struct ModuleNameTests {
    @Test func moduleName() { #expect(WASIPreview1.moduleName == "wasi_snapshot_preview1") }
}
