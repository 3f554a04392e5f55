import Foundation
import Testing
import TesseraRuntime
import TesseraTypes
@testable import TesseraWASI

/// The C programs of `Fixtures/wasi` (built with zig for wasm32-wasi) against the golden values of
/// `Fixtures/wasi/cases.json`: each case runs in process with buffered standard streams, once with
/// its seeds copied to host directories and once with the seeds in a `MemoryFileSystem`.
@Suite struct FixtureTests {
    struct Case: Decodable, CustomTestStringConvertible {
        struct Preopen: Decodable {
            var guest: String
            var seed: String?
        }

        var name: String
        var wasm: String
        var args: [String]
        var env: [String: String]
        var stdin: String
        var preopens: [Preopen]?
        var stdout: String
        var stderr: String
        var exit: Int32
        var trap: Bool?

        var testDescription: String { name }
    }

    /// What a run produced.
    struct Outcome: Equatable {
        var stdout: String
        var stderr: String
        var exit: Int32
        var trapped: Bool
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Fixtures/wasi").standardized

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("cases.json")) else { return [] }
        return (try? JSONDecoder().decode([Case].self, from: data)) ?? []
    }()

    /// The exit code `wasmtime run` (and `tessera run`) uses for a trap.
    static let trapExit: Int32 = 134

    @Test func casesAreThere() {
        #expect(Self.cases.count >= 20, "Fixtures/wasi/cases.json is missing or unreadable")
    }

    @Test(arguments: cases) func hostDirectories(_ fixture: Case) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tessera-wasi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var jails: [URL] = []
        let outcome = try Self.run(fixture) { configuration in
            for (index, preopen) in (fixture.preopens ?? []).enumerated() {
                let jail = scratch.appendingPathComponent("jail\(index)")
                let host = jail.appendingPathComponent("dir")
                try FileManager.default.createDirectory(at: jail, withIntermediateDirectories: true)
                if let seed = preopen.seed {
                    try FileManager.default.copyItem(at: Self.directory.appendingPathComponent(seed), to: host)
                } else {
                    try FileManager.default.createDirectory(at: host, withIntermediateDirectories: true)
                }
                configuration.preopen(host: host.path, guest: preopen.guest)
                jails.append(jail)
            }
        }
        Self.check(outcome, fixture)
        for jail in jails {
            let beside = try FileManager.default.contentsOfDirectory(atPath: jail.path).filter { $0 != "dir" }
            #expect(beside.isEmpty, "\(fixture.name) created \(beside) outside its preopened directory")
        }
    }

    @Test(arguments: cases) func memoryFileSystem(_ fixture: Case) throws {
        let outcome = try Self.run(fixture) { configuration in
            for preopen in fixture.preopens ?? [] {
                let fileSystem = MemoryFileSystem()
                if let seed = preopen.seed {
                    try Self.copy(Self.directory.appendingPathComponent(seed), into: fileSystem, at: "")
                }
                configuration.preopen(fileSystem, guest: preopen.guest)
            }
        }
        Self.check(outcome, fixture)
    }

    static func check(_ outcome: Outcome, _ fixture: Case) {
        #expect(outcome.stdout == fixture.stdout, "\(fixture.name): stdout")
        #expect(outcome.stderr == fixture.stderr, "\(fixture.name): stderr")
        #expect(outcome.exit == fixture.exit, "\(fixture.name): exit code")
        #expect(outcome.trapped == (fixture.trap ?? false), "\(fixture.name): trap")
    }

    /// Runs one case in process.
    static func run(_ fixture: Case, preopen: (inout WASIConfiguration) throws -> Void) throws -> Outcome {
        let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(fixture.wasm)))
        var configuration = WASIConfiguration()
        configuration.arguments = [fixture.wasm] + fixture.args
        configuration.environment = fixture.env
        configuration.stdin = .bytes(Array(fixture.stdin.utf8))
        configuration.stdout = .buffer
        configuration.stderr = .buffer
        try preopen(&configuration)
        let wasi = try WASI(configuration)
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: bytes)
        var linker = Linker()
        try wasi.define(in: &linker)
        let instance = try linker.instantiate(module, in: store)
        var exit: Int32
        var trapped = false
        do {
            exit = try wasi.start(instance)
        } catch {
            #expect(error.kind == .trap || error.kind == .exhaustion, "\(fixture.name): \(error)")
            exit = trapExit
            trapped = true
        }
        return Outcome(stdout: String(decoding: wasi.output(1) ?? [], as: UTF8.self),
                       stderr: String(decoding: wasi.output(2) ?? [], as: UTF8.self), exit: exit, trapped: trapped)
    }

    /// Copies a host folder (files, folders, symbolic links) into `fileSystem` under `path`.
    static func copy(_ folder: URL, into fileSystem: MemoryFileSystem, at path: String) throws {
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: folder.path).sorted() {
            let source = folder.appendingPathComponent(name)
            let target = path + "/" + name
            let attributes = try manager.attributesOfItem(atPath: source.path)
            switch attributes[.type] as? FileAttributeType {
            case .typeSymbolicLink?:
                try fileSystem.createSymlink(target, target: try manager.destinationOfSymbolicLink(atPath: source.path))
            case .typeDirectory?:
                try fileSystem.createDirectory(target)
                try copy(source, into: fileSystem, at: target)
            default:
                try fileSystem.writeFile(target, [UInt8](try Data(contentsOf: source)))
            }
        }
    }
}
