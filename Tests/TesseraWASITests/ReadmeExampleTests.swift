import Foundation
import Testing
import TesseraRuntime
import TesseraText
import TesseraWASI

/// The README's WASI example runs, and README.md still shows it verbatim.
@Suite struct ReadmeExampleTests {
    @Test func example() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        // A guest that prints a greeting and exits with 3.
        let module = try Module(engine: engine, bytes: try parseWat("""
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "hi\\n")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 3))
                (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                (call $exit (i32.const 3))))
            """))
        // README-WASI-BEGIN
        let files = MemoryFileSystem()                      // or a host folder: wasi.preopen(host: "/tmp/work", guest: "/work")
        try files.writeFile("/input.txt", Array("hello".utf8))
        var wasi = WASIConfiguration()
        wasi.arguments = ["app.wasm", "/work/input.txt"]
        wasi.environment = ["LANG": "C"]
        wasi.preopen(files, guest: "/work")
        wasi.stdout = .buffer                               // .inherit (default), .file(path), .discard
        let context = try WASI(wasi)
        var linker = Linker()
        try context.define(in: &linker)
        let exitCode = try context.start(try linker.instantiate(module, in: store))  // runs _start
        let printed = context.output(1)                     // what the guest wrote to stdout
        // README-WASI-END
        #expect(exitCode == 3)
        #expect(printed == Array("hi\n".utf8))
    }

    @Test func readmeShowsTheExample() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8).components(separatedBy: "\n")
        guard let begin = source.firstIndex(where: { $0.hasSuffix("// README-WASI-BEGIN") }),
              let end = source.firstIndex(where: { $0.hasSuffix("// README-WASI-END") }) else {
            Issue.record("markers missing")
            return
        }
        let example = source[(begin + 1)..<end].map { String($0.dropFirst(8)) }.joined(separator: "\n")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("```swift\n" + example + "\n```"), "README.md's WASI example differs from the test")
    }
}
