import Foundation
import Testing

/// The WASI fixtures (`Fixtures/wasi/`) against wasmtime: `run_wasmtime.py` runs every case of
/// `cases.json` under the PyPI `wasmtime` package and compares stdout, stderr and the exit code with the
/// golden values that the in-process `FixtureTests` also check, so both runtimes are held to one answer.
/// The wasmtime tests need `python3` with `wasmtime` installed (CI installs it); elsewhere they are
/// skipped with that reason. The consistency checks of the fixture folder always run.
@Suite struct WasmtimeDifferentialTests {
    /// `Fixtures/wasi`, found from this file's path (`Tests/TesseraWASITests/<this file>`).
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/wasi")

    /// Whether `python3 -c "import wasmtime"` succeeds on this machine.
    static let wasmtimeAvailable: Bool = {
        guard let result = try? runPython(["-c", "import wasmtime"]) else { return false }
        return result.status == 0
    }()

    /// The output of a finished `python3` process.
    struct ProcessResult {
        var status: Int32
        var output: String
    }

    /// Runs `python3` with `arguments` (through `/usr/bin/env`), stdout and stderr captured together.
    static func runPython(_ arguments: [String]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The decoded `cases.json`: an array of JSON objects.
    static func loadCases() throws -> [[String: Any]] {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("cases.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test(.enabled(if: wasmtimeAvailable, "needs python3 with the `wasmtime` package (pip install wasmtime)"))
    func everyCaseMatchesWasmtime() throws {
        let script = Self.fixtures.appendingPathComponent("run_wasmtime.py").path
        let result = try Self.runPython([script])
        #expect(result.status == 0, "run_wasmtime.py failed:\n\(result.output)")
        let cases = try Self.loadCases()
        #expect(result.output.contains("\(cases.count) passed, 0 failed"), "unexpected summary:\n\(result.output)")
    }

    /// The runner is not a rubber stamp: wrong golden data must make it fail, naming the case and the field.
    @Test(.enabled(if: wasmtimeAvailable, "needs python3 with the `wasmtime` package (pip install wasmtime)"))
    func wrongGoldenDataFails() throws {
        var cases = try Self.loadCases().filter { ["echo", "exit_3", "trap_unreachable"].contains($0["name"] as? String) }
        try #require(cases.count == 3)
        for index in cases.indices {
            switch cases[index]["name"] as? String {
            case "echo": cases[index]["stdout"] = "hello\nWORLD\n"
            case "exit_3": cases[index]["exit"] = 4
            default: cases[index]["trap"] = false
            }
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("tessera-wrong-cases-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: cases).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let script = Self.fixtures.appendingPathComponent("run_wasmtime.py").path
        let result = try Self.runPython([script, "--cases", file.path])
        #expect(result.status == 1, "expected failures:\n\(result.output)")
        #expect(result.output.contains("FAIL echo: stdout line 2: expected 'WORLD', got 'world'"))
        #expect(result.output.contains("FAIL exit_3: exit code expected 4, got 3"))
        #expect(result.output.contains("FAIL trap_unreachable: trapped"))
        #expect(result.output.contains("0 passed, 3 failed"))
    }

    /// Every case names an existing module and seed folders, with the fields the runners read; every C
    /// program has its built module beside it, and every module its source.
    @Test func fixtureFolderIsConsistent() throws {
        let cases = try Self.loadCases()
        #expect(cases.count >= 20)
        var names = Set<String>()
        let manager = FileManager.default
        for entry in cases {
            let name = try #require(entry["name"] as? String)
            #expect(names.insert(name).inserted, "duplicate case \(name)")
            let wasm = try #require(entry["wasm"] as? String, "\(name): wasm")
            #expect(manager.fileExists(atPath: Self.fixtures.appendingPathComponent(wasm).path), "\(name): \(wasm) missing")
            #expect(entry["args"] is [String], "\(name): args")
            #expect(entry["env"] is [String: String], "\(name): env")
            #expect(entry["stdin"] is String, "\(name): stdin")
            #expect(entry["stdout"] is String && entry["stderr"] is String, "\(name): stdout/stderr")
            let exit = try #require(entry["exit"] as? Int, "\(name): exit")
            #expect((0..<126).contains(exit) || (exit == 134 && entry["trap"] as? Bool == true), "\(name): exit \(exit)")
            for preopen in entry["preopens"] as? [[String: String]] ?? [] {
                let seed = try #require(preopen["seed"], "\(name): seed")
                #expect(preopen["guest"]?.hasPrefix("/") == true, "\(name): guest path")
                var isDirectory: ObjCBool = false
                let exists = manager.fileExists(atPath: Self.fixtures.appendingPathComponent(seed).path, isDirectory: &isDirectory)
                #expect(exists && isDirectory.boolValue, "\(name): seed folder \(seed) missing")
            }
        }
        let sources = try manager.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent("src").path)
            .filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }
        let modules = try manager.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".wasm") }.map { String($0.dropLast(5)) }
        #expect(Set(sources) == Set(modules), "src/*.c and *.wasm differ")
        let used = Set(cases.compactMap { ($0["wasm"] as? String).map { String($0.dropLast(5)) } })
        #expect(used == Set(modules), "modules without a case: \(Set(modules).subtracting(used))")
    }
}
