import Foundation
import Testing

/// `tessera run` end to end: the built `tessera` executable (beside the test bundle) as a subprocess.
@Suite struct RunCommandTests {
    /// The `tessera` executable of this build (`swift test` builds every product).
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent == "MacOS" {  // inside an .xctest bundle
            folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        return folder.appendingPathComponent("tessera")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    static func run(_ arguments: [String], files: [String: String] = [:]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tessera-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self), seconds: Date().timeIntervalSince(start))
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fixtures/wasi").standardized

    static let adder = """
        (module
          (import "env" "log" (func $log (param i32)))
          (func (export "add") (param i32 i64) (result i64) (i64.add (i64.extend_i32_s (local.get 0)) (local.get 1)))
          (func (export "half") (param f64) (result f64) (f64.mul (local.get 0) (f64.const 0.5)))
          (func (export "logs") (call $log (i32.const 1))))
        """

    @Test func executableWasBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "missing \(Self.executable.path)")
    }

    @Test func invokePrintsResults() throws {
        let refused = try Self.run(["run", "--invoke", "add", "m.wat", "2", "40"], files: ["m.wat": Self.adder])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("env::log (function)"))
        let sum = try Self.run(["run", "--trap-unknown-imports", "--invoke", "add", "m.wat", "-2", "0x10"],
                               files: ["m.wat": Self.adder])
        #expect(sum.status == 0)
        #expect(sum.stdout == "14\n")
        let half = try Self.run(["run", "--trap-unknown-imports", "--invoke=half", "m.wat", "5"], files: ["m.wat": Self.adder])
        #expect(half.stdout == "2.5\n")
        let bad = try Self.run(["run", "--trap-unknown-imports", "--invoke", "add", "m.wat", "x", "1"], files: ["m.wat": Self.adder])
        #expect(bad.status == 2)
        let missing = try Self.run(["run", "--trap-unknown-imports", "--invoke", "nope", "m.wat"], files: ["m.wat": Self.adder])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("add, half, logs"))
    }

    @Test func unknownImportsAreListedOrTrap() throws {
        let module = """
            (module
              (import "env" "a" (func $a))
              (import "wasi_snapshot_preview1" "not_a_wasi_function" (func $b))
              (import "env" "table" (table 1 funcref))
              (func (export "_start") (call $a)))
            """
        let refused = try Self.run(["run", "m.wat"], files: ["m.wat": module])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("3 unknown imports"))
        #expect(refused.stderr.contains("env::a (function)"))
        #expect(refused.stderr.contains("wasi_snapshot_preview1::not_a_wasi_function (function)"))
        #expect(refused.stderr.contains("env::table (table)"))
        let functionsOnly = module.replacingOccurrences(of: "(import \"env\" \"table\" (table 1 funcref))", with: "")
        let trapped = try Self.run(["run", "--trap-unknown-imports", "m.wat"], files: ["m.wat": functionsOnly])
        #expect(trapped.status == 134)
        #expect(trapped.stderr.contains("called the unknown import env::a"))
        #expect(trapped.stderr.contains("0: function"))  // the backtrace
        let unused = "(module (import \"env\" \"a\" (func)) (func (export \"_start\")))"
        #expect(try Self.run(["run", "--trap-unknown-imports", "m.wat"], files: ["m.wat": unused]).status == 0)
    }

    @Test func fixtureProgramsRunWithArgumentsEnvironmentAndDirectories() throws {
        let args = try Self.run(["run", "--env", "GREETING=hi there", Self.fixtures.appendingPathComponent("args_env.wasm").path, "hello"])
        #expect(args.status == 0)
        #expect(args.stdout.contains("argv[1] (5 bytes): [hello]"))
        #expect(args.stdout.contains("getenv(GREETING) = [hi there]"))
        let dirs = try Self.run(["run", "--dir", Self.fixtures.appendingPathComponent("sandbox-seed").path + "::/sandbox",
                                 Self.fixtures.appendingPathComponent("preopens.wasm").path])
        #expect(dirs.stdout.contains("fd 3: directory [/sandbox]"))
        let exit = try Self.run(["run", Self.fixtures.appendingPathComponent("exit_code.wasm").path, "exit", "3"])
        let expected = Self.expectedExit(of: "exit_3")
        #expect(exit.status == expected)
    }

    /// The exit code cases.json gives the case `name`.
    static func expectedExit(of name: String) -> Int32? {
        guard let data = try? Data(contentsOf: fixtures.appendingPathComponent("cases.json")),
              let cases = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]],
              let entry = cases.first(where: { $0["name"] as? String == name }) else { return nil }
        return (entry["exit"] as? Int).map(Int32.init)
    }

    static let spin = "(module (func (export \"_start\") (loop (br 0))))"

    @Test func runawayLoopStopsOnFuel() throws {
        let result = try Self.run(["run", "--fuel", "1000000", "m.wat"], files: ["m.wat": Self.spin])
        #expect(result.status == 134)
        #expect(result.stderr.contains("fuel exhausted"))
        #expect(result.seconds < 5)
    }

    @Test func runawayLoopStopsOnTimeout() throws {
        let result = try Self.run(["run", "--timeout", "100ms", "m.wat"], files: ["m.wat": Self.spin])
        #expect(result.status == 134)
        #expect(result.stderr.contains("deadline exceeded"))
        #expect(result.seconds < 5)
    }

    @Test func memoryBombStopsAtTheLimit() throws {
        // Grows one page at a time until refused, then reports how far it got through its exit code.
        let bomb = """
            (module
              (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
              (memory 1)
              (func (export "_start")
                (loop (br_if 0 (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
                (call $exit (i32.div_u (memory.size) (i32.const 16)))))
            """
        let result = try Self.run(["run", "--max-memory", "16MiB", "m.wat"], files: ["m.wat": bomb])
        #expect(result.status == 16)  // 256 pages of 64 KiB
        let big = "(module (memory 512) (func (export \"_start\")))"
        let refused = try Self.run(["run", "--max-memory", "16MiB", "m.wat"], files: ["m.wat": big])
        #expect(refused.status == 134)
        #expect(refused.stderr.contains("exceeds the store limit"))
    }

    @Test func badArgumentsAreUsageErrors() throws {
        #expect(try Self.run(["run"]).status == 2)
        #expect(try Self.run(["run", "--timeout", "soon", "m.wasm"]).status == 2)
        #expect(try Self.run(["run", "--max-memory", "lots", "m.wasm"]).status == 2)
        #expect(try Self.run(["run", "--bogus", "m.wasm"]).status == 2)
        let help = try Self.run(["run", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--trap-unknown-imports"))
    }
}
